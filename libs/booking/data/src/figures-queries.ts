// What units' figures rest on, aggregated in the database where the figure allows it, for several units at
// once. The visits' figures read bookings by appointment time in [from, until) that have begun by now
// (bookings_unit_id_starts_at_idx); the self-service share reads the bookings made in [from, until)
// (bookings_unit_id_created_at_idx), whenever their appointment.
import type { BookedBy, BookingStatus } from '@asiointi/booking-domain';
import { and, count, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { bookings } from './schema';

export interface BookingPeriod {
  unitIds: readonly string[];
  from: Date;
  until: Date;
}

/** The period's visits as far as they have begun: a visit that has not begun has no outcome yet. */
export interface VisitPeriod extends BookingPeriod {
  now: Date;
}

/** A service type belongs to one unit, so its id also tells the unit. */
export interface VisitOutcomeCount {
  serviceTypeId: string;
  status: BookingStatus;
  n: number;
}

function visitsBegunIn(period: VisitPeriod) {
  const until = period.until < period.now ? period.until : period.now;
  return and(
    inArray(bookings.unitId, [...period.unitIds]),
    gte(bookings.startsAt, period.from),
    lt(bookings.startsAt, until),
  );
}

/** The units' bookings whose time is in the period and has begun, counted by service type and status. */
export function countVisitOutcomes(db: BookingDb, period: VisitPeriod): Promise<VisitOutcomeCount[]> {
  return db
    .select({ serviceTypeId: bookings.serviceTypeId, status: bookings.status, n: count() })
    .from(bookings)
    .where(visitsBegunIn(period))
    .groupBy(bookings.serviceTypeId, bookings.status);
}

export interface BookingsMadeCount {
  serviceTypeId: string;
  bookedBy: BookedBy;
  n: number;
}

/** The units' bookings made in the period (cancelled ones too), counted by service type and who booked. */
export function countBookingsMade(db: BookingDb, period: BookingPeriod): Promise<BookingsMadeCount[]> {
  return db
    .select({ serviceTypeId: bookings.serviceTypeId, bookedBy: bookings.bookedBy, n: count() })
    .from(bookings)
    .where(
      and(
        inArray(bookings.unitId, [...period.unitIds]),
        gte(bookings.createdAt, period.from),
        lt(bookings.createdAt, period.until),
      ),
    )
    .groupBy(bookings.serviceTypeId, bookings.bookedBy);
}

export interface AssessedVisit {
  serviceTypeId: string;
  visitAt: Date;
  needAssessedAt: Date;
}

/** The units' attended visits in the period, begun by now, that had a need assessment (the guarantee's cases). */
export async function listAssessedVisits(db: BookingDb, period: VisitPeriod): Promise<AssessedVisit[]> {
  const rows = await db
    .select({
      serviceTypeId: bookings.serviceTypeId,
      visitAt: bookings.startsAt,
      needAssessedAt: bookings.needAssessedAt,
    })
    .from(bookings)
    .where(and(visitsBegunIn(period), eq(bookings.status, 'attended'), isNotNull(bookings.needAssessedAt)));
  return rows.flatMap((row) => (row.needAssessedAt ? [{ ...row, needAssessedAt: row.needAssessedAt }] : []));
}
