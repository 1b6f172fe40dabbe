import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { Button, LoadingState } from '@asiointi/platform-ui';
import { QueryError } from '../services/QueryError';
import { ReminderContactFields } from './ReminderContactFields';
import './reminder-contact.css';
import { useReminderContact } from './use-reminder-contact';

/** The reminder settings' "where reminders are sent": the resident's own number and address, changeable. */
export function ReminderContactSection({ auth }: { auth: RemoteAuth }) {
  const { t } = useTranslation('booking');
  const contact = useReminderContact();
  const [changing, setChanging] = useState(false);
  return (
    <section aria-labelledby="booking-reminder-contact-title">
      <h2 id="booking-reminder-contact-title">{t('reminderContact.title')}</h2>
      <p>{t('reminderContact.intro')}</p>
      {contact.isPending ? <LoadingState>{t('reminderContact.loading')}</LoadingState> : null}
      {contact.isError ? (
        <QueryError
          error={contact.error}
          onRetry={() => void contact.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {contact.isSuccess ? (
        <>
          {contact.data.phone || contact.data.email ? (
            <ul>
              {contact.data.phone ? (
                <li>{t('reminderContact.phoneShown', { phone: contact.data.phone })}</li>
              ) : null}
              {contact.data.email ? (
                <li>{t('reminderContact.emailShown', { email: contact.data.email })}</li>
              ) : null}
            </ul>
          ) : (
            <p>{t('reminderContact.noneEntered')}</p>
          )}
          {changing || (!contact.data.phone && !contact.data.email) ? (
            <ReminderContactFields stored={contact.data} onDone={() => setChanging(false)} />
          ) : (
            <Button variant="secondary" onPress={() => setChanging(true)}>
              {t('reminderContact.change')}
            </Button>
          )}
        </>
      ) : null}
    </section>
  );
}
