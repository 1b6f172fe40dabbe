// What every staff page shows someone who may not use it, and the role check behind it: one place, so the
// inbox, the reports and the pulse say the same thing.
import { useTranslation } from 'react-i18next';
import { feedbackStaffRoles } from '@asiointi/feedback-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { Button } from '@asiointi/platform-ui';

/** The page's title, and that it is for staff; a sign-in button for someone not signed in. */
export function StaffOnlyNotice({ auth, title }: { auth: RemoteAuth; title: string }) {
  const { t } = useTranslation('feedback');
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{t('staff.staffOnly')}</p>
      {auth.principalKind === 'anonymous' ? (
        <Button onPress={() => auth.signIn()}>{t('staff.signIn')}</Button>
      ) : null}
    </div>
  );
}

/** The service decides every call; the page only spares someone without the module's roles a refusal. */
export function holdsFeedbackRole(auth: RemoteAuth): boolean {
  return auth.staffRoles.some(({ role }) => (feedbackStaffRoles as readonly string[]).includes(role));
}
