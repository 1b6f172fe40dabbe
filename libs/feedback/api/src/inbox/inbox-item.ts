// A general feedback row as the staff inbox shows it: unit names from the unit directory, the assignee as
// "me", someone by name or nobody, due dates and overdue flags computed on the Helsinki calendar.
import type {
  Assignee,
  GeneralFeedbackKind,
  GeneralFeedbackStatus,
  InboxEvent,
  InboxItem,
  InboxItemSummary,
  ReplyLanguage,
} from '@asiointi/feedback-contract';
import type { GeneralFeedbackEventRow, GeneralFeedbackRow } from '@asiointi/feedback-data';
import { isOverdue, nextStatusesOf } from '@asiointi/feedback-domain';
import type { LocalizedText } from '@asiointi/platform-contract';
import type { UnitDirectory } from '@asiointi/platform-service';
import type { PlainDate } from '@asiointi/platform-time';

/** A unit the directory no longer lists is still shown, by a neutral name rather than its id. */
const unknownUnit: LocalizedText = { fi: 'Tuntematon yksikkö', sv: 'Okänd enhet', en: 'Unknown unit' };

export async function unitNameOf(units: UnitDirectory, unitId: string): Promise<LocalizedText> {
  return (await units.nameOf(unitId)) ?? unknownUnit;
}

function assigneeOf(row: GeneralFeedbackRow, viewerSubject: string): Assignee {
  if (row.assigneeSubject === null) return { kind: 'nobody' };
  if (row.assigneeSubject === viewerSubject) return { kind: 'me' };
  return { kind: 'other', name: row.assigneeName ?? '' };
}

export async function toInboxSummary(
  row: GeneralFeedbackRow,
  context: { units: UnitDirectory; viewerSubject: string; today: PlainDate },
): Promise<InboxItemSummary> {
  const status = row.status as GeneralFeedbackStatus;
  return {
    id: row.id,
    kind: row.kind as GeneralFeedbackKind,
    status,
    unitName: await unitNameOf(context.units, row.unitId),
    receivedAt: row.receivedAt.toISOString(),
    replyWanted: replyWantedOf(row),
    replyDueOn: row.replyDueOn,
    overdue: isOverdue({ status, replyDueOn: row.replyDueOn }, context.today),
    assignee: assigneeOf(row, context.viewerSubject),
  };
}

async function toInboxEvent(row: GeneralFeedbackEventRow, units: UnitDirectory): Promise<InboxEvent> {
  return {
    kind: row.kind as InboxEvent['kind'],
    at: row.at.toISOString(),
    byName: row.actorName,
    text: row.text,
    status: (row.status as GeneralFeedbackStatus | null) ?? null,
    unitName: row.unitId ? await unitNameOf(units, row.unitId) : null,
    channel: (row.channel as 'sms' | 'email' | null) ?? null,
  };
}

export async function toInboxItem(
  row: GeneralFeedbackRow,
  events: readonly GeneralFeedbackEventRow[],
  context: { units: UnitDirectory; viewerSubject: string; today: PlainDate },
): Promise<InboxItem> {
  const summary = await toInboxSummary(row, context);
  const shownEvents: InboxEvent[] = [];
  for (const event of events) shownEvents.push(await toInboxEvent(event, context.units));
  return {
    ...summary,
    serviceName: row.serviceName,
    text: row.text,
    fromSignedInResident: row.senderSubject !== null,
    contact:
      row.contactName !== null && row.contactLanguage !== null
        ? {
            name: row.contactName,
            phone: row.contactPhone,
            email: row.contactEmail,
            language: row.contactLanguage as ReplyLanguage,
          }
        : null,
    nextStatuses: [...nextStatusesOf(summary.status)],
    events: shownEvents,
  };
}

/** Whether the sender asked for a reply (left contact details for it). */
export function replyWantedOf(row: GeneralFeedbackRow): boolean {
  return row.contactName !== null;
}
