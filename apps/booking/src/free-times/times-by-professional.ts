import type { FreeTimeEntry } from '@asiointi/booking-contract';

export interface ProfessionalTimes {
  resourceId: string;
  resourceName: FreeTimeEntry['resourceName'];
  times: FreeTimeEntry[];
}

/** A day's times by professional (the name once per group), in the order of each one's first time. */
export function timesByProfessional(times: readonly FreeTimeEntry[]): ProfessionalTimes[] {
  const groups = new Map<string, ProfessionalTimes>();
  for (const time of times) {
    const group = groups.get(time.resourceId);
    if (group) group.times.push(time);
    else
      groups.set(time.resourceId, {
        resourceId: time.resourceId,
        resourceName: time.resourceName,
        times: [time],
      });
  }
  return [...groups.values()];
}
