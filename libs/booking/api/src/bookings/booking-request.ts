// One booking request, whoever makes it (a resident for themself or a child, or staff on a resident's
// behalf), and its fingerprint: a retry with the same idempotency key must be the same request.
import { createHash } from 'node:crypto';
import type { ReminderChannel, ServiceChannel } from '@asiointi/booking-contract';
import { hashBookingRightCode } from '@asiointi/booking-data';

export interface BookingRequest {
  serviceTypeId: string;
  resourceId: string;
  start: Date;
  channel: ServiceChannel;
  reminderChannel: ReminderChannel;
  message: string | undefined;
  /** Residents only: an invitation letter's code (normalised by the contract). */
  bookingRightCode: string | undefined;
  idempotencyKey: string;
  /** Whose visit it is. */
  person: { subject: string; name: { given: string; family: string } };
  bookedBy: 'resident' | 'staff';
  /** Who pressed the button: the resident, their guardian, or the professional. */
  bookedBySubject: string;
  /** Staff only: when the need was assessed (care-guarantee clock). */
  needAssessedAt: Date | null;
}

/** A hash of everything that makes the request what it is (the code only as its hash). */
export function fingerprintOf(request: BookingRequest): string {
  const canonical = JSON.stringify([
    request.serviceTypeId,
    request.resourceId,
    request.start.toISOString(),
    request.channel,
    request.reminderChannel,
    request.message ?? null,
    request.bookingRightCode === undefined ? null : hashBookingRightCode(request.bookingRightCode),
    request.person.subject,
    request.bookedBy,
    request.needAssessedAt?.toISOString() ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
