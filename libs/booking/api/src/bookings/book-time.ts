// The one booking transaction, for residents (themself or a child) and for staff booking on a resident's
// behalf: check, then in ONE transaction use a booking right, write the booking, its audit row and its
// reminder. The database has the last word on double booking (bookings_no_double_booking) and on
// idempotency (bookings_idempotency_key); on any error nothing is left half-written.
import { randomUUID } from 'node:crypto';
import {
  findBookingByIdempotencyKey,
  findBookingTarget,
  hashBookingRightCode,
  insertBooking,
  isBookingReferenceTaken,
  isDoubleBooking,
  isIdempotencyKeyTaken,
  useBookingRightByCode,
  useGrantedBookingRight,
  type BookingDetails,
  type BookingDb,
  type BookingTarget,
  type UsedBookingRight,
} from '@asiointi/booking-data';
import type { ServiceLanguage } from '@asiointi/booking-contract';
import { helsinkiDateOf } from '@asiointi/platform-time';
import { retryOnConflict } from '@asiointi/platform-db';
import type { AuditContext } from '@asiointi/platform-audit';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import type { BookingContext } from '../trpc';
import {
  bookingRightInvalid,
  bookingRightRequired,
  channelNotOffered,
  idempotencyKeyReused,
  notSelfBookable,
  resourceNotFound,
  serviceTypeNotFound,
  timeTaken,
} from './booking-errors';
import { scheduleReminder } from './booking-notifications';
import { fingerprintOf, type BookingRequest } from './booking-request';
import { requireFreeTime } from './requested-time';

/** The first booking made with the key, when the retry is the same request; otherwise refused. */
function sameRequestOrRefuse(first: BookingDetails, fingerprint: string): BookingDetails {
  if (first.booking.requestFingerprint !== fingerprint) throw idempotencyKeyReused();
  return first;
}

async function requireTarget(
  db: BookingDb,
  request: BookingRequest,
): Promise<BookingTarget & { serviceLanguage: ServiceLanguage | null }> {
  const found = await findBookingTarget(db, {
    serviceTypeId: request.serviceTypeId,
    resourceId: request.resourceId,
    personSubject: request.person.subject,
  });
  if (!found) throw serviceTypeNotFound();
  const { serviceType, unit, resource, serviceLanguage } = found;
  if (!resource) throw resourceNotFound();
  if (!serviceType.channels.includes(request.channel)) throw channelNotOffered();
  if (request.bookedBy === 'resident' && !serviceType.selfBookable) throw notSelfBookable();
  return { serviceType, unit, resource, serviceLanguage };
}

/**
 * A right when the service needs one and a resident books: the invitation code they typed, or else one
 * granted to the person. Staff book after assessing the need themselves (needAssessedAt), so they need none.
 */
async function useBookingRight(
  tx: BookingDb,
  request: BookingRequest,
  target: BookingTarget,
): Promise<UsedBookingRight | undefined> {
  if (!target.serviceType.requiresBookingRight || request.bookedBy === 'staff') return undefined;
  const use = {
    personSubject: request.person.subject,
    serviceCode: target.serviceType.code,
    // A right is valid on Helsinki days: the appointment's day counts.
    onDate: helsinkiDateOf(request.start),
  };
  if (request.bookingRightCode !== undefined) {
    const used = await useBookingRightByCode(tx, {
      ...use,
      codeHash: hashBookingRightCode(request.bookingRightCode),
    });
    if (!used) throw bookingRightInvalid();
    return used;
  }
  const granted = await useGrantedBookingRight(tx, use);
  if (!granted) throw bookingRightRequired();
  return granted;
}

/** Everything checked before the transaction: the target, the free time and the person's service language. */
async function checkRequest(db: BookingDb, request: BookingRequest, now: Date) {
  const target = await requireTarget(db, request);
  const freeTime = await requireFreeTime(db, {
    serviceType: target.serviceType,
    resourceId: request.resourceId,
    start: request.start,
    now,
    // findBookingTarget found the resource only if it gives the service.
    qualifiedResource: {
      serviceTypeId: target.serviceType.id,
      resourceId: target.resource.id,
      unitId: target.resource.unitId,
      titleFi: target.resource.titleFi,
      titleSv: target.resource.titleSv,
      titleEn: target.resource.titleEn,
      name: target.resource.name,
      languages: target.resource.languages,
    },
  });
  const { serviceLanguage, ...bookingTarget } = target;
  return { target: bookingTarget, freeTime, language: serviceLanguage };
}

/**
 * Books the time. When PostgreSQL breaks a deadlock between two overlapping inserts (each waits on the
 * other's exclusion check), the aborted attempt runs again from the checks: the survivor's booking is
 * visible then and answers TIME_TAKEN, or the time is free after all and is booked.
 */
export function bookTime(
  ctx: BookingContext,
  auditContext: AuditContext,
  request: BookingRequest,
): Promise<BookingDetails> {
  return retryOnConflict(() => bookTimeOnce(ctx, auditContext, request));
}

async function bookTimeOnce(
  ctx: BookingContext,
  auditContext: AuditContext,
  request: BookingRequest,
): Promise<BookingDetails> {
  const { db } = ctx;
  const now = ctx.now();
  const fingerprint = fingerprintOf(request);
  // A retry is recognised by its key only when something stops it (usually: its own first booking has
  // taken the time, or the unique key refuses the insert), saving every first request a query.
  const firstWithSameKey = async (): Promise<BookingDetails | undefined> => {
    const first = await findBookingByIdempotencyKey(db, request.bookedBySubject, request.idempotencyKey);
    return first && sameRequestOrRefuse(first, fingerprint);
  };
  let checked;
  try {
    checked = await checkRequest(db, request, now);
  } catch (error) {
    const first = await firstWithSameKey();
    if (first) return first;
    throw error;
  }
  const { target, freeTime, language: chosenLanguage } = checked;
  const language = chosenLanguage ?? ctx.language;
  const spec =
    request.bookedBy === 'staff' ? bookingAuditSpecs.staffBookingCreate : bookingAuditSpecs.bookingCreate;
  const bookingId = randomUUID();

  try {
    return await db.transaction(async (tx) => {
      const right = await useBookingRight(tx, request, target);
      await bookingAuditTrail.record(tx, auditContext, {
        ...spec,
        resourceId: bookingId,
        subjectPerson: request.person.subject,
      });
      const booking = await insertBooking(tx, {
        id: bookingId,
        unitId: target.unit.id,
        serviceTypeId: target.serviceType.id,
        resourceId: target.resource.id,
        personSubject: request.person.subject,
        personGivenName: request.person.name.given,
        personFamilyName: request.person.name.family,
        bookedBy: request.bookedBy,
        bookedBySubject: request.bookedBySubject,
        startsAt: freeTime.start,
        endsAt: freeTime.end,
        occupiedFrom: freeTime.occupied.start,
        occupiedUntil: freeTime.occupied.end,
        channel: request.channel,
        reminderChannel: request.reminderChannel,
        language,
        message: request.message === undefined || request.message === '' ? null : request.message,
        bookingRightId: right?.id ?? null,
        needAssessedAt: request.needAssessedAt ?? right?.needAssessedAt ?? null,
        idempotencyKey: request.idempotencyKey,
        requestFingerprint: fingerprint,
        createdAt: now,
        updatedAt: now,
      });
      const details = { ...target, booking };
      await scheduleReminder(tx, details, { ...ctx, now });
      return details;
    });
  } catch (error) {
    if (isDoubleBooking(error)) throw timeTaken(error);
    if (isIdempotencyKeyTaken(error)) {
      // A retry whose first booking no longer blocks the time (cancelled since), or the same key in a
      // request still in flight a moment ago: it has committed by now.
      const first = await firstWithSameKey();
      if (first) return first;
    }
    // Nothing was written: the same request again draws a new reference.
    if (isBookingReferenceTaken(error)) return bookTimeOnce(ctx, auditContext, request);
    throw error;
  }
}
