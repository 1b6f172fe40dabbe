import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  messageToProfessionalSchema,
  reminderChannelSchema,
  serviceChannelSchema,
  type BookableService,
  type FreeTimeEntry,
  type ReminderContact,
  type Unit,
} from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button, Radio, RadioGroup, TextAreaField, TextField } from '@asiointi/platform-ui';
import { addressFor, ReminderDestination } from '../reminder-contact/ReminderDestination';
import { BookingFacts } from './BookingFacts';
import { useTimeRange } from './use-time-range';
import { checkBookingDetails, type BookingDetails, type BookingDetailsErrors } from './booking-details';
import { unitAddress } from '../services/unit-address';

export interface BookingDetailsStepProps {
  service: BookableService;
  unit: Unit;
  time: FreeTimeEntry;
  auth: RemoteAuth;
  initial: BookingDetails;
  /** The signed-in resident's own number and address: reminders go there, also for a child's booking. */
  contact: ReminderContact;
  /** The resident already holds a usable right for this service: the code is optional. */
  hasBookingRight: boolean;
  /** An error the service gave for the code at step 3 (BOOKING_RIGHT_INVALID / _REQUIRED). */
  codeRefused?: boolean;
  onChangeTime: () => void;
  onContinue: (details: BookingDetails) => void;
}

/** Step 2: for whom, how, reminder, a message and, when the service needs one, the booking-right code. */
export function BookingDetailsStep({
  service,
  unit,
  time,
  auth,
  initial,
  contact,
  hasBookingRight,
  codeRefused = false,
  onChangeTime,
  onContinue,
}: BookingDetailsStepProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  const [details, setDetails] = useState<BookingDetails>(initial);
  const [errors, setErrors] = useState<BookingDetailsErrors>(
    codeRefused ? { bookingRightCode: 'invalid' } : {},
  );
  const codeAsked = service.requiresBookingRight;
  const codeRequired = codeAsked && !hasBookingRight;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkBookingDetails(
      details,
      codeRequired,
      addressFor(contact, details.reminderChannel) !== null,
    );
    setErrors(found);
    if (Object.keys(found).length === 0) onContinue(details);
  };

  const codeError =
    errors.bookingRightCode === 'missing'
      ? t('resident.details.bookingRightCodeMissing')
      : errors.bookingRightCode === 'invalid'
        ? t('resident.errors.bookingRightInvalid')
        : undefined;

  return (
    <form className="booking-step" onSubmit={submit} noValidate>
      <BookingFacts
        facts={[
          [t('resident.summary.what'), service.name[language]],
          [t('resident.details.chosenTime'), timeRange(time.start, time.end)],
          [t('resident.summary.where'), `${unit.name[language]}, ${unitAddress(unit, language)}`],
        ]}
      />
      <p>
        <Button variant="secondary" onPress={onChangeTime}>
          {t('resident.details.changeTime')}
        </Button>
      </p>
      <div>
        <h2>{t('resident.details.forWhom')}</h2>
        <p>
          {auth.actingFor
            ? t('resident.details.forOther', { name: auth.actingFor.displayName })
            : t('resident.details.forSelf')}
        </p>
        <p>
          {auth.actingFor ? t('resident.details.forWhomHintForOther') : t('resident.details.forWhomHint')}
        </p>
      </div>
      <RadioGroup
        label={t('resident.details.channel')}
        value={details.channel}
        onChange={(value) =>
          setDetails({ ...details, channel: serviceChannelSchema.catch(details.channel).parse(value) })
        }
      >
        {service.channels.map((channel) => (
          <Radio key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        label={t('resident.details.reminder')}
        value={details.reminderChannel}
        onChange={(value) =>
          setDetails({
            ...details,
            reminderChannel: reminderChannelSchema.catch(details.reminderChannel).parse(value),
          })
        }
      >
        <Radio value="sms">{t('resident.details.reminderSms')}</Radio>
        <Radio value="email">{t('resident.details.reminderEmail')}</Radio>
        <Radio value="none">{t('resident.details.reminderNone')}</Radio>
      </RadioGroup>
      <ReminderDestination
        contact={contact}
        channel={details.reminderChannel}
        forOther={auth.actingFor?.displayName}
      />
      {errors.reminder === 'missing' && addressFor(contact, details.reminderChannel) === null ? (
        <Alert variant="error">
          <p>{t('reminderContact.missingForChannel')}</p>
        </Alert>
      ) : null}
      {codeAsked ? (
        hasBookingRight ? (
          <p>
            {auth.actingFor
              ? t('resident.details.bookingRightCodeOptionalForOther', { name: auth.actingFor.displayName })
              : t('resident.details.bookingRightCodeOptional')}
          </p>
        ) : (
          <TextField
            label={t('resident.details.bookingRightCode')}
            description={t('resident.details.bookingRightCodeHint')}
            isRequired
            autoComplete="off"
            value={details.bookingRightCode}
            onChange={(bookingRightCode) => setDetails({ ...details, bookingRightCode })}
            isInvalid={codeError !== undefined}
            errorMessage={codeError}
          />
        )
      ) : null}
      <TextAreaField
        label={t('resident.details.message')}
        description={t('resident.details.messageHint')}
        value={details.message}
        onChange={(message) => setDetails({ ...details, message })}
        characterLimit={messageToProfessionalSchema.maxLength ?? undefined}
        isInvalid={errors.message !== undefined}
        errorMessage={errors.message ? t('resident.details.messageTooLong') : undefined}
      />
      <div className="booking-step__actions">
        <Button type="submit">{t('resident.details.continue')}</Button>
      </div>
    </form>
  );
}
