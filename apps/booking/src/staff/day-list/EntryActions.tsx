import { useTranslation } from 'react-i18next';
import type { DayListEntry } from '@asiointi/booking-contract';
import { canUndoVisitMark, visitMarksAllowed, type VisitMark } from '@asiointi/booking-domain';
import { formatTime, type Language } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';

interface EntryActionsProps {
  entry: DayListEntry;
  personName: string;
  now: Date;
  language: Language;
  onMark: (status: VisitMark) => void;
  onUndo: () => void;
  onCancel: () => void;
}

/**
 * The marks the visit allows now (arrived from its day, attended and no-show from its start), undoing a
 * mark made today, and cancelling a booked time; the service has the last word on each.
 */
export function EntryActions({
  entry,
  personName,
  now,
  language,
  onMark,
  onUndo,
  onCancel,
}: EntryActionsProps) {
  const { t } = useTranslation('booking');
  const start = new Date(entry.start);
  const marks = visitMarksAllowed({ status: entry.status, start, now });
  const undoable = canUndoVisitMark({
    status: entry.status,
    statusChangedAt: entry.statusChangedAt === null ? null : new Date(entry.statusChangedAt),
    now,
  });
  const cancellable = entry.status === 'booked';
  const outcomeAhead = entry.status === 'booked' && now.getTime() < start.getTime();
  if (marks.length === 0 && !undoable && !cancellable) return null;
  return (
    <>
      {outcomeAhead ? (
        <p className="booking-staff-day__note">
          {t('staff.dayList.outcomeFrom', { time: formatTime(entry.start, language) })}
        </p>
      ) : null}
      <div
        className="booking-staff-actions"
        role="group"
        aria-label={t('staff.dayList.actionsFor', { name: personName })}
      >
        {marks.map((status) => (
          <Button
            key={status}
            variant={status === 'attended' ? 'primary' : 'secondary'}
            onPress={() => onMark(status)}
          >
            {t(`staff.dayList.mark.${status}`)}
          </Button>
        ))}
        {undoable ? (
          <Button variant="secondary" onPress={onUndo}>
            {t('staff.dayList.undoMark')}
          </Button>
        ) : null}
        {cancellable ? (
          <Button variant="secondary" onPress={onCancel}>
            {t('staff.dayList.cancel')}
          </Button>
        ) : null}
      </div>
    </>
  );
}
