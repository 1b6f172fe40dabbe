import type { LocalizedText, ServiceLanguage } from '@asiointi/booking-contract';
import {
  findQualifiedResources,
  loadScheduleInputs,
  type BookingDb,
  type QualifiedResource,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import { generateFreeTimes, horizonEnd, resourceDisplayName } from '@asiointi/booking-domain';
import { ScheduleInputsByResource } from './schedule-inputs-by-resource';

const MINUTE_MS = 60_000;

export interface FreeTimeSourcesQuery {
  /** May span many units; each type's free times come from its own unit's qualified resources. */
  serviceTypes: readonly ServiceTypeRow[];
  /** Free times starting in [from, until) (and not before now) are returned. */
  from: Date;
  until: Date;
  now: Date;
  /** Only resources speaking it. */
  language?: ServiceLanguage;
  /** Restrict to these resources. */
  resourceIds?: readonly string[];
  /** Resources already known to give the service types (a booking's checked target): no query for them. */
  qualified?: readonly QualifiedResource[];
}

/** A service type's window within the search, already cut at now and at its horizon. */
export interface ServiceTypeWindow {
  serviceType: ServiceTypeRow;
  from: Date;
  until: Date;
}

export interface FoundFreeTime {
  serviceTypeId: string;
  unitId: string;
  resourceId: string;
  resourceName: LocalizedText;
  start: Date;
  end: Date;
  /** The appointment widened by the service type's buffers: what a booking of this time occupies. */
  occupied: { start: Date; end: Date };
}

/**
 * Everything free times of the search are generated from, loaded once: the qualified resources and their
 * schedules and bookings, two statements read at the same time (one when the resource is known already),
 * so the number of round trips does not grow with units or resources.
 */
export class FreeTimeSources {
  private constructor(
    readonly windows: readonly ServiceTypeWindow[],
    private readonly resourcesOf: ReadonlyMap<string, ReadonlyMap<string, QualifiedResource>>,
    private readonly inputs: ScheduleInputsByResource,
    private readonly now: Date,
  ) {}

  static async load(db: BookingDb, query: FreeTimeSourcesQuery): Promise<FreeTimeSources> {
    const earliest = Math.max(query.from.getTime(), query.now.getTime());
    const windows: ServiceTypeWindow[] = [];
    for (const serviceType of query.serviceTypes) {
      const until = Math.min(
        query.until.getTime(),
        horizonEnd(query.now, serviceType.bookingHorizonDays).getTime(),
      );
      if (earliest < until) windows.push({ serviceType, from: new Date(earliest), until: new Date(until) });
    }
    if (windows.length === 0) {
      return new FreeTimeSources([], new Map(), new ScheduleInputsByResource(emptyInputs()), query.now);
    }
    // One load covers every type: from the earliest buffer before to the latest end after.
    const loadFrom = Math.min(
      ...windows.map((w) => w.from.getTime() - w.serviceType.bufferBeforeMinutes * MINUTE_MS),
    );
    const loadUntil = Math.max(
      ...windows.map(
        (w) =>
          w.until.getTime() + (w.serviceType.durationMinutes + w.serviceType.bufferAfterMinutes) * MINUTE_MS,
      ),
    );
    const range = { from: new Date(loadFrom), until: new Date(loadUntil) };
    const givers = {
      serviceTypeIds: windows.map((window) => window.serviceType.id),
      language: query.language,
      resourceIds: query.resourceIds,
    };
    // Who gives the services and their schedules are read at the same time (two statements, one wait).
    const [qualified, inputs] = query.qualified
      ? [
          query.qualified,
          await loadScheduleInputs(db, {
            resources: [...new Set(query.qualified.map((resource) => resource.resourceId))],
            ...range,
          }),
        ]
      : await Promise.all([
          findQualifiedResources(db, givers),
          loadScheduleInputs(db, { resources: givers, ...range }),
        ]);
    const resourcesOf = new Map<string, Map<string, QualifiedResource>>();
    for (const resource of qualified) {
      const resources = resourcesOf.get(resource.serviceTypeId) ?? new Map<string, QualifiedResource>();
      resources.set(resource.resourceId, resource);
      resourcesOf.set(resource.serviceTypeId, resources);
    }
    const served = windows.filter((window) => resourcesOf.has(window.serviceType.id));
    return new FreeTimeSources(served, resourcesOf, new ScheduleInputsByResource(inputs), query.now);
  }

  /**
   * A service type's free times in its window, sorted by start, then resource; with maxPerResource only
   * each resource's earliest that many (the earliest few of the type are among them).
   */
  generate(window: ServiceTypeWindow, maxPerResource?: number): FoundFreeTime[] {
    const { serviceType } = window;
    const resources = this.resourcesOf.get(serviceType.id);
    if (!resources) return [];
    const own = this.inputs.forResources(resources.keys());
    if (own.templates.length === 0) return [];
    return generateFreeTimes({
      templates: own.templates,
      exceptions: own.exceptions,
      blocked: own.blocked,
      existingBookings: own.occupied,
      serviceType,
      from: window.from,
      until: window.until,
      now: this.now,
      horizonDays: serviceType.bookingHorizonDays,
      maxPerResource,
    }).map((freeTime) => {
      const resource = resources.get(freeTime.resourceId)!;
      return {
        serviceTypeId: serviceType.id,
        unitId: resource.unitId,
        resourceId: resource.resourceId,
        resourceName: resourceDisplayName(resource),
        start: freeTime.start,
        end: freeTime.end,
        occupied: freeTime.occupied,
      };
    });
  }
}

function emptyInputs() {
  return { templates: [], exceptions: [], blocked: [], occupied: [] };
}

/** By start, then resource, then service type: the order every free-time list is given in. */
export function byStartThenResource(a: FoundFreeTime, b: FoundFreeTime): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    compareText(a.resourceId, b.resourceId) ||
    compareText(a.serviceTypeId, b.serviceTypeId)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
