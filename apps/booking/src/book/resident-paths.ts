/** The resident's pages under the module's base path; route patterns and the links to them. */
export const residentRoutes = {
  find: 'find',
  book: 'book/:serviceTypeId',
  booked: 'booked/:bookingId',
  myBookings: 'my-bookings',
  reschedule: 'my-bookings/:bookingId/reschedule',
  /** The reminder SMS links to {portal}/booking/cancel/<token>: keep it stable. */
  reminderLink: 'cancel/:token',
} as const;

function under(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path}`;
}

/** A chosen free time carried in the URL, so a sign-in in the middle of booking returns to it. */
export interface ChosenTimeParams {
  week?: string;
  start?: string;
  resourceId?: string;
  channel?: string;
  language?: string;
}

export const residentHrefs = {
  find: (basePath: string, search = '') => under(basePath, `find${search}`),
  book: (basePath: string, serviceTypeId: string, params: ChosenTimeParams = {}) => {
    const search = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ).toString();
    return under(basePath, `book/${encodeURIComponent(serviceTypeId)}${search ? `?${search}` : ''}`);
  },
  booked: (basePath: string, bookingId: string) => under(basePath, `booked/${encodeURIComponent(bookingId)}`),
  myBookings: (basePath: string) => under(basePath, 'my-bookings'),
  reschedule: (basePath: string, bookingId: string) =>
    under(basePath, `my-bookings/${encodeURIComponent(bookingId)}/reschedule`),
};
