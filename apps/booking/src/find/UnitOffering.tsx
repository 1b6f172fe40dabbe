import { useTranslation } from 'react-i18next';
import type { ServiceOffering } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { BookingFacts } from '../book/BookingFacts';
import { residentHrefs } from '../book/resident-paths';
import { OpeningHours } from './OpeningHours';
import type { SearchFilters } from './search-filters';
import { unitAddress } from '../services/unit-address';

export interface UnitOfferingProps {
  offering: ServiceOffering;
  filters: SearchFilters;
  basePath: string;
}

/** One unit giving the service: where, when open, accessibility, languages, and the way to its times. */
export function UnitOffering({ offering, filters, basePath }: UnitOfferingProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const { service, unit } = offering;
  const unitName = unit.name[language];
  return (
    <li className="booking-card">
      <h4>{unitName}</h4>
      <BookingFacts
        facts={[
          [t('resident.find.address'), unitAddress(unit, language)],
          unit.phone !== null && [t('resident.find.phone'), unit.phone],
          [t('resident.find.openingHours'), <OpeningHours key="hours" hours={unit.openingHours} />],
          [
            t('resident.find.accessibility'),
            unit.accessibility?.[language] ?? t('resident.find.noAccessibility'),
          ],
          offering.languages.length > 0 && [
            t('resident.find.languages'),
            offering.languages.map((code) => t(`resident.serviceLanguages.${code}`)).join(', '),
          ],
          [
            t('resident.find.channels'),
            service.channels.map((channel) => t(`channels.${channel}`)).join(', '),
          ],
        ]}
      />
      {service.selfBookable || service.requiresBookingRight ? (
        <p>
          <Link
            href={residentHrefs.book(basePath, service.id, {
              ...(filters.language ? { language: filters.language } : {}),
              ...(filters.channel ? { channel: filters.channel } : {}),
            })}
          >
            {t('resident.find.seeFreeTimes', { unit: unitName })}
          </Link>
        </p>
      ) : (
        <p>{t('resident.find.notSelfBookable')}</p>
      )}
    </li>
  );
}
