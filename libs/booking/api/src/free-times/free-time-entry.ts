import type { FreeTimeEntry } from '@asiointi/booking-contract';
import type { FoundFreeTime } from './find-free-times';

/** A found free time as the contract shows it: the appointment only, instants as ISO strings. */
export function toFreeTimeEntry(found: FoundFreeTime): FreeTimeEntry {
  return {
    serviceTypeId: found.serviceTypeId,
    unitId: found.unitId,
    resourceId: found.resourceId,
    resourceName: found.resourceName,
    start: found.start.toISOString(),
    end: found.end.toISOString(),
  };
}
