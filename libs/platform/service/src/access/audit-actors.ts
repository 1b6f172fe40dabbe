// Who the audit log says acted, from a verified principal. Subjects only: no names, no identity codes.
import type { AuditActor } from '@asiointi/platform-audit';
import type { ResidentPrincipal, RoleInUnit, StaffPrincipal } from '@asiointi/platform-auth';
import type { SubjectPerson } from './subject-person';

export function residentAuditActor(resident: ResidentPrincipal, subjectPerson: SubjectPerson): AuditActor {
  const self = subjectPerson.relation === 'self';
  return {
    subject: resident.subject,
    kind: subjectPerson.relation,
    role: null,
    unitId: null,
    actingForSubject: self ? null : subjectPerson.subject,
  };
}

export function staffAuditActor(staff: StaffPrincipal, roleInUnit: RoleInUnit | undefined): AuditActor {
  return {
    subject: staff.subject,
    kind: 'staff',
    role: roleInUnit?.role ?? null,
    unitId: roleInUnit?.unitId ?? null,
    actingForSubject: null,
  };
}
