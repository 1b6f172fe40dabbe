// Service events by unit, service, channel and month: what the response rate is counted against.
import { eq } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { serviceEvents } from './schema';

export type NewServiceEvent = typeof serviceEvents.$inferInsert;

/** Records one service event; a second with the same dedupe key changes nothing. */
export async function recordServiceEvent(tx: FeedbackDb, event: NewServiceEvent): Promise<void> {
  await tx.insert(serviceEvents).values(event).onConflictDoNothing({ target: serviceEvents.dedupeKey });
}

/** A withdrawn service event no longer counts. */
export async function removeServiceEvent(tx: FeedbackDb, dedupeKey: string): Promise<void> {
  await tx.delete(serviceEvents).where(eq(serviceEvents.dedupeKey, dedupeKey));
}
