// The booking service's audit log and what its procedures log: who read or changed whose data, and why.
import { auditLog } from '@asiointi/booking-data';
import { type AuditedProcedureMeta, createAuditTrail } from '@asiointi/platform-audit';

export const bookingAuditTrail = createAuditTrail({ table: auditLog, service: 'booking' });

type AuditSpec = NonNullable<AuditedProcedureMeta['audit']>;

/** Resource types and purposes as residents see them on the "who has handled my data" page. */
export const bookingAuditSpecs = {
  preferencesRead: { action: 'read', resourceType: 'resident-preferences', purpose: 'resident-self-service' },
  preferencesUpdate: {
    action: 'update',
    resourceType: 'resident-preferences',
    purpose: 'resident-self-service',
  },
  serviceTypeUpdate: {
    action: 'update',
    resourceType: 'service-type',
    purpose: 'service-catalogue-maintenance',
  },
} as const satisfies Record<string, AuditSpec>;
