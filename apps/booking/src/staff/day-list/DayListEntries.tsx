import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DayListEntry, MarkBookingInput } from '@asiointi/booking-contract';
import { formatTime, type Language } from '@asiointi/platform-i18n';
import { Alert, Button } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';
import { CancelBookingDialog } from './CancelBookingDialog';

type MarkStatus = MarkBookingInput['status'];

/** What can still be recorded about a visit in each state; the service has the last word. */
const marksFor: Record<DayListEntry['status'], readonly MarkStatus[]> = {
  booked: ['arrived', 'attended', 'noShow'],
  arrived: ['attended'],
  attended: [],
  noShow: [],
  cancelled: [],
};

export interface DayListEntriesProps {
  entries: readonly DayListEntry[];
  language: Language;
}

/** The day's bookings in time order, each with the actions its state allows. */
export function DayListEntries({ entries, language }: DayListEntriesProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<{ name: string; status: MarkStatus | 'cancelled' } | undefined>();
  const [cancelling, setCancelling] = useState<DayListEntry | undefined>();
  const refresh = () => queryClient.invalidateQueries(trpc.staffBookings.dayList.pathFilter());
  const mark = useMutation(
    trpc.staffBookings.mark.mutationOptions({
      retry: false,
      onSuccess: async (_result, input) => {
        const entry = entries.find(({ id }) => id === input.bookingId);
        setDone({ name: entry ? nameOf(entry) : '', status: input.status });
        await refresh();
      },
    }),
  );
  const sorted = [...entries].sort((a, b) => a.start.localeCompare(b.start));

  return (
    <>
      {/* One live region for every outcome, so each is announced once. */}
      {done ? (
        <Alert variant="success">
          <p>{t(`staff.dayList.done.${done.status}`, { name: done.name })}</p>
        </Alert>
      ) : null}
      {mark.isError ? <StaffError error={mark.error} /> : null}
      <ul className="booking-staff-day">
        {sorted.map((entry) => (
          <li key={entry.id} className={`booking-staff-day__entry booking-staff-day__entry--${entry.status}`}>
            <p className="booking-staff-day__time">
              {formatTime(entry.start, language)}–{formatTime(entry.end, language)}
            </p>
            <h3 className="booking-staff-day__person">{nameOf(entry)}</h3>
            <dl className="booking-staff-facts">
              <dt>{t('staff.dayList.service')}</dt>
              <dd>{entry.service.name[language]}</dd>
              <dt>{t('staff.dayList.resource')}</dt>
              <dd>{entry.resource.name[language]}</dd>
              <dt>{t('staff.dayList.channel')}</dt>
              <dd>{t(`channels.${entry.channel}`)}</dd>
              <dt>{t('staff.dayList.status')}</dt>
              <dd>{t(`staff.status.${entry.status}`)}</dd>
              <dt>{t('staff.dayList.bookedBy')}</dt>
              <dd>{t(`staff.bookedBy.${entry.bookedBy}`)}</dd>
              {entry.message ? (
                <>
                  <dt>{t('staff.dayList.message')}</dt>
                  <dd>{entry.message}</dd>
                </>
              ) : null}
            </dl>
            {entry.status === 'booked' || entry.status === 'arrived' ? (
              <div
                className="booking-staff-actions"
                role="group"
                aria-label={t('staff.dayList.actionsFor', { name: nameOf(entry) })}
              >
                {marksFor[entry.status].map((status) => (
                  <Button
                    key={status}
                    variant={status === 'attended' ? 'primary' : 'secondary'}
                    onPress={() => {
                      if (!mark.isPending) mark.mutate({ bookingId: entry.id, status });
                    }}
                  >
                    {t(`staff.dayList.mark.${status}`)}
                  </Button>
                ))}
                {entry.status === 'booked' ? (
                  <Button variant="secondary" onPress={() => setCancelling(entry)}>
                    {t('staff.dayList.cancel')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {cancelling ? (
        <CancelBookingDialog
          entry={cancelling}
          personName={nameOf(cancelling)}
          language={language}
          onClose={() => setCancelling(undefined)}
          onCancelled={() => {
            setDone({ name: nameOf(cancelling), status: 'cancelled' });
            setCancelling(undefined);
          }}
        />
      ) : null}
    </>
  );
}

function nameOf(entry: DayListEntry): string {
  return `${entry.person.given} ${entry.person.family}`.trim();
}
