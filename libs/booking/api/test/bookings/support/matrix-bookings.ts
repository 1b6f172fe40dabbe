// The booking lifecycle's rows of the authorisation matrix: every bookings.*, staffBookings.* and
// reminderLink.* procedure against every kind of caller. Each caller that is let through gets a booking
// and free time of its own (prepared on the demo data before the matrix runs), so an allowed call succeeds.
import {
  insertBooking,
  listServicesOfUnit,
  notificationOutbox,
  type BookingDb,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import { TEST_SUBJECTS, testResident } from '@asiointi/dev-idp';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { findFreeTimes, type FoundFreeTime } from '../../../src/index';

type Subject = string;

export interface MatrixBookings {
  freeTimes: FoundFreeTime[];
  nurseService: ServiceTypeRow | undefined;
  /** A booking per purpose and person, made straight in the database on free times of the demo nurse. */
  bookingOf: Record<string, string>;
  /** A reminder-link token per caller name (made through the API so that the service sealed it). */
  linkTokenOf: Record<string, string>;
}

export const matrixBookings: MatrixBookings = {
  freeTimes: [],
  nurseService: undefined,
  bookingOf: {},
  linkTokenOf: {},
};

const day = 24 * 60 * 60 * 1000;

/** Takes the next free time of the demo nurse appointment, never the same one twice. */
function nextFreeTime(): FoundFreeTime {
  const next = matrixBookings.freeTimes.shift();
  if (!next) throw new Error('The demo schedules ran out of free times for the matrix.');
  return next;
}

/** The same time a week earlier: a visit that has started, for staff to mark (no booking is there yet). */
function aWeekEarlier(freeTime: FoundFreeTime): FoundFreeTime {
  const back = (instant: Date) => new Date(instant.getTime() - 7 * day);
  return {
    ...freeTime,
    start: back(freeTime.start),
    end: back(freeTime.end),
    occupied: { start: back(freeTime.occupied.start), end: back(freeTime.occupied.end) },
  };
}

async function insertAt(
  db: BookingDb,
  subject: Subject,
  unitId: string,
  serviceTypeId: string,
  freeTime: FoundFreeTime,
  marked?: { status: 'attended'; at: Date },
) {
  const id = randomUUID();
  await insertBooking(db, {
    id,
    unitId,
    serviceTypeId,
    resourceId: freeTime.resourceId,
    personSubject: subject,
    personGivenName: 'Test',
    personFamilyName: 'Person',
    bookedBy: 'resident',
    bookedBySubject: subject,
    startsAt: freeTime.start,
    endsAt: freeTime.end,
    occupiedFrom: freeTime.occupied.start,
    occupiedUntil: freeTime.occupied.end,
    channel: 'onSite',
    reminderChannel: 'none',
    language: 'fi',
    idempotencyKey: randomUUID(),
    requestFingerprint: 'matrix',
    ...(marked ? { status: marked.status, statusChangedAt: marked.at } : {}),
  });
  return id;
}

/**
 * Before the matrix: free times of Kaijonharju's nurse appointment from three days on (past any cut-off),
 * bookings for Emily and for Eetu, bookings for staff to cancel, started visits to mark and marked ones to
 * undo, one in Tuira, and link tokens.
 */
export async function prepareMatrixBookings(
  db: BookingDb,
  units: { ofTheUnit: string; ofAnotherUnit: string },
  book: (input: Record<string, unknown>) => Promise<string>,
  callerNames: readonly string[],
): Promise<void> {
  const now = new Date();
  const nurseService = (await listServicesOfUnit(db, units.ofTheUnit))?.find(
    (service) => service.code === 'nurse-appointment',
  );
  const otherService = (await listServicesOfUnit(db, units.ofAnotherUnit))?.[0];
  if (!nurseService || !otherService)
    throw new Error('The demo data has no nurse appointment or no service in the other unit.');
  matrixBookings.nurseService = nurseService;
  matrixBookings.freeTimes = await findFreeTimes(db, {
    serviceTypes: [nurseService],
    from: new Date(now.getTime() + 3 * day),
    until: new Date(now.getTime() + 40 * day),
    now,
  });
  const { englishSpeakerEmily: emily, childEetuUnder12: eetu } = TEST_SUBJECTS;
  const atTheNurse = (subject: Subject) =>
    insertAt(db, subject, units.ofTheUnit, nurseService.id, nextFreeTime());
  const bookingOf: Record<string, string> = {};
  for (const [person, subject] of [
    ['self', emily],
    ['child', eetu],
  ] as const) {
    for (const purpose of ['get', 'cancel', 'reschedule'])
      bookingOf[`${purpose}:${person}`] = await atTheNurse(subject);
  }
  for (const staff of ['nurse', 'admin']) bookingOf[`staffCancel:${staff}`] = await atTheNurse(emily);
  // Visits can be marked only once they have started, and a mark undone only the day it was made.
  for (const staff of ['nurse', 'admin']) {
    bookingOf[`mark:${staff}`] = await insertAt(
      db,
      emily,
      units.ofTheUnit,
      nurseService.id,
      aWeekEarlier(nextFreeTime()),
    );
    bookingOf[`undoMark:${staff}`] = await insertAt(
      db,
      emily,
      units.ofTheUnit,
      nurseService.id,
      aWeekEarlier(nextFreeTime()),
      { status: 'attended', at: now },
    );
  }
  // Another unit's booking: a time far off on one of its resources (the constraint is all it must satisfy).
  const otherResource = (
    await findFreeTimes(db, {
      serviceTypes: [otherService],
      from: now,
      until: new Date(now.getTime() + 60 * day),
      now,
    })
  )[0];
  if (!otherResource) throw new Error('The other unit has no free time.');
  bookingOf.otherUnit = await insertAt(db, emily, units.ofAnotherUnit, otherService.id, otherResource);
  matrixBookings.bookingOf = bookingOf;

  const linkTokenOf: Record<string, string> = {};
  for (const caller of [...callerNames, 'view']) {
    const freeTime = nextFreeTime();
    const bookingId = await book({
      serviceTypeId: nurseService.id,
      resourceId: freeTime.resourceId,
      start: freeTime.start.toISOString(),
      channel: 'onSite',
      reminderChannel: 'sms',
      idempotencyKey: randomUUID(),
    });
    const [reminder] = await db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `booking:${bookingId}:reminder`));
    const cancelUrl = String((reminder?.templateParams as { cancelUrl?: string } | undefined)?.cancelUrl);
    linkTokenOf[caller] = cancelUrl.slice(cancelUrl.lastIndexOf('/') + 1);
  }
  matrixBookings.linkTokenOf = linkTokenOf;
}

/** Which booking a caller works on: their own person's when let through; anyone's otherwise. */
function residentBooking(purpose: string, caller: string): string {
  const person = caller === 'guardianForChildUnder12' ? 'child' : 'self';
  return matrixBookings.bookingOf[`${purpose}:${person}`]!;
}

function staffBooking(purpose: string, caller: string): string {
  if (caller === 'bookingAdminOfAnotherUnit') return matrixBookings.bookingOf.otherUnit!;
  return matrixBookings.bookingOf[`${purpose}:${caller === 'nurseOfTheUnit' ? 'nurse' : 'admin'}`]!;
}

function freeTimeInput() {
  const freeTime = nextFreeTime();
  return { resourceId: freeTime.resourceId, start: freeTime.start.toISOString() };
}

type Input = (serviceTypes: { ofTheUnit: string; ofAnotherUnit: string }, caller: string) => unknown;

/** Inputs per procedure; the outcomes are the matrix's own. */
export const lifecycleInputs = {
  book: (() => ({
    serviceTypeId: matrixBookings.nurseService!.id,
    ...freeTimeInput(),
    channel: 'onSite',
    reminderChannel: 'none',
    idempotencyKey: randomUUID(),
  })) satisfies Input,
  get: ((_, caller) => ({ bookingId: residentBooking('get', caller) })) satisfies Input,
  cancel: ((_, caller) => ({ bookingId: residentBooking('cancel', caller) })) satisfies Input,
  reschedule: ((_, caller) => ({
    bookingId: residentBooking('reschedule', caller),
    ...freeTimeInput(),
  })) satisfies Input,
  bookOnBehalf: ((serviceTypes, caller) => ({
    serviceTypeId:
      caller === 'bookingAdminOfAnotherUnit' ? serviceTypes.ofAnotherUnit : matrixBookings.nurseService!.id,
    ...freeTimeInput(),
    channel: 'onSite',
    identityCode: testResident('englishSpeakerEmily').identityCode,
    reminderChannel: 'none',
    needAssessedAt: null,
    idempotencyKey: randomUUID(),
  })) satisfies Input,
  mark: ((_, caller) => ({ bookingId: staffBooking('mark', caller), status: 'attended' })) satisfies Input,
  undoMark: ((_, caller) => ({ bookingId: staffBooking('undoMark', caller) })) satisfies Input,
  staffCancel: ((_, caller) => ({
    bookingId: staffBooking('staffCancel', caller),
    reason: 'Matrix check',
  })) satisfies Input,
  linkView: (() => ({ token: matrixBookings.linkTokenOf.view })) satisfies Input,
  linkCancel: ((_, caller) => ({ token: matrixBookings.linkTokenOf[caller] })) satisfies Input,
};
