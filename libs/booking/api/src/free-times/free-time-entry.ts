import type { FreeTimeEntry } from '@asiointi/booking-contract';
import { canResidentCancel, residentCutOff } from '@asiointi/booking-domain';
import type { FoundFreeTime } from './find-free-times';

/**
 * A found free time as the contract shows it: the appointment, instants as ISO strings, and whether a
 * booking of it could still be cancelled or moved online, by the same rule the cancel and move calls use.
 */
export function toFreeTimeEntry(
  found: FoundFreeTime,
  serviceType: { cancellationCutOffHours: number },
  now: Date,
): FreeTimeEntry {
  const cutOffHours = serviceType.cancellationCutOffHours;
  return {
    serviceTypeId: found.serviceTypeId,
    unitId: found.unitId,
    resourceId: found.resourceId,
    resourceName: found.resourceName,
    start: found.start.toISOString(),
    end: found.end.toISOString(),
    changeableUntil: residentCutOff(found.start, cutOffHours).toISOString(),
    changeableOnline: canResidentCancel({ start: found.start, now, cutOffHours }),
  };
}
