/**
 * Keys of the figures' definitions; the UI translates each into the sentence shown next to the figure
 * ("every figure shows its definition").
 */
export type FigureDefinition =
  | 'booking.t3.daysToThirdNextFreeTime'
  | 'booking.careGuarantee.shareOfVisitsWithinLimit'
  | 'booking.noShow.noShowsPerAttendedAndNoShows'
  | 'booking.selfService.shareOfBookingsMadeByResidents';

/** A computed figure: value undefined when there is nothing to compute it from; n is what it rests on. */
export interface Figure {
  value: number | undefined;
  n: number;
  definition: FigureDefinition;
}
