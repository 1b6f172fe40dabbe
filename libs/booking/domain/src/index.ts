export {
  bookingAccessOf,
  orderServicesForResidents,
  type BookingAccess,
} from './order-services-for-residents';
export { orderUnits } from './order-units';
export { nameCollator, type ResidentLanguage } from './resident-language';
export { channelOrder, channelsOffered, orderedChannels, servicesOfferedVia } from './service-channels';
export { resourceDisplayName, type ResourceNaming } from './resource-display-name';

// Schedules and free times.
export { rangesOverlap, type InstantRange } from './instant-range';
export type {
  BlockedPeriod,
  FreeTime,
  OccupiedRange,
  ScheduleException,
  ServiceTiming,
  WeeklyScheduleTemplate,
  Weekday,
} from './schedule-types';
export { templateInForce, workingPeriodsOfDay, type MinutePeriod } from './working-periods-of-day';
export { slotGridOfDay } from './slot-grid';
export { generateFreeTimes, type FreeTimeQuery } from './free-times';
export { horizonEnd, isWithinHorizon } from './horizon';

// Booking rules.
export { canReschedule, canResidentCancel, residentCutOff, type CutOffQuery } from './cancellation-rules';
export {
  validateRequestedTime,
  type RequestedTimeProblem,
  type RequestedTimeQuery,
  type RequestedTimeVerdict,
} from './requested-time';
export { reminderTimeFor, type ReminderQuery, type ReminderSchedule } from './reminder-time';
export {
  canUndoVisitMark,
  isVisitOver,
  statusesMarkableAs,
  visitMarkProblem,
  visitMarks,
  visitMarksAllowed,
  type UndoMarkQuery,
  type VisitMark,
  type VisitMarkProblem,
  type VisitMarkQuery,
} from './visit-marks';
export {
  appointmentTimeText,
  calendarTitleFor,
  reminderSubjectFor,
  reminderTextFor,
  type AppointmentTextQuery,
} from './reminder-text';
export { calendarFileFor, type CalendarFileEvent } from './calendar-file';
export { bookedForLine, bookingReferenceLine } from './booking-reference-text';

// Care guarantee and figures.
export {
  careGuaranteeLastDay,
  careGuaranteeLimitFor,
  isWithinCareGuarantee,
  type CareGuaranteeAgeRule,
  type CareGuaranteeCase,
  type CareGuaranteeRule,
} from './care-guarantee';
export type { Measured, ShareCounts } from './figure-counts';
export { bookingFigureDescriptions, type BookingFigureName } from './booking-figure-descriptions';
export { t3Days, type T3Query } from './t3';
export {
  noShowRate,
  selfServiceShare,
  shareWithinCareGuarantee,
  type BookedBy,
  type BookingStatus,
} from './booking-figures';
