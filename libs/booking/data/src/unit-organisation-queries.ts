// Booking keeps a copy of each of its units' organisation facts (names, municipality, street address) so
// that the catalogue can filter and order by them in SQL. The unit directory owns those facts: this brings
// the copy up to date. Booking's own fields (phone, opening hours, accessibility) are never written here.
import type { LocalizedText } from '@asiointi/booking-contract';
import { and, asc, sql } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { units } from './schema';
import { isAnyOf } from './uuid-array';

/** A unit's organisation facts as the unit directory lists them. */
export interface UnitOrganisationFacts {
  id: string;
  name: LocalizedText;
  municipality: string;
  /** null: the directory has no street address for the unit; booking keeps the one it has. */
  streetAddress: string | null;
}

export interface UnitOrganisationSync {
  /** Booking units whose facts differed and were written. */
  updatedIds: string[];
  /** Booking units the directory does not list: left as they are. */
  unlistedIds: string[];
}

/** The directory's units as a VALUES list; casts, so that every column has a type even when all are null. */
function directoryValues(facts: readonly UnitOrganisationFacts[]) {
  const rows = facts.map(
    (unit) =>
      sql`(${unit.id}::uuid, ${unit.name.fi}::text, ${unit.name.sv}::text, ${unit.name.en}::text, ${unit.municipality}::text, ${unit.streetAddress}::text)`,
  );
  // Column names of their own: SET expressions name the units table's columns unqualified.
  return sql`(values ${sql.join(rows, sql`, `)}) as directory (unit_id, directory_name_fi, directory_name_sv, directory_name_en, directory_municipality, directory_street_address)`;
}

/**
 * Writes the directory's facts over booking's copy, in one statement that touches only the units whose
 * facts differ (an unchanged directory writes no row), and names the booking units the directory does not
 * list. A unit the directory lists twice counts once (the first entry). Units are never added or removed.
 */
export async function syncUnitOrganisationFacts(
  db: BookingDb,
  facts: readonly UnitOrganisationFacts[],
): Promise<UnitOrganisationSync> {
  const byId = new Map<string, UnitOrganisationFacts>();
  for (const unit of facts) if (!byId.has(unit.id)) byId.set(unit.id, unit);
  const listed = [...byId.values()];

  return db.transaction(async (tx) => {
    const keptAddress = sql`coalesce(directory.directory_street_address, ${units.streetAddress})`;
    const updated =
      listed.length === 0
        ? []
        : await tx
            .update(units)
            .set({
              nameFi: sql`directory.directory_name_fi`,
              nameSv: sql`directory.directory_name_sv`,
              nameEn: sql`directory.directory_name_en`,
              municipality: sql`directory.directory_municipality`,
              streetAddress: keptAddress,
            })
            .from(directoryValues(listed))
            .where(
              and(
                sql`${units.id} = directory.unit_id`,
                sql`(${units.nameFi}, ${units.nameSv}, ${units.nameEn}, ${units.municipality}, ${units.streetAddress})
                  is distinct from
                  (directory.directory_name_fi, directory.directory_name_sv, directory.directory_name_en,
                   directory.directory_municipality, ${keptAddress})`,
              ),
            )
            .returning({ id: units.id });
    const unlisted = await tx
      .select({ id: units.id })
      .from(units)
      .where(listed.length === 0 ? undefined : sql`not (${isAnyOf(units.id, [...byId.keys()])})`)
      .orderBy(asc(units.id));
    return {
      updatedIds: updated.map((row) => row.id).sort(),
      unlistedIds: unlisted.map((row) => row.id),
    };
  });
}
