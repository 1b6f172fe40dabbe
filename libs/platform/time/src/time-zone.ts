/**
 * Schedules, deadlines, ages and everything the portal shows are read on the Finnish wall clock, whatever
 * the server's or the device's zone. The one name of that zone in the code base.
 */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';
