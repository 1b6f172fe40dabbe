// Rows as staff see them: the full service type, resources and schedule entries.
import type {
  BlockedTime,
  BookingRight,
  ListedResource,
  ScheduleExceptionEntry,
  ScheduleTemplate,
  ServiceType,
} from '@asiointi/booking-contract';
import { skillSchema, type Skill } from '@asiointi/booking-contract';
import { resourceDisplayName } from '@asiointi/booking-domain';
import type {
  BlockedTimeRow,
  BookingRightRow,
  ResourceRow,
  ScheduleExceptionRow,
  ScheduleTemplateRow,
  ServiceTypeRow,
} from '@asiointi/booking-data';
import { toBookableService } from './to-contract';

export function toServiceType(row: ServiceTypeRow): ServiceType {
  return {
    ...toBookableService(row),
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    requiredSkill: skillSchema.catch('general').parse(row.requiredSkill),
    careGuarantee: row.careGuarantee ?? null,
  };
}

function isManagedSkill(skill: string): skill is Skill {
  return skillSchema.safeParse(skill).success;
}

export function toResource(row: ResourceRow): ListedResource {
  const { titleFi, titleSv, titleEn } = row;
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind,
    title:
      titleFi !== null && titleSv !== null && titleEn !== null
        ? { fi: titleFi, sv: titleSv, en: titleEn }
        : null,
    name: row.name,
    displayName: resourceDisplayName(row),
    // Skills outside today's managed list (stored before it existed) are not offered back to the form.
    skills: row.skills.filter(isManagedSkill),
    languages: row.languages,
    active: row.active,
  };
}

export function toScheduleTemplate(row: ScheduleTemplateRow): ScheduleTemplate {
  return {
    id: row.id,
    resourceId: row.resourceId,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    workingPeriods: row.workingPeriods,
  };
}

export function toScheduleException(row: ScheduleExceptionRow): ScheduleExceptionEntry {
  const base = { id: row.id, resourceId: row.resourceId, date: row.date };
  return row.kind === 'absence'
    ? { ...base, kind: 'absence', period: row.periods?.[0] ?? null }
    : { ...base, kind: 'extraOpening', periods: row.periods ?? null };
}

export function toBlockedTime(row: BlockedTimeRow): BlockedTime {
  return {
    id: row.id,
    resourceId: row.resourceId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
  };
}

export function toBookingRight(
  row: BookingRightRow,
  service: { nameFi: string; nameSv: string; nameEn: string } | null,
): BookingRight {
  return {
    id: row.id,
    source: row.source,
    serviceCode: row.serviceCode,
    serviceName: service ? { fi: service.nameFi, sv: service.nameSv, en: service.nameEn } : null,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    usesAllowed: row.usesAllowed,
    usesLeft: row.usesAllowed - row.usesCount,
  };
}
