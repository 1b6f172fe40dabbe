import {
  serviceLanguageSchema,
  type SearchServicesInput,
  type ServiceChannel,
  type ServiceLanguage,
} from '@asiointi/booking-contract';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { isAnyOf } from './uuid-array';
import { resources, serviceTypes, units, type ServiceTypeRow, type UnitRow } from './schema';

/** A service type with the unit that gives it. */
export interface ServiceTypeWithUnit {
  service: ServiceTypeRow;
  unit: UnitRow;
}

/** One service as offered in one unit, with the languages its qualified resources speak. */
export interface ServiceOfferingRow extends ServiceTypeWithUnit {
  languages: ServiceLanguage[];
}

/** An active resource of a service type's unit whose skills include the type's required skill. */
export interface QualifiedResource {
  serviceTypeId: string;
  resourceId: string;
  unitId: string;
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  name: string;
  languages: ServiceLanguage[];
}

export interface QualifiedResourcesQuery {
  serviceTypeIds: readonly string[];
  /** Only resources that speak it. */
  language?: ServiceLanguage;
  /** Only these resources. */
  resourceIds?: readonly string[];
}

// "Gives the service": the rule lives here once, for the catalogue, the free times and their filters.
export const resourceGivesService = sql`${resources.unitId} = ${serviceTypes.unitId} and ${resources.active} and ${resources.skills} @> array[${serviceTypes.requiredSkill}]`;

function qualifiedResourcesFilter(query: QualifiedResourcesQuery): SQL | undefined {
  return and(
    isAnyOf(serviceTypes.id, query.serviceTypeIds),
    query.language === undefined ? undefined : sql`${query.language}::text = any(${resources.languages})`,
    query.resourceIds === undefined ? undefined : isAnyOf(resources.id, query.resourceIds),
  );
}

/**
 * The ids of the resources findQualifiedResources finds, as an array expression for another statement
 * (`= any(array(...))` is evaluated once, so the outer statement still scans its index per resource).
 */
export function qualifiedResourceIdsArray(query: QualifiedResourcesQuery): SQL {
  return sql`array(select distinct ${resources.id} from ${serviceTypes} inner join ${resources} on ${resourceGivesService} where ${qualifiedResourcesFilter(query)})`;
}

/**
 * The resources that give each of the service types, one row per (service type, resource): a resource with
 * the skills of several types appears once for each. One query for any number of types.
 */
export async function findQualifiedResources(
  db: BookingDb,
  query: QualifiedResourcesQuery,
): Promise<QualifiedResource[]> {
  if (query.serviceTypeIds.length === 0 || query.resourceIds?.length === 0) return [];
  return db
    .select({
      serviceTypeId: serviceTypes.id,
      resourceId: resources.id,
      unitId: resources.unitId,
      titleFi: resources.titleFi,
      titleSv: resources.titleSv,
      titleEn: resources.titleEn,
      name: resources.name,
      languages: resources.languages,
    })
    .from(serviceTypes)
    .innerJoin(resources, resourceGivesService)
    .where(qualifiedResourcesFilter(query))
    .orderBy(asc(serviceTypes.id), asc(resources.id));
}

/**
 * The catalogue: services with their units, filtered by category, municipality, unit, channel and language
 * (some qualified resource speaks it). A service nobody gives yet is still listed, with no languages, unless
 * a language is asked for. Ordered by municipality, unit and code; residents' order is the API's business.
 */
export async function searchServiceOfferings(
  db: BookingDb,
  filters: SearchServicesInput,
): Promise<ServiceOfferingRow[]> {
  const languages = sql<ServiceLanguage[]>`coalesce((
      select array_agg(distinct spoken.language)
      from ${resources} cross join lateral unnest(${resources.languages}) as spoken(language)
      where ${resourceGivesService}
    ), '{}'::text[])`.mapWith(resources.languages);
  const rows = await db
    .select({ service: serviceTypes, unit: units, languages })
    .from(serviceTypes)
    .innerJoin(units, eq(units.id, serviceTypes.unitId))
    .where(
      and(
        filters.category === undefined ? undefined : eq(serviceTypes.category, filters.category),
        filters.municipality === undefined ? undefined : eq(units.municipality, filters.municipality),
        filters.unitId === undefined ? undefined : eq(serviceTypes.unitId, filters.unitId),
        channelFilter(filters.channel),
        filters.language === undefined
          ? undefined
          : sql`exists (select 1 from ${resources} where ${resourceGivesService} and ${filters.language}::text = any(${resources.languages}))`,
      ),
    )
    .orderBy(asc(units.municipality), asc(units.nameFi), asc(units.id), asc(serviceTypes.code));
  return rows.map((row) => ({ ...row, languages: inLanguageOrder(row.languages) }));
}

export interface ServiceTypesByCodeQuery {
  code: string;
  municipality?: string;
  unitId?: string;
  /** Only service types offered through this channel. */
  channel?: ServiceChannel;
}

/** The same service (by code) in every unit that gives it, optionally within a municipality or one unit. */
export function listServiceTypesByCode(
  db: BookingDb,
  query: ServiceTypesByCodeQuery,
): Promise<ServiceTypeWithUnit[]> {
  return db
    .select({ service: serviceTypes, unit: units })
    .from(serviceTypes)
    .innerJoin(units, eq(units.id, serviceTypes.unitId))
    .where(
      and(
        eq(serviceTypes.code, query.code),
        query.municipality === undefined ? undefined : eq(units.municipality, query.municipality),
        query.unitId === undefined ? undefined : eq(serviceTypes.unitId, query.unitId),
        channelFilter(query.channel),
      ),
    )
    .orderBy(asc(units.municipality), asc(units.nameFi), asc(units.id));
}

/** A service type and its unit in one query; undefined when there is no such service type. */
export async function findServiceTypeWithUnit(
  db: BookingDb,
  serviceTypeId: string,
): Promise<ServiceTypeWithUnit | undefined> {
  const [row] = await db
    .select({ service: serviceTypes, unit: units })
    .from(serviceTypes)
    .innerJoin(units, eq(units.id, serviceTypes.unitId))
    .where(eq(serviceTypes.id, serviceTypeId));
  return row;
}

function channelFilter(channel: ServiceChannel | undefined): SQL | undefined {
  return channel === undefined ? undefined : sql`${channel}::text = any(${serviceTypes.channels})`;
}

function inLanguageOrder(languages: readonly ServiceLanguage[]): ServiceLanguage[] {
  return serviceLanguageSchema.options.filter((language) => languages.includes(language));
}
