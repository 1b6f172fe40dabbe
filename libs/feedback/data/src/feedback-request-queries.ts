// Feedback requests: made once per service event (by its dedupe key), withdrawn with the event, found by
// the hash of their token, their draft saved, and used up in the transaction that files the answer.
import type { AnswerSheet } from '@asiointi/feedback-contract';
import { and, eq, gt } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { feedbackRequests } from './schema';

export type FeedbackRequestRow = typeof feedbackRequests.$inferSelect;

export interface NewFeedbackRequest {
  tokenHash: string;
  unitId: string;
  serviceCode: string | null;
  channel: string;
  month: string;
  setKey: string;
  setVersion: number;
  language: 'fi' | 'sv' | 'en';
  expiresAt: Date;
  dedupeKey: string;
}

export type CreateRequestOutcome =
  { outcome: 'created' | 'reopened'; id: string } | { outcome: 'exists'; id: string };

/**
 * Makes the request for a service event, or nothing when one exists for its dedupe key (the event seen
 * twice, the visit marked attended twice). A request withdrawn earlier (the mark taken back) is opened
 * again with the new token, as the event that made it is valid again.
 */
export async function createFeedbackRequest(
  tx: FeedbackDb,
  request: NewFeedbackRequest,
): Promise<CreateRequestOutcome> {
  const inserted = await tx
    .insert(feedbackRequests)
    .values({ ...request, state: 'open' })
    .onConflictDoNothing({ target: feedbackRequests.dedupeKey })
    .returning({ id: feedbackRequests.id });
  if (inserted[0]) return { outcome: 'created', id: inserted[0].id };
  const reopened = await tx
    .update(feedbackRequests)
    .set({ ...request, state: 'open', draft: null })
    .where(and(eq(feedbackRequests.dedupeKey, request.dedupeKey), eq(feedbackRequests.state, 'withdrawn')))
    .returning({ id: feedbackRequests.id });
  if (reopened[0]) return { outcome: 'reopened', id: reopened[0].id };
  const [existing] = await tx
    .select({ id: feedbackRequests.id })
    .from(feedbackRequests)
    .where(eq(feedbackRequests.dedupeKey, request.dedupeKey));
  if (!existing) throw new Error('A feedback request blocked the insert but cannot be found.');
  return { outcome: 'exists', id: existing.id };
}

/** Withdraws the open request of a service event (and drops its draft); false when there was none open. */
export async function withdrawFeedbackRequest(tx: FeedbackDb, dedupeKey: string): Promise<boolean> {
  const withdrawn = await tx
    .update(feedbackRequests)
    .set({ state: 'withdrawn', draft: null })
    .where(and(eq(feedbackRequests.dedupeKey, dedupeKey), eq(feedbackRequests.state, 'open')))
    .returning({ id: feedbackRequests.id });
  return withdrawn.length > 0;
}

export async function findFeedbackRequestByTokenHash(
  db: FeedbackDb,
  tokenHash: string,
): Promise<FeedbackRequestRow | undefined> {
  const [row] = await db.select().from(feedbackRequests).where(eq(feedbackRequests.tokenHash, tokenHash));
  return row;
}

/** An open request past its expiry becomes expired (its draft goes with it). */
export async function expireFeedbackRequest(db: FeedbackDb, id: string): Promise<void> {
  await db
    .update(feedbackRequests)
    .set({ state: 'expired', draft: null })
    .where(and(eq(feedbackRequests.id, id), eq(feedbackRequests.state, 'open')));
}

/** Saves the sheet so far on a request still open and unexpired; false otherwise. */
export async function saveFeedbackDraft(
  db: FeedbackDb,
  id: string,
  draft: AnswerSheet,
  now: Date,
): Promise<boolean> {
  const saved = await db
    .update(feedbackRequests)
    .set({ draft })
    .where(
      and(
        eq(feedbackRequests.id, id),
        eq(feedbackRequests.state, 'open'),
        gt(feedbackRequests.expiresAt, now),
      ),
    )
    .returning({ id: feedbackRequests.id });
  return saved.length > 0;
}

/**
 * Uses the request up (state only, no time) and clears its draft; false when another submit got there
 * first or it has expired, in which case the caller rolls its answer back.
 */
export async function useFeedbackRequest(tx: FeedbackDb, id: string, now: Date): Promise<boolean> {
  const used = await tx
    .update(feedbackRequests)
    .set({ state: 'used', draft: null })
    .where(
      and(
        eq(feedbackRequests.id, id),
        eq(feedbackRequests.state, 'open'),
        gt(feedbackRequests.expiresAt, now),
      ),
    )
    .returning({ id: feedbackRequests.id });
  return used.length > 0;
}
