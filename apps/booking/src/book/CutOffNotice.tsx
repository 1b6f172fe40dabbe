import { useTranslation } from 'react-i18next';
import type { BookableService, FreeTimeEntry } from '@asiointi/booking-contract';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import { Alert } from '@asiointi/platform-ui';

export interface CutOffNoticeProps {
  /** The time about to be booked or moved to, with its cut-off from the service. */
  time: FreeTimeEntry;
  service: Pick<BookableService, 'cancellationTerms'>;
  unitPhone: string | null;
}

/**
 * Before the resident confirms: until when the time can be cancelled or moved online (or that it cannot
 * be, once booked), and the service's cancellation and no-show terms.
 */
export function CutOffNotice({ time, service, unitPhone }: CutOffNoticeProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const format = useDateFormat();
  const moment = {
    date: format.dateWithWeekday(time.changeableUntil),
    time: format.time(time.changeableUntil),
  };
  const terms = service.cancellationTerms?.[language];
  return (
    <>
      {time.changeableOnline ? (
        <p>{t('cutOff.until', moment)}</p>
      ) : (
        <Alert variant="info">
          <p>{t('cutOff.passed', moment)}</p>
          {unitPhone ? <p>{t('cutOff.passedCall', { phone: unitPhone })}</p> : null}
        </Alert>
      )}
      {terms ? (
        <section className="booking-terms" aria-label={t('cutOff.termsHeading')}>
          <p className="booking-terms__heading">{t('cutOff.termsHeading')}</p>
          <p className="booking-terms__text">{terms}</p>
        </section>
      ) : null}
    </>
  );
}
