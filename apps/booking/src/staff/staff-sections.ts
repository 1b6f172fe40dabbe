import { staffSections, type StaffSection } from './staff-paths';

// Which roles the booking service lets through for each section (libs/booking/api's staff-roles): the
// pages offer what the roles allow, and the service still checks every call.

const catalogueReaders = ['booking-admin', 'nurse', 'manager'];

const sectionReaders: Record<StaffSection, readonly string[]> = {
  'day-list': ['booking-admin', 'nurse', 'work-ability-professional'],
  schedules: catalogueReaders,
  resources: catalogueReaders,
  'service-types': catalogueReaders,
  rights: ['booking-admin', 'nurse'],
  figures: ['booking-admin', 'manager'],
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
    maintainCatalogue: rolesInUnit.includes('booking-admin'),
    grantRights: rolesInUnit.includes('nurse'),
  };
}
