import { useTranslation } from 'react-i18next';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { Button, Link, LoadingState } from '@asiointi/platform-ui';
import { ReminderContactSection } from '../reminder-contact/ReminderContactSection';
import { QueryError } from '../services/QueryError';
import { PreferencesForm } from './PreferencesForm';
import { usePreferences } from './use-preferences';

export interface PreferencesPageProps {
  auth: RemoteAuth;
  basePath: string;
}

/** Reminder settings: how and in which language a resident (or the person they act for) is served. */
export function PreferencesPage({ auth, basePath }: PreferencesPageProps) {
  const { t } = useTranslation('booking');
  return (
    <div className="booking-page">
      <h1 tabIndex={-1}>{t('preferences.title')}</h1>
      <p>{t('preferences.intro')}</p>
      {auth.principalKind === 'anonymous' ? (
        <>
          <p>{t('preferences.signInPrompt')}</p>
          <Button onPress={() => auth.signIn()}>{t('preferences.signIn')}</Button>
        </>
      ) : null}
      {auth.principalKind === 'staff' ? <p>{t('preferences.staffOnly')}</p> : null}
      {auth.principalKind === 'resident' ? <ResidentPreferences auth={auth} /> : null}
      <p className="booking-back">
        <Link href={basePath}>{t('preferences.backToBooking')}</Link>
      </p>
    </div>
  );
}

function ResidentPreferences({ auth }: { auth: RemoteAuth }) {
  const { t } = useTranslation('booking');
  const preferences = usePreferences();
  return (
    <>
      {auth.actingFor ? (
        <p>
          <strong>{t('preferences.actingFor', { name: auth.actingFor.displayName })}</strong>
        </p>
      ) : null}
      {preferences.isPending ? <LoadingState>{t('preferences.loading')}</LoadingState> : null}
      {preferences.isError ? (
        <QueryError
          error={preferences.error}
          onRetry={() => void preferences.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {/* Keyed by the person: after a switch the form starts from their settings. */}
      {/* Once the settings are reached: a refusal is told once, above. */}
      {preferences.isSuccess ? (
        <>
          <PreferencesForm key={auth.actingFor?.subject ?? 'self'} stored={preferences.data} />
          <ReminderContactSection auth={auth} />
        </>
      ) : null}
    </>
  );
}
