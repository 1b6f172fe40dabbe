// The booking service's audit log and what its procedures log: who read or changed whose data, and why.
import { auditLog } from '@asiointi/booking-data';
import { type AuditSpecOf, createAuditTrail, defineAuditSpecs } from '@asiointi/platform-audit';
import { bookingAuditVocabulary } from './audit-vocabulary';

export const bookingAuditTrail = createAuditTrail({ table: auditLog, service: 'booking' });

/** What a booking procedure logs: only resource types and purposes of bookingAuditVocabulary compile. */
export type BookingAuditSpec = AuditSpecOf<typeof bookingAuditVocabulary>;

/** Resource types and purposes as residents see them on the "who has handled my data" page. */
export const bookingAuditSpecs = defineAuditSpecs(bookingAuditVocabulary, {
  preferencesRead: { action: 'read', resourceType: 'resident-preferences', purpose: 'resident-self-service' },
  preferencesUpdate: {
    action: 'update',
    resourceType: 'resident-preferences',
    purpose: 'resident-self-service',
  },
  /** Where the signed-in resident's own reminders go (also those of the children they book for). */
  reminderContactRead: { action: 'read', resourceType: 'reminder-contact', purpose: 'resident-self-service' },
  reminderContactUpdate: {
    action: 'update',
    resourceType: 'reminder-contact',
    purpose: 'resident-self-service',
  },
  serviceTypeUpdate: {
    action: 'update',
    resourceType: 'service-type',
    purpose: 'service-catalogue-maintenance',
  },
  serviceTypeCreate: {
    action: 'create',
    resourceType: 'service-type',
    purpose: 'service-catalogue-maintenance',
  },
  unitUpdate: { action: 'update', resourceType: 'unit', purpose: 'service-catalogue-maintenance' },
  resourceCreate: { action: 'create', resourceType: 'resource', purpose: 'service-catalogue-maintenance' },
  resourceUpdate: { action: 'update', resourceType: 'resource', purpose: 'service-catalogue-maintenance' },
  scheduleCreate: {
    action: 'create',
    resourceType: 'resource-schedule',
    purpose: 'service-catalogue-maintenance',
  },
  scheduleDelete: {
    action: 'delete',
    resourceType: 'resource-schedule',
    purpose: 'service-catalogue-maintenance',
  },
  /** A professional grants a resident a booking right after assessing the need for care. */
  bookingRightGrant: { action: 'create', resourceType: 'booking-right', purpose: 'need-assessment' },
  /** Invitation letters' codes: no person yet, the codes bind to whoever books with them. */
  invitationCodesIssue: { action: 'create', resourceType: 'booking-right', purpose: 'invitation-letters' },
  bookingRightsRead: { action: 'read', resourceType: 'booking-right', purpose: 'resident-self-service' },
  /** A resident's (or their guardian's) own bookings: made, read, moved, cancelled, a calendar file. */
  bookingCreate: { action: 'create', resourceType: 'booking', purpose: 'resident-self-service' },
  bookingRead: { action: 'read', resourceType: 'booking', purpose: 'resident-self-service' },
  bookingUpdate: { action: 'update', resourceType: 'booking', purpose: 'resident-self-service' },
  /**
   * Whoever holds a reminder's cancel link: not identified (the link works without signing in), so the
   * actor is recorded as the system acting on the link, and the purpose says it was the link.
   */
  reminderLinkRead: { action: 'read', resourceType: 'booking', purpose: 'reminder-link' },
  reminderLinkCancel: { action: 'update', resourceType: 'booking', purpose: 'reminder-link' },
  /** Professionals of the unit: the day list, booking on a resident's behalf, visits and cancellations. */
  staffBookingRead: { action: 'read', resourceType: 'booking', purpose: 'care-delivery' },
  staffBookingCreate: { action: 'create', resourceType: 'booking', purpose: 'care-delivery' },
  staffBookingUpdate: { action: 'update', resourceType: 'booking', purpose: 'care-delivery' },
});
