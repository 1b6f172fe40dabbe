// Rights to book services that need one: granted to a person after a need assessment, or printed as
// invitation codes (stored only as hashes) that bind to the first person who books with them.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { bookingRights, serviceTypes, type BookingRightRow, type ServiceTypeRow } from './schema';

export interface BookingRightTerms {
  unitId: string;
  serviceCode: string;
  validFrom: string;
  validUntil: string;
  usesAllowed: number;
  grantedBySubject: string;
}

/** The unit's service type with this code, or undefined. */
export async function findServiceTypeOfUnitByCode(
  db: BookingDb,
  unitId: string,
  code: string,
): Promise<ServiceTypeRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceTypes)
    .where(and(eq(serviceTypes.unitId, unitId), eq(serviceTypes.code, code)));
  return row;
}

/** A right for one person after a need assessment; the assessment time starts the care-guarantee clock. */
export async function insertAssessedBookingRight(
  db: BookingDb,
  right: BookingRightTerms & { id: string; personSubject: string; needAssessedAt: Date },
): Promise<BookingRightRow> {
  const [row] = await db
    .insert(bookingRights)
    .values({ ...right, source: 'assessment' })
    .returning();
  return row!;
}

/**
 * Stores invitation rights by their code hashes; returns the hashes that were stored. A hash already in
 * use (a code drawn twice, some 2^-59 likely) is skipped rather than failing the batch: draw another.
 */
export async function insertInvitationBookingRights(
  db: BookingDb,
  terms: BookingRightTerms,
  codeHashes: readonly string[],
): Promise<Set<string>> {
  if (codeHashes.length === 0) return new Set();
  const stored = await db
    .insert(bookingRights)
    .values(codeHashes.map((codeHash) => ({ ...terms, codeHash, source: 'invitation' as const })))
    .onConflictDoNothing({ target: bookingRights.codeHash })
    .returning({ codeHash: bookingRights.codeHash });
  return new Set(stored.flatMap((row) => (row.codeHash ? [row.codeHash] : [])));
}

export interface PersonBookingRightRow {
  right: BookingRightRow;
  /** The service type of that code in the right's unit; null when the unit no longer has it. */
  service: Pick<ServiceTypeRow, 'nameFi' | 'nameSv' | 'nameEn'> | null;
}

/** The person's rights that are still usable: not expired on the Helsinki day `today`, uses left. */
export async function listUsableBookingRightsOfPerson(
  db: BookingDb,
  query: { personSubject: string; today: string },
): Promise<PersonBookingRightRow[]> {
  return db
    .select({
      right: bookingRights,
      service: { nameFi: serviceTypes.nameFi, nameSv: serviceTypes.nameSv, nameEn: serviceTypes.nameEn },
    })
    .from(bookingRights)
    .leftJoin(
      serviceTypes,
      and(eq(serviceTypes.unitId, bookingRights.unitId), eq(serviceTypes.code, bookingRights.serviceCode)),
    )
    .where(
      and(
        eq(bookingRights.personSubject, query.personSubject),
        gte(bookingRights.validUntil, query.today),
        lt(bookingRights.usesCount, bookingRights.usesAllowed),
      ),
    )
    .orderBy(asc(bookingRights.validUntil), asc(bookingRights.id));
}
