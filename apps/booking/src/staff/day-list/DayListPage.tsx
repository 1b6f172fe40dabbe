import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Unit } from '@asiointi/booking-contract';
import { formatPlainDateWithWeekday, type Language } from '@asiointi/platform-i18n';
import { addCalendarDays, helsinkiDateOf, helsinkiToday, type PlainDate } from '@asiointi/platform-time';
import { Button, LoadingState } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../../api/trpc';
import { PlainDateField } from '../PlainDateField';
import { allResources, ResourceSelect } from '../ResourceSelect';
import { StaffError } from '../StaffError';
import { useResources } from '../use-staff-queries';
import { BookOnBehalfForm } from './BookOnBehalfForm';
import { DayListEntries } from './DayListEntries';

export interface DayListPageProps {
  unit: Unit;
  language: Language;
}

/** Who comes on a day, per resource or for the whole unit; marking visits and booking for residents. */
export function DayListPage({ unit, language }: DayListPageProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const [date, setDate] = useState<PlainDate>(() => helsinkiToday());
  const [resourceId, setResourceId] = useState<string>(allResources);
  const [booking, setBooking] = useState(false);
  const resources = useResources(unit.id);
  const input = {
    unitId: unit.id,
    date,
    ...(resourceId === allResources ? {} : { resourceId }),
  };
  const dayList = useQuery(trpc.staffBookings.dayList.queryOptions(input, { retry: retryUnlessRefused }));

  return (
    <>
      <div className="booking-staff-filters">
        <PlainDateField
          label={t('staff.dayList.date')}
          value={date}
          onChange={(value) => {
            if (value) setDate(value);
          }}
        />
        <div className="booking-staff-actions">
          <Button variant="secondary" onPress={() => setDate((day) => addCalendarDays(day, -1))}>
            {t('staff.dayList.previousDay')}
          </Button>
          <Button variant="secondary" onPress={() => setDate(helsinkiToday())}>
            {t('staff.dayList.today')}
          </Button>
          <Button variant="secondary" onPress={() => setDate((day) => addCalendarDays(day, 1))}>
            {t('staff.dayList.nextDay')}
          </Button>
        </div>
        {resources.isSuccess ? (
          <ResourceSelect resources={resources.data} value={resourceId} onChange={setResourceId} withAll />
        ) : null}
      </div>
      {resources.isError ? (
        <StaffError error={resources.error} onRetry={() => void resources.refetch()} />
      ) : null}
      <section aria-labelledby="booking-staff-day-heading">
        <h2 id="booking-staff-day-heading">
          {t('staff.dayList.heading', { date: formatPlainDateWithWeekday(date, language) })}
        </h2>
        {dayList.isPending ? <LoadingState>{t('staff.dayList.loading')}</LoadingState> : null}
        {dayList.isError ? <StaffError error={dayList.error} onRetry={() => void dayList.refetch()} /> : null}
        {dayList.isSuccess && dayList.data.length === 0 ? <p>{t('staff.dayList.none')}</p> : null}
        {dayList.isSuccess && dayList.data.length > 0 ? (
          <DayListEntries entries={dayList.data} language={language} />
        ) : null}
      </section>
      <section aria-labelledby="booking-staff-behalf-heading" className="booking-staff-section">
        <h2 id="booking-staff-behalf-heading">{t('staff.bookOnBehalf.heading')}</h2>
        {booking ? (
          <BookOnBehalfForm
            unit={unit}
            language={language}
            initialDate={date}
            onClose={() => setBooking(false)}
            onBooked={(start) => setDate(helsinkiDateOf(new Date(start)))}
          />
        ) : (
          <Button variant="secondary" onPress={() => setBooking(true)}>
            {t('staff.bookOnBehalf.open')}
          </Button>
        )}
      </section>
    </>
  );
}
