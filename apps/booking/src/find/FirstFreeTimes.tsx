import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirstFreeTime } from '@asiointi/booking-contract';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import { helsinkiDateOf, mondayOf } from '@asiointi/platform-time';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { residentHrefs } from '../book/resident-paths';
import { QueryError } from '../services/QueryError';
import type { SearchFilters } from './search-filters';
import { useFirstFreeTimes } from './use-catalogue';
import { unitAddress } from '../services/unit-address';

export interface FirstFreeTimesProps {
  serviceCode: string;
  /** The service's name for the heading (from the search result). */
  serviceName: string;
  filters: SearchFilters;
  basePath: string;
}

/** The earliest free time of the chosen service in each unit, each a link straight to step 2. */
export const FirstFreeTimes = forwardRef<HTMLHeadingElement, FirstFreeTimesProps>(function FirstFreeTimes(
  { serviceCode, serviceName, filters, basePath },
  headingRef,
) {
  const { t } = useTranslation('booking');
  const first = useFirstFreeTimes({
    serviceCode,
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  });
  return (
    <section className="booking-services" aria-labelledby="booking-first-free-times">
      <h2 id="booking-first-free-times" ref={headingRef} tabIndex={-1}>
        {t('resident.find.firstFreeTimes', { service: serviceName })}
      </h2>
      <p>{t('resident.find.firstFreeTimesIntro')}</p>
      {first.isPending ? <LoadingState>{t('resident.find.firstFreeTimesLoading')}</LoadingState> : null}
      {first.isError ? <QueryError error={first.error} onRetry={() => void first.refetch()} /> : null}
      {first.isSuccess && first.data.length === 0 ? <p>{t('resident.find.firstFreeTimesNone')}</p> : null}
      {first.isSuccess && first.data.length > 0 ? (
        <ul className="booking-first-free-times">
          {first.data.map((entry) => (
            <FirstFreeTimeItem
              key={`${entry.unit.id}|${entry.freeTime.resourceId}|${entry.freeTime.start}`}
              entry={entry}
              filters={filters}
              basePath={basePath}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
});

function FirstFreeTimeItem({
  entry,
  filters,
  basePath,
}: {
  entry: FirstFreeTime;
  filters: SearchFilters;
  basePath: string;
}) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const format = useDateFormat();
  const { freeTime, unit, service } = entry;
  const href = residentHrefs.book(basePath, service.id, {
    week: mondayOf(helsinkiDateOf(new Date(freeTime.start))),
    start: freeTime.start,
    resourceId: freeTime.resourceId,
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  });
  return (
    <li className="booking-card">
      <p>
        <Link href={href}>
          {t('resident.find.bookFirstFreeTime', {
            time: format.dateTime(freeTime.start),
            unit: unit.name[language],
          })}
        </Link>
      </p>
      <p>
        {unitAddress(unit, language)}. {freeTime.resourceName[language]}
      </p>
    </li>
  );
}
