// Filled in by the platform-time work (issue 8): Helsinki dates and times, working days, deadlines.
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';
