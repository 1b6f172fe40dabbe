// A unit's figures per service type: T3 as of now, and the care guarantee, no-shows and self-service over
// the bookings whose appointment falls on the Helsinki days from–until.
import type { ServiceFigures } from '@asiointi/booking-contract';
import {
  countBookingOutcomes,
  listAssessedVisits,
  listServiceTypesOfUnit,
  type BookingDb,
  type BookingOutcomeCount,
} from '@asiointi/booking-data';
import { noShowRate, selfServiceShare, shareWithinCareGuarantee, t3Days } from '@asiointi/booking-domain';
import { addCalendarDays, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';
import { toFigureValue } from './figure-value';
import { t3ByServiceType } from './t3-by-service-type';

export interface UnitFiguresQuery {
  unitId: string;
  /** Helsinki calendar days, both inclusive. */
  from: string;
  until: string;
  now: Date;
}

/** The counted bookings as the domain's figures take them (one entry per booking, few fields). */
function expandCounts(counts: readonly BookingOutcomeCount[]) {
  return counts.flatMap((count) =>
    Array.from({ length: count.n }, () => ({ status: count.status, bookedBy: count.bookedBy })),
  );
}

export async function computeUnitFigures(db: BookingDb, query: UnitFiguresQuery): Promise<ServiceFigures[]> {
  const period = {
    unitId: query.unitId,
    from: startOfHelsinkiDay(query.from as PlainDate),
    until: startOfHelsinkiDay(addCalendarDays(query.until as PlainDate, 1)),
  };
  const serviceTypes = await listServiceTypesOfUnit(db, query.unitId);
  const [t3, outcomes, visits] = await Promise.all([
    t3ByServiceType(db, serviceTypes, query.now),
    countBookingOutcomes(db, period),
    listAssessedVisits(db, period),
  ]);

  return serviceTypes.map((serviceType) => {
    const bookings = expandCounts(outcomes.filter((count) => count.serviceTypeId === serviceType.id));
    const rule = serviceType.careGuarantee;
    // Without a rule the service has no guarantee to meet: no visits to count.
    const cases = rule
      ? visits
          .filter((visit) => visit.serviceTypeId === serviceType.id)
          .map((visit) => ({ needAssessedAt: visit.needAssessedAt, visitAt: visit.visitAt, rule }))
      : [];
    return {
      service: {
        id: serviceType.id,
        code: serviceType.code,
        name: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
      },
      t3Days: toFigureValue(t3.get(serviceType.id) ?? t3Days({ now: query.now, freeTimes: [] })),
      withinCareGuarantee: toFigureValue(shareWithinCareGuarantee(cases)),
      noShowRate: toFigureValue(noShowRate(bookings)),
      selfServiceShare: toFigureValue(selfServiceShare(bookings)),
    };
  });
}
