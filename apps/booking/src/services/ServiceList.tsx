import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookableService, Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { QueryError } from './QueryError';
import { useServicesOfUnit } from './use-booking-queries';
import { unitAddress } from './unit-address';

export interface ServiceListProps {
  unitId: string;
  /** The unit, when known, for the heading and address. */
  unit: Unit | undefined;
  language: Language;
}

/** The services of one unit from `services.listByUnit`, as a list. */
export function ServiceList({ unitId, unit, language }: ServiceListProps) {
  const { t } = useTranslation('booking');
  const headingId = useId();
  const services = useServicesOfUnit(unitId);

  return (
    <section className="booking-services" aria-labelledby={unit ? headingId : undefined}>
      {unit ? (
        <>
          <h2 id={headingId}>{t('services.heading', { unit: unit.name[language] })}</h2>
          <p className="booking-unit-address">
            {t('unit.address')}: {unitAddress(unit, language)}
          </p>
        </>
      ) : null}
      {services.isPending ? <LoadingState>{t('services.loading')}</LoadingState> : null}
      {services.isError ? (
        <QueryError error={services.error} onRetry={() => void services.refetch()} />
      ) : null}
      {services.isSuccess && services.data.length === 0 ? <p>{t('services.none')}</p> : null}
      {services.isSuccess && services.data.length > 0 ? (
        <ul className="booking-service-list">
          {services.data.map((service) => (
            <ServiceItem key={service.id} service={service} language={language} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ServiceItem({ service, language }: { service: BookableService; language: Language }) {
  const { t } = useTranslation('booking');
  // A service that needs a booking right says so even when it is otherwise bookable online.
  const howToBook = service.requiresBookingRight
    ? t('services.requiresBookingRight')
    : service.selfBookable
      ? t('services.selfBookable')
      : t('services.byPhoneOnly');
  return (
    <li className="booking-service">
      <h3 className="booking-service__name">{service.name[language]}</h3>
      <dl className="booking-service__facts">
        <dt>{t('services.duration')}</dt>
        <dd>{t('services.durationValue', { minutes: service.durationMinutes })}</dd>
        <dt>{t('services.channels')}</dt>
        <dd>{service.channels.map((channel) => t(`channels.${channel}`)).join(', ')}</dd>
      </dl>
      <p className="booking-service__how">{howToBook}</p>
    </li>
  );
}
