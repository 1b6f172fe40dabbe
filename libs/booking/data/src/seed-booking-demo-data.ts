import { count, sql } from 'drizzle-orm';
import { hashBookingRightCode } from './booking-right-code';
import type { BookingDb } from './booking-database';
import {
  demoInvitation,
  demoResources,
  demoScheduleTemplates,
  demoServicesByUnit,
  demoUnits,
} from './demo-data';
import { bookingRights, resources, scheduleTemplates, serviceTypes, units } from './schema';

export interface SeedResult {
  /** False when the tables already held data and were left alone. */
  seeded: boolean;
}

/**
 * Fills empty booking tables with demo units, services, resources with their weekly schedules and one
 * invitation code (stored as its hash); leaves tables that hold anything alone, so every start may call it.
 * Opens its own transaction: do not call it inside one (PGlite would hang).
 */
export function seedBookingDemoData(db: BookingDb): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    // Replicas starting together on one server would otherwise both find the tables empty.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('asiointi:seed:booking'))`);
    const [existing] = await tx.select({ units: count() }).from(units);
    if ((existing?.units ?? 0) > 0) return { seeded: false };

    await tx.insert(units).values(demoUnits);
    await tx
      .insert(serviceTypes)
      .values(
        demoUnits.flatMap((unit) =>
          (demoServicesByUnit[unit.id] ?? []).map((service) => ({ ...service, unitId: unit.id })),
        ),
      );
    await tx.insert(resources).values(demoResources);
    await tx.insert(scheduleTemplates).values(demoScheduleTemplates);
    const { code, ...invitation } = demoInvitation;
    await tx
      .insert(bookingRights)
      .values({ ...invitation, source: 'invitation', codeHash: hashBookingRightCode(code) });
    return { seeded: true };
  });
}
