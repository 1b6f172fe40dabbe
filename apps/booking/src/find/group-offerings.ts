import type { ServiceOffering } from '@asiointi/booking-contract';

export interface ServiceGroup {
  code: string;
  /** The first unit's offering: name, category and duration read from it. */
  first: ServiceOffering;
  offerings: ServiceOffering[];
}

/** The same service (by code) in several units becomes one group, in the order the service gave. */
export function groupOfferingsByService(offerings: readonly ServiceOffering[]): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const offering of offerings) {
    const group = groups.get(offering.service.code);
    if (group) group.offerings.push(offering);
    else
      groups.set(offering.service.code, {
        code: offering.service.code,
        first: offering,
        offerings: [offering],
      });
  }
  return [...groups.values()];
}
