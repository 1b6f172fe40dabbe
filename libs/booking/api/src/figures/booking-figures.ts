// booking's answer to figures.list: per service of each unit asked, T3 as of now (its period is today); the
// care-guarantee and no-show shares of the visits whose time falls on the Helsinki days from–until and has
// begun; and the self-service share of the bookings made on those days. All units are computed together:
// one widening free-time search for T3 and one count per figure over the units' bookings.
import {
  countBookingsMade,
  countVisitOutcomes,
  findUnits,
  listAssessedVisits,
  listServiceTypesOfUnits,
  type AssessedVisit,
  type BookingDb,
  type BookingsMadeCount,
  type ServiceTypeRow,
  type VisitOutcomeCount,
} from '@asiointi/booking-data';
import {
  bookingFigureDescriptions,
  noShowRate,
  selfServiceShare,
  shareWithinCareGuarantee,
  type BookingFigureName,
  type Measured,
} from '@asiointi/booking-domain';
import { addCalendarDays, helsinkiDateOf, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';
import {
  measuredFigure,
  shareFigure,
  suppressIfSmall,
  type Figure,
  type FigureScope,
} from '@asiointi/platform-contract';
import type { ModuleFiguresQuery } from '@asiointi/platform-service';
import { t3ByServiceType } from './t3-by-service-type';

export interface BookingFiguresSettings {
  now: Date;
  /** Figures about persons' bookings resting on fewer than this many are suppressed. */
  suppressionThreshold: number;
}

const noFreeTimes: Measured = { value: null, n: 0 };

function groupByServiceType<T extends { serviceTypeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.serviceTypeId);
    if (group) group.push(row);
    else groups.set(row.serviceTypeId, [row]);
  }
  return groups;
}

/** Counted rows as the domain's figures take them: one entry per booking. */
function expandCounts<T extends { n: number }>(counts: readonly T[]): Omit<T, 'n'>[] {
  return counts.flatMap(({ n, ...entry }) => Array.from({ length: n }, () => entry));
}

export async function computeBookingFigures(
  db: BookingDb,
  query: ModuleFiguresQuery,
  settings: BookingFiguresSettings,
): Promise<Figure[]> {
  const { now, suppressionThreshold } = settings;
  const wanted = (name: BookingFigureName) =>
    !query.figureIds || query.figureIds.includes(bookingFigureDescriptions[name].id);
  const period = {
    unitIds: query.unitIds,
    from: startOfHelsinkiDay(query.from as PlainDate),
    until: startOfHelsinkiDay(addCalendarDays(query.until as PlainDate, 1)),
  };
  const [serviceTypes, units] = await Promise.all([
    listServiceTypesOfUnits(db, query.unitIds),
    findUnits(db, query.unitIds),
  ]);
  // Every figure names its unit, so a page or an export never shows a unit by its id.
  const unitNames = new Map(
    units.map((unit) => [unit.id, { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn }]),
  );
  const visitPeriod = { ...period, now };
  const [t3, outcomes, made, visits] = await Promise.all([
    wanted('t3') ? t3ByServiceType(db, serviceTypes, now) : undefined,
    wanted('noShowRate') ? countVisitOutcomes(db, visitPeriod) : ([] as VisitOutcomeCount[]),
    wanted('selfServiceShare') ? countBookingsMade(db, period) : ([] as BookingsMadeCount[]),
    wanted('careGuaranteeShare') ? listAssessedVisits(db, visitPeriod) : ([] as AssessedVisit[]),
  ]);
  const outcomesByType = groupByServiceType(outcomes);
  const madeByType = groupByServiceType(made);
  const visitsByType = groupByServiceType(visits);
  const computedAt = now.toISOString();
  const today = helsinkiDateOf(now);

  const figuresOf = (serviceType: ServiceTypeRow): Figure[] => {
    const scope = (from: string, until: string): FigureScope => ({
      period: { from, until },
      computedAt,
      dimensions: {
        unitId: serviceType.unitId,
        ...(unitNames.has(serviceType.unitId) ? { unitName: unitNames.get(serviceType.unitId) } : {}),
        service: {
          code: serviceType.code,
          name: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
        },
      },
    });
    const inPeriod = scope(query.from, query.until);
    const aboutPersons = (figure: Figure) => suppressIfSmall(figure, suppressionThreshold);
    const visitOutcomes = expandCounts(outcomesByType.get(serviceType.id) ?? []);
    const bookingsMade = expandCounts(madeByType.get(serviceType.id) ?? []);
    const rule = serviceType.careGuarantee;
    // Without a rule the service has no guarantee to meet: no visits to count.
    const cases = rule ? (visitsByType.get(serviceType.id) ?? []).map((visit) => ({ ...visit, rule })) : [];
    const figures: Figure[] = [];
    if (t3)
      figures.push(
        measuredFigure(
          bookingFigureDescriptions.t3,
          scope(today, today),
          t3.get(serviceType.id) ?? noFreeTimes,
        ),
      );
    if (wanted('careGuaranteeShare'))
      figures.push(
        aboutPersons(
          shareFigure(
            bookingFigureDescriptions.careGuaranteeShare,
            inPeriod,
            shareWithinCareGuarantee(cases),
          ),
        ),
      );
    if (wanted('noShowRate'))
      figures.push(
        aboutPersons(shareFigure(bookingFigureDescriptions.noShowRate, inPeriod, noShowRate(visitOutcomes))),
      );
    if (wanted('selfServiceShare'))
      figures.push(
        aboutPersons(
          shareFigure(bookingFigureDescriptions.selfServiceShare, inPeriod, selfServiceShare(bookingsMade)),
        ),
      );
    return figures;
  };

  // In the order the units were asked, each unit's services in code order (as listed).
  return query.unitIds.flatMap((unitId) =>
    serviceTypes.filter((serviceType) => serviceType.unitId === unitId).flatMap(figuresOf),
  );
}
