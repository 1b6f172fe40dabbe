/** The staff area's path under the module, and its sections under a unit: /booking/staff/{unitId}/{section}. */
export const staffPath = 'staff';

export const staffSections = [
  'day-list',
  'schedules',
  'resources',
  'service-types',
  'rights',
  'figures',
] as const;
export type StaffSection = (typeof staffSections)[number];

/** Portal path of the staff area, of a unit in it, or of one of the unit's sections. */
export function staffHref(basePath: string, unitId?: string, section?: StaffSection): string {
  const parts = [basePath.replace(/\/+$/, ''), staffPath];
  if (unitId) parts.push(unitId);
  if (unitId && section) parts.push(section);
  return parts.join('/');
}
