import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { residentHrefs } from '../book/resident-paths';
import { QueryError } from '../services/QueryError';
import { useUnits } from '../services/use-booking-queries';
import { FirstFreeTimes } from './FirstFreeTimes';
import { catalogueInput, filtersFromSearch, searchFromFilters, type SearchFilters } from './search-filters';
import { ServiceFilters } from './ServiceFilters';
import { ServiceResults } from './ServiceResults';
import { useCatalogueSearch } from './use-catalogue';
import '../book/booking-flow.css';

/**
 * Find a service: filters (kept in the URL), the services grouped with the units that give them, and
 * the first free times across units for a chosen service.
 */
export function FindServicePage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const units = useUnits();
  const catalogue = useCatalogueSearch(catalogueInput(filters));
  const chosenService = filters.service
    ? catalogue.data?.find((offering) => offering.service.code === filters.service)?.service
    : undefined;

  const firstFreeHeading = useRef<HTMLHeadingElement>(null);
  const focusFirstFree = useRef(false);
  useEffect(() => {
    // After "show first free times" the list appears above: take the keyboard there.
    if (focusFirstFree.current && chosenService) {
      firstFreeHeading.current?.focus();
      focusFirstFree.current = false;
    }
  }, [chosenService]);

  const update = (next: SearchFilters) => setSearchParams(searchFromFilters(next), { replace: true });

  return (
    <div className="booking-page">
      <h1 tabIndex={-1}>{t('resident.find.title')}</h1>
      <p>{t('resident.find.intro')}</p>
      <ul className="booking-resident-nav">
        <li>
          <Link href={residentHrefs.myBookings(basePath)}>{t('resident.nav.myBookings')}</Link>
        </li>
      </ul>
      {units.isError ? <QueryError error={units.error} onRetry={() => void units.refetch()} /> : null}
      <ServiceFilters
        filters={filters}
        units={units.data ?? []}
        onChange={(name, value) => {
          const next: SearchFilters = { ...filters, [name]: value };
          // A unit belongs to one municipality: changing the municipality clears the unit.
          if (name === 'municipality') delete next.unitId;
          update(next);
        }}
        onClear={() => update(filters.service ? { service: filters.service } : {})}
      />
      {chosenService && filters.service ? (
        <FirstFreeTimes
          ref={firstFreeHeading}
          serviceCode={filters.service}
          serviceName={chosenService.name[language]}
          filters={filters}
          basePath={basePath}
        />
      ) : null}
      {catalogue.isPending ? <LoadingState>{t('resident.find.loading')}</LoadingState> : null}
      {catalogue.isError ? (
        <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : null}
      {catalogue.isSuccess && catalogue.data.length === 0 ? (
        <p role="status">{t('resident.find.none')}</p>
      ) : null}
      {catalogue.isSuccess && catalogue.data.length > 0 ? (
        <ServiceResults
          offerings={catalogue.data}
          filters={filters}
          basePath={basePath}
          onShowFirstFreeTimes={(service) => {
            focusFirstFree.current = true;
            update({ ...filters, service });
            if (service === filters.service) firstFreeHeading.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
