// Reading and writing bookings. A booking is always read with what is shown next to it (service, unit,
// resource) in one query; writes run inside the caller's transaction, with its audit row and outbox rows.
import { PgErrorCode } from '@asiointi/platform-db';
import { and, asc, desc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { resourceGivesService } from './catalogue-queries';
import { violatesConstraint } from './constraint-violation';
import type { ServiceLanguage } from '@asiointi/booking-contract';
import {
  bookings,
  residentPreferences,
  resources,
  serviceTypes,
  units,
  type BookingRow,
  type NewBookingRow,
  type ResourceRow,
  type ServiceTypeRow,
  type UnitRow,
} from './schema';

/** A booking with its service type, unit and resource. */
export interface BookingDetails {
  booking: BookingRow;
  serviceType: ServiceTypeRow;
  unit: UnitRow;
  resource: ResourceRow;
}

function selectBookingDetails(db: BookingDb) {
  return db
    .select({ booking: bookings, serviceType: serviceTypes, unit: units, resource: resources })
    .from(bookings)
    .innerJoin(serviceTypes, eq(serviceTypes.id, bookings.serviceTypeId))
    .innerJoin(units, eq(units.id, bookings.unitId))
    .innerJoin(resources, eq(resources.id, bookings.resourceId));
}

export async function findBookingDetails(
  db: BookingDb,
  bookingId: string,
): Promise<BookingDetails | undefined> {
  const [row] = await selectBookingDetails(db).where(eq(bookings.id, bookingId));
  return row;
}

/** The booking a person (or staff member) made with this idempotency key, if any. */
export async function findBookingByIdempotencyKey(
  db: BookingDb,
  bookedBySubject: string,
  idempotencyKey: string,
): Promise<BookingDetails | undefined> {
  const [row] = await selectBookingDetails(db).where(
    and(eq(bookings.bookedBySubject, bookedBySubject), eq(bookings.idempotencyKey, idempotencyKey)),
  );
  return row;
}

/** Every booking of one person, latest first. */
export function listBookingsOfPerson(db: BookingDb, personSubject: string): Promise<BookingDetails[]> {
  return selectBookingDetails(db)
    .where(eq(bookings.personSubject, personSubject))
    .orderBy(desc(bookings.startsAt), asc(bookings.id));
}

/** A unit's bookings that start in [from, until), cancelled ones included, optionally of one resource. */
export function listBookingsOfUnitBetween(
  db: BookingDb,
  query: { unitId: string; from: Date; until: Date; resourceId?: string },
): Promise<BookingDetails[]> {
  return selectBookingDetails(db)
    .where(
      and(
        eq(bookings.unitId, query.unitId),
        gte(bookings.startsAt, query.from),
        lt(bookings.startsAt, query.until),
        query.resourceId === undefined ? undefined : eq(bookings.resourceId, query.resourceId),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(resources.name), asc(bookings.id));
}

/** What a new booking needs to be checked against: the service type, its unit and the chosen resource. */
export interface BookingTarget {
  serviceType: ServiceTypeRow;
  unit: UnitRow;
  resource: ResourceRow;
}

/**
 * The service type with its unit, the resource when it gives that service (see resourceGivesService), and
 * the booked person's chosen service language if any: all a new booking reads before its transaction.
 */
export async function findBookingTarget(
  db: BookingDb,
  query: { serviceTypeId: string; resourceId: string; personSubject: string },
): Promise<
  | {
      serviceType: ServiceTypeRow;
      unit: UnitRow;
      resource: ResourceRow | null;
      serviceLanguage: ServiceLanguage | null;
    }
  | undefined
> {
  const [row] = await db
    .select({
      serviceType: serviceTypes,
      unit: units,
      resource: resources,
      serviceLanguage: residentPreferences.serviceLanguage,
    })
    .from(serviceTypes)
    .innerJoin(units, eq(units.id, serviceTypes.unitId))
    // Null unless the resource gives the service (its unit's, active, with the skill): a booking's free
    // time can then be checked on that one resource without asking who else gives the service.
    .leftJoin(resources, and(eq(resources.id, query.resourceId), resourceGivesService))
    .leftJoin(residentPreferences, eq(residentPreferences.subject, query.personSubject))
    .where(eq(serviceTypes.id, query.serviceTypeId));
  return row;
}

/**
 * Whether an active booking of the resource overlaps the range (buffers included): tells a time someone
 * has taken from one that was never on offer. Written like the exclusion constraint so its index serves it.
 */
export async function isTimeTaken(
  db: BookingDb,
  query: { resourceId: string; from: Date; until: Date; exceptBookingId?: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, query.resourceId),
        ne(bookings.status, 'cancelled'),
        sql`tstzrange(${bookings.occupiedFrom}, ${bookings.occupiedUntil}, '[)') && tstzrange(${query.from.toISOString()}::timestamptz, ${query.until.toISOString()}::timestamptz, '[)')`,
        query.exceptBookingId === undefined ? undefined : ne(bookings.id, query.exceptBookingId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertBooking(
  db: BookingDb,
  booking: NewBookingRow & { id: string },
): Promise<BookingRow> {
  const [row] = await db.insert(bookings).values(booking).returning();
  return row!;
}

/**
 * Moves an active booking to a new time (and resource) in place, so the exclusion constraint guards the
 * new time as it guards a new booking. Undefined when the booking is no longer in the given status.
 */
export async function moveBooking(
  db: BookingDb,
  bookingId: string,
  to: Pick<BookingRow, 'resourceId' | 'startsAt' | 'endsAt' | 'occupiedFrom' | 'occupiedUntil'>,
  now: Date,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({ ...to, updatedAt: now })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked')))
    .returning();
  return row;
}

/** Cancels a booking that is still booked; undefined when it is not (cancelled or visited meanwhile). */
export async function cancelBooking(
  db: BookingDb,
  bookingId: string,
  cancellation: { by: 'resident' | 'staff'; reason: string | null; now: Date },
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({
      status: 'cancelled',
      cancelledAt: cancellation.now,
      cancelledBy: cancellation.by,
      cancellationReason: cancellation.reason,
      statusChangedAt: cancellation.now,
      updatedAt: cancellation.now,
    })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked')))
    .returning();
  return row;
}

/** What staff record about a visit; only from the statuses it may follow. Undefined when it may not. */
export async function markBookingStatus(
  db: BookingDb,
  bookingId: string,
  status: 'arrived' | 'attended' | 'noShow',
  from: readonly BookingRow['status'][],
  now: Date,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({ status, previousStatus: sql`${bookings.status}`, statusChangedAt: now, updatedAt: now })
    .where(and(eq(bookings.id, bookingId), sql`${bookings.status} in ${from}`))
    .returning();
  return row;
}

/**
 * Puts a marked visit back to the status the mark replaced ("attended" taken back is "arrived" again if
 * the client had been marked arrived; "arrived" only follows "booked"), only if it still holds the mark
 * read (status and its time), so two staff members undoing or re-marking at once cannot undo each other's
 * newer mark.
 */
export async function undoVisitMarkStatus(
  db: BookingDb,
  bookingId: string,
  marked: { status: BookingRow['status']; at: Date },
  now: Date,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({
      status: sql`coalesce(${bookings.previousStatus}, 'booked')`,
      previousStatus: sql`case when ${bookings.previousStatus} = 'arrived' then 'booked' end`,
      statusChangedAt: now,
      updatedAt: now,
    })
    .where(
      and(
        eq(bookings.id, bookingId),
        eq(bookings.status, marked.status),
        eq(bookings.statusChangedAt, marked.at),
      ),
    )
    .returning();
  return row;
}

/** The database refused the time: another active booking of the resource overlaps it (buffers included). */
export function isDoubleBooking(error: unknown): boolean {
  return violatesConstraint(error, PgErrorCode.exclusionViolation, 'bookings_no_double_booking');
}

/** The new booking's reference was drawn twice (rare: 31⁸ references): the booking is made again with another. */
export function isBookingReferenceTaken(error: unknown): boolean {
  return violatesConstraint(error, PgErrorCode.uniqueViolation, 'bookings_reference_key');
}

/** The same person already used this idempotency key (perhaps in a request still in flight). */
export function isIdempotencyKeyTaken(error: unknown): boolean {
  return violatesConstraint(error, PgErrorCode.uniqueViolation, 'bookings_idempotency_key');
}
