import { useTranslation } from 'react-i18next';
import type { BookableService, FreeTimeEntry, Unit } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { BookingFacts } from './BookingFacts';
import { CutOffNotice } from './CutOffNotice';
import type { BookingDetails } from './booking-details';
import { useTimeRange } from './use-time-range';
import { unitAddress } from '../services/unit-address';

export interface BookingConfirmStepProps {
  service: BookableService;
  unit: Unit;
  time: FreeTimeEntry;
  details: BookingDetails;
  auth: RemoteAuth;
  isBooking: boolean;
  /** The last attempt's error, when it is not one that sends the resident back a step. */
  error: unknown;
  onBook: () => void;
  onBack: () => void;
}

/** Step 3: everything on one screen, and the one button that books. */
export function BookingConfirmStep({
  service,
  unit,
  time,
  details,
  auth,
  isBooking,
  error,
  onBook,
  onBack,
}: BookingConfirmStepProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  const reminderLabel = {
    sms: t('resident.details.reminderSms'),
    email: t('resident.details.reminderEmail'),
    none: t('resident.details.reminderNone'),
  }[details.reminderChannel];
  return (
    <div className="booking-step">
      <p>{t('resident.confirm.intro')}</p>
      <BookingFacts
        facts={[
          [t('resident.summary.what'), service.name[language]],
          [t('resident.summary.when'), timeRange(time.start, time.end)],
          [t('resident.summary.where'), `${unit.name[language]}, ${unitAddress(unit, language)}`],
          [t('resident.summary.who'), time.resourceName[language]],
          [t('resident.summary.channel'), t(`channels.${details.channel}`)],
          [t('resident.summary.forWhom'), auth.actingFor?.displayName ?? t('resident.summary.self')],
          [t('resident.summary.reminder'), reminderLabel],
          details.message.trim() !== '' && [t('resident.summary.message'), details.message.trim()],
        ]}
      />
      <CutOffNotice time={time} service={service} unitPhone={unit.phone} />
      {error ? (
        <Alert variant="error">
          <p>{t(errorMessageKey(error))}</p>
        </Alert>
      ) : null}
      <div className="booking-step__actions">
        {/* Pressing again while a request is out does nothing; a retry reuses the attempt's key. */}
        <Button onPress={() => (isBooking ? undefined : onBook())}>
          {isBooking ? t('resident.confirm.booking') : t('resident.confirm.book')}
        </Button>
        <Button variant="secondary" isDisabled={isBooking} onPress={onBack}>
          {t('resident.confirm.back')}
        </Button>
      </div>
    </div>
  );
}
