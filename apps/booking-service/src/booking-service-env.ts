// What the booking service reads from the environment besides every module service's variables.
// UNIT_SYNC_INTERVAL_MINUTES: how often booking's copy of unit names follows the unit directory (UNITS_URL).
import { ServiceConfigError } from '@asiointi/platform-service';
import { z } from 'zod';

export interface BookingServiceEnv {
  /** Absent: the worker's default (10 minutes). */
  unitSyncIntervalMs: number | undefined;
}

/** A minute at least, so a typo cannot hammer the directory; a day at most, so renames still arrive. */
const minutesSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/** Throws ServiceConfigError naming the variable (the value is not echoed). */
export function readBookingServiceEnv(env: Record<string, string | undefined>): BookingServiceEnv {
  const raw = env.UNIT_SYNC_INTERVAL_MINUTES?.trim();
  if (!raw) return { unitSyncIntervalMs: undefined };
  const parsed = minutesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ServiceConfigError(
      'Invalid service configuration: UNIT_SYNC_INTERVAL_MINUTES: must be whole minutes from 1 to 1440',
    );
  }
  return { unitSyncIntervalMs: parsed.data * 60_000 };
}
