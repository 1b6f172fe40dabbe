import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DayListEntry } from '@asiointi/booking-contract';
import type { VisitMark } from '@asiointi/booking-domain';
import { formatTime, type Language } from '@asiointi/platform-i18n';
import { Alert } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';
import { CancelBookingDialog } from './CancelBookingDialog';
import { EntryActions } from './EntryActions';
import { useNow } from './use-now';

export interface DayListEntriesProps {
  entries: readonly DayListEntry[];
  language: Language;
}

/** The day's bookings in time order, each with the actions its state allows. */
export function DayListEntries({ entries, language }: DayListEntriesProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const now = useNow();
  const [done, setDone] = useState<
    { name: string; status: VisitMark | 'cancelled' | 'undone' } | undefined
  >();
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
  const undoMark = useMutation(
    trpc.staffBookings.undoMark.mutationOptions({
      retry: false,
      onSuccess: async (_result, input) => {
        const entry = entries.find(({ id }) => id === input.bookingId);
        setDone({ name: entry ? nameOf(entry) : '', status: 'undone' });
        await refresh();
      },
    }),
  );
  const busy = mark.isPending || undoMark.isPending;
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
      {undoMark.isError ? <StaffError error={undoMark.error} /> : null}
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
            <EntryActions
              entry={entry}
              personName={nameOf(entry)}
              now={now}
              language={language}
              onMark={(status) => {
                if (!busy) mark.mutate({ bookingId: entry.id, status });
              }}
              onUndo={() => {
                if (!busy) undoMark.mutate({ bookingId: entry.id });
              }}
              onCancel={() => setCancelling(entry)}
            />
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
