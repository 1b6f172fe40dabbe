// The units a staff member holds a booking role in, as their home page lists them: booking's units named
// from booking's copy, and the units booking has no services in yet named from the unit directory. A unit
// no one can name is counted, never shown by its id.
import { maxStaffUnits, type StaffUnit, type StaffUnits } from '@asiointi/booking-contract';
import { findUnits, type BookingDb } from '@asiointi/booking-data';
import { orderUnits } from '@asiointi/booking-domain';
import type { ServiceLanguage, StaffAccess, UnitDirectory } from '@asiointi/platform-service';

export interface StaffUnitsQuery {
  db: BookingDb;
  units: Pick<UnitDirectory, 'list'>;
  /** The caller's booking roles, each in its unit. */
  roles: StaffAccess['staffRoles'];
  language: ServiceLanguage;
}

/** Names from the directory for units booking does not hold; none while the directory cannot be read. */
async function namedByDirectory(
  directory: StaffUnitsQuery['units'],
  unitIds: readonly string[],
): Promise<StaffUnit[]> {
  if (unitIds.length === 0) return [];
  let entries;
  try {
    entries = await directory.list();
  } catch {
    return [];
  }
  const wanted = new Set(unitIds);
  return entries
    .filter((entry) => wanted.has(entry.id))
    .map(({ id, name, municipality }) => ({ id, name, municipality, inBooking: false }));
}

export async function staffUnitsOf({ db, units, roles, language }: StaffUnitsQuery): Promise<StaffUnits> {
  const heldIds = [...new Set(roles.map((role) => role.unitId))];
  const unitIds = heldIds.slice(0, maxStaffUnits);
  const rows = await findUnits(db, unitIds);
  const inBooking = new Set(rows.map((row) => row.id));
  const fromBooking: StaffUnit[] = rows.map((row) => ({
    id: row.id,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    municipality: row.municipality,
    inBooking: true,
  }));
  const fromDirectory = await namedByDirectory(
    units,
    unitIds.filter((id) => !inBooking.has(id)),
  );
  const listed = orderUnits([...fromBooking, ...fromDirectory], language);
  return { units: listed, notShown: heldIds.length - listed.length };
}
