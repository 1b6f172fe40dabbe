// What units' figures rest on, aggregated in the database where the figure allows it. Both read bookings
// by appointment time in [from, until) through bookings_unit_id_starts_at_idx, for several units at once.
import type { BookedBy, BookingStatus } from '@asiointi/booking-domain';
import { and, count, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { bookings } from './schema';

export interface BookingPeriod {
  unitIds: readonly string[];
  from: Date;
  until: Date;
}

/** A service type belongs to one unit, so its id also tells the unit. */
export interface BookingOutcomeCount {
  serviceTypeId: string;
  status: BookingStatus;
  bookedBy: BookedBy;
  n: number;
}

/** The units' bookings in the period, counted by service type, status and who booked. */
export function countBookingOutcomes(db: BookingDb, period: BookingPeriod): Promise<BookingOutcomeCount[]> {
  return db
    .select({
      serviceTypeId: bookings.serviceTypeId,
      status: bookings.status,
      bookedBy: bookings.bookedBy,
      n: count(),
    })
    .from(bookings)
    .where(
      and(
        inArray(bookings.unitId, [...period.unitIds]),
        gte(bookings.startsAt, period.from),
        lt(bookings.startsAt, period.until),
      ),
    )
    .groupBy(bookings.serviceTypeId, bookings.status, bookings.bookedBy);
}

export interface AssessedVisit {
  serviceTypeId: string;
  visitAt: Date;
  needAssessedAt: Date;
}

/** The units' attended visits in the period that had a need assessment (the care guarantee's cases). */
export async function listAssessedVisits(db: BookingDb, period: BookingPeriod): Promise<AssessedVisit[]> {
  const rows = await db
    .select({
      serviceTypeId: bookings.serviceTypeId,
      visitAt: bookings.startsAt,
      needAssessedAt: bookings.needAssessedAt,
    })
    .from(bookings)
    .where(
      and(
        inArray(bookings.unitId, [...period.unitIds]),
        gte(bookings.startsAt, period.from),
        lt(bookings.startsAt, period.until),
        eq(bookings.status, 'attended'),
        isNotNull(bookings.needAssessedAt),
      ),
    );
  return rows.flatMap((row) => (row.needAssessedAt ? [{ ...row, needAssessedAt: row.needAssessedAt }] : []));
}
