import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderChannel, ReminderContact } from '@asiointi/booking-contract';
import { Button } from '@asiointi/platform-ui';
import { ReminderContactFields } from './ReminderContactFields';
import './reminder-contact.css';

export interface ReminderDestinationProps {
  contact: ReminderContact;
  /** The chosen channel: the destination of that channel is shown, or asked for when there is none. */
  channel: ReminderChannel;
  /** The name of whom the booking is for when not the signed-in resident (a child): its reminder still goes to them. */
  forOther?: string;
}

/** The address the resident entered for a channel, or null. */
export function addressFor(contact: ReminderContact, channel: ReminderChannel): string | null {
  if (channel === 'sms') return contact.phone;
  if (channel === 'email') return contact.email;
  return null;
}

/** Step 2's answer to "where does the reminder go": the number or address, and a way to change it. */
export function ReminderDestination({ contact, channel, forOther }: ReminderDestinationProps) {
  const { t } = useTranslation('booking');
  const [changing, setChanging] = useState(false);
  if (channel === 'none') return <p>{t('reminderContact.none')}</p>;
  const address = addressFor(contact, channel);
  const missing = address === null;
  return (
    <div className="booking-reminder-destination">
      {forOther ? <p>{t('reminderContact.forOther', { name: forOther })}</p> : null}
      {/* Announced when the channel changes: the resident hears where the reminder now goes. */}
      <p aria-live="polite">
        {missing
          ? t(channel === 'sms' ? 'reminderContact.noPhone' : 'reminderContact.noEmail')
          : channel === 'sms'
            ? t('reminderContact.smsTo', { phone: address })
            : t('reminderContact.emailTo', { email: address })}
      </p>
      {missing || changing ? (
        <ReminderContactFields stored={contact} onDone={missing ? undefined : () => setChanging(false)} />
      ) : (
        <Button variant="secondary" onPress={() => setChanging(true)}>
          {t('reminderContact.change')}
        </Button>
      )}
    </div>
  );
}
