import type { UnitDirectory } from '@asiointi/platform-service';

/** One request per booking: the key both the request and its notification are found by. */
export const bookingRequestKey = (bookingId: string) => `booking:${bookingId}`;

/**
 * The unit's name for the message, or undefined when the directory cannot say (the message then names no
 * unit rather than the event waiting for the directory).
 */
export async function unitNameForMessage(
  units: UnitDirectory,
  unitId: string,
  language: 'fi' | 'sv' | 'en',
): Promise<string | undefined> {
  try {
    return (await units.nameOf(unitId))?.[language];
  } catch {
    return undefined;
  }
}
