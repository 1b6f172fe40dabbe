// Using a booking right when a booking is made, and giving the use back when it is cancelled. Each is one
// conditional UPDATE, so two bookings racing for the last use cannot both have it.
import { and, asc, eq, gt, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { bookingRights } from './schema';

export interface UsedBookingRight {
  id: string;
  needAssessedAt: Date | null;
}

interface RightUse {
  personSubject: string;
  serviceCode: string;
  /** The Helsinki date the right must be valid on (YYYY-MM-DD). */
  onDate: string;
}

const usable = (use: RightUse) =>
  and(
    eq(bookingRights.serviceCode, use.serviceCode),
    lte(bookingRights.validFrom, use.onDate),
    gte(bookingRights.validUntil, use.onDate),
    sql`${bookingRights.usesCount} < ${bookingRights.usesAllowed}`,
  );

/**
 * Uses an invitation code's right (by the code's hash): valid on the date, uses left, for this service, and
 * either unbound or bound to this person. The first use binds it to the person. Undefined when unusable.
 */
export async function useBookingRightByCode(
  db: BookingDb,
  use: RightUse & { codeHash: string },
): Promise<UsedBookingRight | undefined> {
  const [row] = await db
    .update(bookingRights)
    .set({
      usesCount: sql`${bookingRights.usesCount} + 1`,
      personSubject: sql`coalesce(${bookingRights.personSubject}, ${use.personSubject})`,
    })
    .where(
      and(
        eq(bookingRights.codeHash, use.codeHash),
        usable(use),
        or(isNull(bookingRights.personSubject), eq(bookingRights.personSubject, use.personSubject)),
      ),
    )
    .returning({ id: bookingRights.id, needAssessedAt: bookingRights.needAssessedAt });
  return row;
}

/**
 * Uses a right granted to the person (an assessment, or an invitation already bound to them), the one that
 * runs out first. Undefined when the person holds none usable for the service on the date.
 */
export async function useGrantedBookingRight(
  db: BookingDb,
  use: RightUse,
): Promise<UsedBookingRight | undefined> {
  const candidates = db
    .select({ id: bookingRights.id })
    .from(bookingRights)
    .where(and(eq(bookingRights.personSubject, use.personSubject), usable(use)))
    .orderBy(asc(bookingRights.validUntil), asc(bookingRights.createdAt))
    .limit(1)
    // A right another booking is using right now is passed over for the next one, not waited for.
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(bookingRights)
    .set({ usesCount: sql`${bookingRights.usesCount} + 1` })
    // The use count is checked again on the row itself: a concurrent booking may have taken the last use.
    .where(and(sql`${bookingRights.id} = (${candidates})`, usable(use)))
    .returning({ id: bookingRights.id, needAssessedAt: bookingRights.needAssessedAt });
  return row;
}

/** Gives back the use a cancelled booking took (never below zero). */
export async function returnBookingRightUse(db: BookingDb, rightId: string): Promise<void> {
  await db
    .update(bookingRights)
    .set({ usesCount: sql`greatest(${bookingRights.usesCount} - 1, 0)` })
    .where(and(eq(bookingRights.id, rightId), gt(bookingRights.usesCount, 0)));
}
