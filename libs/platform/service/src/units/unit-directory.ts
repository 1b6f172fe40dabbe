// The county's unit directory (names in fi/sv/en and contact details of every unit), read from UNITS_URL:
// the dev identity provider in development, the region's organisation register in production. Units
// change rarely, so a copy is kept for a few minutes and fetched by one request at a time; when the
// directory fails, the last good copy keeps serving, and only a service that has never had one refuses.
import {
  type LocalizedText,
  type UnitDirectoryEntry,
  unitDirectoryResponseSchema,
} from '@asiointi/platform-contract';
import type { ServiceConfig } from '../config/service-config';
import { ServiceErrorCode } from '../http/error-envelope';
import { ApiError } from '../trpc/api-error';

export interface UnitDirectory {
  /** Every unit. Throws ApiError UNITS_UNAVAILABLE (503) when the directory was never read. */
  list(): Promise<readonly UnitDirectoryEntry[]>;
  /** The unit, or undefined when the directory has no such unit. Throws like list(). */
  get(id: string): Promise<UnitDirectoryEntry | undefined>;
  /** The unit's name in fi/sv/en, or undefined when the directory has no such unit. Throws like list(). */
  nameOf(id: string): Promise<LocalizedText | undefined>;
}

export interface UnitDirectoryOptions {
  /** How long a copy is used without asking again (default 5 minutes). */
  ttlMs?: number;
  /** After a failed refresh, how long the kept copy serves before the directory is asked again (default 30 s). */
  retryAfterFailureMs?: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

const fetchTimeoutMs = 5_000;

export const unitsUnavailable = (cause: unknown) =>
  new ApiError('SERVICE_UNAVAILABLE', ServiceErrorCode.unitsUnavailable, { cause });

interface DirectoryCopy {
  units: readonly UnitDirectoryEntry[];
  byId: ReadonlyMap<string, UnitDirectoryEntry>;
}

export function createUnitDirectory(
  config: Pick<ServiceConfig, 'unitsUrl'>,
  fetchImpl: typeof fetch = globalThis.fetch,
  { ttlMs = 5 * 60_000, retryAfterFailureMs = 30_000, now = Date.now }: UnitDirectoryOptions = {},
): UnitDirectory {
  let copy: DirectoryCopy | undefined;
  /** When the copy should next be refreshed. */
  let refreshAt = 0;
  let inFlight: Promise<DirectoryCopy> | undefined;
  /** While the directory was never read: the last failure, answered again until the retry time. */
  let failure: { error: unknown; until: number } | undefined;

  async function read(): Promise<DirectoryCopy> {
    const { unitsUrl } = config;
    if (!unitsUrl) throw unitsUnavailable(new Error('UNITS_URL is not configured'));
    let response: Response;
    try {
      response = await fetchImpl(unitsUrl, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(fetchTimeoutMs),
      });
    } catch {
      throw unitsUnavailable(new Error('The unit directory could not be reached'));
    }
    if (!response.ok) throw unitsUnavailable(new Error(`The unit directory answered ${response.status}`));
    const parsed = unitDirectoryResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw unitsUnavailable(new Error('The unit directory answered outside the contract'));
    const { units } = parsed.data;
    return { units, byId: new Map(units.map((unit) => [unit.id, unit])) };
  }

  /** Joins the refresh under way, or starts one. */
  function refresh(): Promise<DirectoryCopy> {
    inFlight ??= read()
      .then(
        (fresh) => {
          copy = fresh;
          failure = undefined;
          refreshAt = now() + ttlMs;
          return fresh;
        },
        (error: unknown) => {
          if (!copy) {
            // No copy to serve: refuse at once for a while, rather than make every request wait for a
            // directory that is down.
            failure = { error, until: now() + retryAfterFailureMs };
            throw error;
          }
          // The last good copy keeps serving; the directory is left alone for a while.
          refreshAt = now() + retryAfterFailureMs;
          return copy;
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  async function current(): Promise<DirectoryCopy> {
    if (copy && now() < refreshAt) return copy;
    if (!copy && failure && now() < failure.until) throw failure.error;
    return refresh();
  }

  return {
    list: async () => (await current()).units,
    get: async (id) => (await current()).byId.get(id),
    nameOf: async (id) => (await current()).byId.get(id)?.name,
  };
}
