/** Codes after which the chosen time cannot be had: back to the week, with fresh free times. */
export const timeGoneCodes: ReadonlySet<string> = new Set([
  'TIME_TAKEN',
  'NOT_A_FREE_TIME',
  'TIME_IN_PAST',
  'TIME_TOO_SOON',
  'OUTSIDE_BOOKING_HORIZON',
]);
