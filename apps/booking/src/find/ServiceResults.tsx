import { useTranslation } from 'react-i18next';
import type { ServiceOffering } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';
import { groupOfferingsByService } from './group-offerings';
import type { SearchFilters } from './search-filters';
import { UnitOffering } from './UnitOffering';

export interface ServiceResultsProps {
  offerings: readonly ServiceOffering[];
  filters: SearchFilters;
  basePath: string;
  onShowFirstFreeTimes: (serviceCode: string) => void;
}

/** The search result: each service once, with the units that give it. */
export function ServiceResults({ offerings, filters, basePath, onShowFirstFreeTimes }: ServiceResultsProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const groups = groupOfferingsByService(offerings);
  return (
    <section className="booking-services" aria-labelledby="booking-results-heading">
      <h2 id="booking-results-heading">{t('resident.find.results')}</h2>
      <p role="status">{t('resident.find.resultCount', { count: groups.length })}</p>
      <ul className="booking-card-list">
        {groups.map(({ code, first, offerings: inUnits }) => {
          const service = first.service;
          const name = service.name[language];
          return (
            <li key={code} className="booking-offering">
              <h3>{name}</h3>
              <p>
                {t(`resident.categories.${service.category}`)}.{' '}
                {t('resident.find.duration', { minutes: service.durationMinutes })}.
              </p>
              {service.requiresBookingRight ? <p>{t('resident.find.bookingRightNeeded')}</p> : null}
              {service.selfBookable || service.requiresBookingRight ? (
                <div>
                  <Button variant="secondary" onPress={() => onShowFirstFreeTimes(code)}>
                    {t('resident.find.showFirstFreeTimes', { service: name })}
                  </Button>
                </div>
              ) : null}
              <ul className="booking-offering-units" aria-label={t('resident.find.unitsOfService')}>
                {inUnits.map((offering) => (
                  <UnitOffering
                    key={offering.unit.id}
                    offering={offering}
                    filters={filters}
                    basePath={basePath}
                  />
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
