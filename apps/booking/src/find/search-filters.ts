import {
  serviceCategorySchema,
  serviceChannelSchema,
  serviceCodeSchema,
  serviceLanguageSchema,
  unitIdSchema,
  type SearchServicesInput,
} from '@asiointi/booking-contract';

/** The find page's choices, kept in the URL so that reload, back and a shared link show the same. */
export interface SearchFilters extends SearchServicesInput {
  /** The service (by code) whose first free times are shown. */
  service?: string;
}

export const filterNames = ['category', 'municipality', 'unitId', 'language', 'channel', 'service'] as const;
export type FilterName = (typeof filterNames)[number];

// A value the contract would refuse is dropped, not sent: a hand-edited URL shows all services.
const parsers: Record<FilterName, (value: string) => string | undefined> = {
  category: (value) => serviceCategorySchema.safeParse(value).data,
  municipality: (value) => (value.length >= 1 && value.length <= 100 ? value : undefined),
  unitId: (value) => unitIdSchema.safeParse(value).data,
  language: (value) => serviceLanguageSchema.safeParse(value).data,
  channel: (value) => serviceChannelSchema.safeParse(value).data,
  service: (value) => serviceCodeSchema.safeParse(value).data,
};

export function filtersFromSearch(search: URLSearchParams): SearchFilters {
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const raw = search.get(name);
    const value = raw === null ? undefined : parsers[name](raw);
    if (value !== undefined) filters[name] = value;
  }
  return filters as SearchFilters;
}

export function searchFromFilters(filters: SearchFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value !== undefined) search.set(name, value);
  }
  return search;
}

/** What `catalogue.search` gets: the filters without the chosen service. */
export function catalogueInput({ service: _service, ...input }: SearchFilters): SearchServicesInput {
  return input;
}
