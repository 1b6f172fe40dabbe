import { bookingStaffAccess } from '@asiointi/booking-contract';
import { staffSections, type StaffSection } from './staff-paths';

// The roles the booking service lets through for each section (the contract's bookingStaffAccess, which
// the service enforces): the pages offer what the roles allow, and the service still checks every call.

const { dayList, catalogueReaders, catalogueMaintainers, needAssessors, figureReaders } = bookingStaffAccess;

const sectionReaders: Record<StaffSection, readonly string[]> = {
  'day-list': dayList,
  schedules: catalogueReaders,
  resources: catalogueReaders,
  'service-types': catalogueReaders,
  // Administrators print invitation codes; the professionals who assess needs grant rights.
  rights: [...catalogueMaintainers, ...needAssessors],
  figures: figureReaders,
};

/** What the staff member may do in one unit, from the roles they hold there. */
export interface UnitPermissions {
  sections: readonly StaffSection[];
  /** Change resources, service types and schedules, and print invitation codes. */
  maintainCatalogue: boolean;
  /** Grant a booking right after a need assessment. */
  grantRights: boolean;
}

export function permissionsOf(rolesInUnit: readonly string[]): UnitPermissions {
  return {
    sections: staffSections.filter((section) =>
      sectionReaders[section].some((role) => rolesInUnit.includes(role)),
    ),
    maintainCatalogue: catalogueMaintainers.some((role) => rolesInUnit.includes(role)),
    grantRights: needAssessors.some((role) => rolesInUnit.includes(role)),
  };
}
