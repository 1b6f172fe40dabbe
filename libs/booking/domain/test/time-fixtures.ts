// The Helsinki time fixtures live with the time library; booking's tests add what only they need.
export { at, day, helsinkiWallClock } from '@asiointi/platform-time/testing';

export const iso = (date: Date | undefined): string | undefined => date?.toISOString();
