import type { ScheduleInputs } from '@asiointi/booking-data';

/**
 * Schedule inputs split by resource, so that each service type's free-time generation gets only its own
 * resources' rows: a region-wide search loads tens of thousands of bookings once, not once per type.
 */
export class ScheduleInputsByResource {
  private readonly byResource = new Map<string, ScheduleInputs>();

  constructor(inputs: ScheduleInputs) {
    for (const template of inputs.templates) this.of(template.resourceId).templates.push(template);
    for (const exception of inputs.exceptions) this.of(exception.resourceId).exceptions.push(exception);
    for (const blocked of inputs.blocked) this.of(blocked.resourceId).blocked.push(blocked);
    for (const occupied of inputs.occupied) this.of(occupied.resourceId).occupied.push(occupied);
  }

  /** The inputs of these resources together (resources without a template get no free times anyway). */
  forResources(resourceIds: Iterable<string>): ScheduleInputs {
    const selected: ScheduleInputs = { templates: [], exceptions: [], blocked: [], occupied: [] };
    for (const resourceId of resourceIds) {
      const inputs = this.byResource.get(resourceId);
      if (!inputs || inputs.templates.length === 0) continue;
      selected.templates.push(...inputs.templates);
      selected.exceptions.push(...inputs.exceptions);
      selected.blocked.push(...inputs.blocked);
      selected.occupied.push(...inputs.occupied);
    }
    return selected;
  }

  private of(resourceId: string): ScheduleInputs {
    let inputs = this.byResource.get(resourceId);
    if (!inputs) {
      inputs = { templates: [], exceptions: [], blocked: [], occupied: [] };
      this.byResource.set(resourceId, inputs);
    }
    return inputs;
  }
}
