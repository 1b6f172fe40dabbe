// T3 of every service in several units with one widening search over all of them: a region's free times
// for a day or two are one load and one generation, where unit by unit they are as many.
import type { UnitT3 } from '@asiointi/booking-contract';
import { listServiceTypesOfUnits, type BookingDb } from '@asiointi/booking-data';
import { t3Days } from '@asiointi/booking-domain';
import { toFigureValue } from './figure-value';
import { t3ByServiceType } from './t3-by-service-type';

export async function computeUnitsT3(
  db: BookingDb,
  query: { unitIds: readonly string[]; now: Date },
): Promise<UnitT3[]> {
  const serviceTypes = await listServiceTypesOfUnits(db, query.unitIds);
  const t3 = await t3ByServiceType(db, serviceTypes, query.now);
  return query.unitIds.map((unitId) => ({
    unitId,
    services: serviceTypes
      .filter((serviceType) => serviceType.unitId === unitId)
      .map((serviceType) => ({
        service: {
          id: serviceType.id,
          code: serviceType.code,
          name: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
        },
        t3Days: toFigureValue(t3.get(serviceType.id) ?? t3Days({ now: query.now, freeTimes: [] })),
      })),
  }));
}
