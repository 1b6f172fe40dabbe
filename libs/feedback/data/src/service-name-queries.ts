// Service names by code, as the producing module last named them: remembered when an event brings them,
// read when a report lists services.
import type { LocalizedText } from '@asiointi/platform-contract';
import { inArray, sql } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { serviceNames } from './schema';

type FeedbackExecutor = FeedbackDb | Parameters<Parameters<FeedbackDb['transaction']>[0]>[0];

/** Keeps the latest name the producer gave the service. */
export async function rememberServiceName(
  tx: FeedbackExecutor,
  serviceCode: string,
  name: LocalizedText,
): Promise<void> {
  await tx
    .insert(serviceNames)
    .values({ serviceCode, nameFi: name.fi, nameSv: name.sv, nameEn: name.en })
    .onConflictDoUpdate({
      target: serviceNames.serviceCode,
      set: { nameFi: name.fi, nameSv: name.sv, nameEn: name.en, updatedAt: sql`now()` },
    });
}

/** The names of the given services; a code no event has named is absent. */
export async function serviceNamesOf(
  db: FeedbackExecutor,
  serviceCodes: readonly string[],
): Promise<Map<string, LocalizedText>> {
  if (serviceCodes.length === 0) return new Map();
  const rows = await db
    .select()
    .from(serviceNames)
    .where(inArray(serviceNames.serviceCode, [...serviceCodes]));
  return new Map(rows.map((row) => [row.serviceCode, { fi: row.nameFi, sv: row.nameSv, en: row.nameEn }]));
}
