import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@asiointi/platform-ui';
import { useActingFor } from './acting-for-context';

// Only a signed-in resident with someone to act for has the switcher (a modal dialog): its own chunk.
const PersonSwitcher = lazy(() =>
  import('./PersonSwitcher').then(({ PersonSwitcher }) => ({ default: PersonSwitcher })),
);

/**
 * Under the header, for a resident who has someone to act for: whom they act for now (a polite
 * live region, so a switch is announced) and the button to change it.
 */
export function ActingBar() {
  const { t } = useTranslation('shell');
  const acting = useActingFor();
  if (acting.loadFailed) return <Alert variant="info">{t('acting.loadFailed')}</Alert>;
  if (!acting.hasRelations) return null;
  return (
    <div className="shell-acting">
      <p className="shell-acting__current" role="status">
        {t('acting.label')}: <strong>{acting.current?.displayName ?? t('acting.self')}</strong>
      </p>
      <Suspense fallback={null}>
        <PersonSwitcher />
      </Suspense>
    </div>
  );
}
