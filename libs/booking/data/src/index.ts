export {
  bookingDatabaseDefinition,
  bookingMigrationsFolder,
  openBookingDatabase,
  type BookingDatabase,
  type BookingDb,
  type BookingTables,
  type OpenBookingDatabaseOptions,
} from './booking-database';
export { demoInvitation, demoResourceIds, demoScheduleTemplateIdOf, demoUnitIds } from './demo-data';
export {
  findQualifiedResources,
  findServiceTypeWithUnit,
  listServiceTypesByCode,
  searchServiceOfferings,
  type QualifiedResource,
  type QualifiedResourcesQuery,
  type ServiceOfferingRow,
  type ServiceTypesByCodeQuery,
  type ServiceTypeWithUnit,
} from './catalogue-queries';
export { loadScheduleInputs, type ScheduleInputs, type ScheduleInputsQuery } from './schedule-inputs-queries';
export { findUnits, listServicesOfUnit, listUnits } from './queries';
export { updateUnitContact, type UnitContactValues } from './unit-queries';
export {
  syncUnitOrganisationFacts,
  type UnitOrganisationFacts,
  type UnitOrganisationSync,
} from './unit-organisation-queries';
export {
  findReminderAddress,
  findResidentPreferences,
  saveReminderContact,
  saveResidentPreferences,
  type SaveReminderContact,
  type SaveResidentPreferences,
} from './resident-preferences-queries';
export {
  auditLog,
  blockedTimes,
  bookingRights,
  bookings,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  residentPreferences,
  resources,
  scheduleExceptions,
  scheduleTemplates,
  serviceTypes,
  units,
  type BlockedTimeRow,
  type BookingRightRow,
  type BookingRow,
  type NewBookingRow,
  type ResidentPreferencesRow,
  type ResourceRow,
  type ScheduleExceptionRow,
  type ScheduleTemplateRow,
  type ServiceTypeRow,
  type UnitRow,
} from './schema';
export {
  findServiceType,
  insertServiceType,
  isServiceCodeTaken,
  listServiceTypesOfUnit,
  listServiceTypesOfUnits,
  setServiceTypeSelfBookable,
  updateServiceType,
  type ServiceTypeValues,
} from './service-type-queries';
export {
  findResource,
  insertResource,
  listResourcesOfUnit,
  updateResource,
  type ResourceValues,
} from './resource-queries';
export {
  findScheduleEntryOwner,
  insertBlockedTime,
  insertScheduleException,
  insertScheduleTemplate,
  isScheduleOverlap,
  loadResourceSchedule,
  removeScheduleEntry,
  type ResourceScheduleRows,
  type ScheduleEntryKind,
} from './schedule-queries';
export {
  findServiceTypeOfUnitByCode,
  insertAssessedBookingRight,
  insertInvitationBookingRights,
  listUsableBookingRightsOfPerson,
  type BookingRightTerms,
  type PersonBookingRightRow,
} from './booking-right-queries';
export {
  countBookingsMade,
  countVisitOutcomes,
  listAssessedVisits,
  type AssessedVisit,
  type BookingPeriod,
  type BookingsMadeCount,
  type VisitOutcomeCount,
  type VisitPeriod,
} from './figures-queries';
export {
  cancelBooking,
  findBookingByIdempotencyKey,
  findBookingDetails,
  findBookingTarget,
  insertBooking,
  isDoubleBooking,
  isBookingReferenceTaken,
  isIdempotencyKeyTaken,
  isTimeTaken,
  listBookingsOfPerson,
  listBookingsOfUnitBetween,
  markBookingStatus,
  moveBooking,
  undoVisitMarkStatus,
  type BookingDetails,
  type BookingTarget,
} from './booking-queries';
export {
  returnBookingRightUse,
  useBookingRightByCode,
  useGrantedBookingRight,
  type UsedBookingRight,
} from './booking-rights-use';
export { seedBookingDemoData, type SeedResult } from './seed-booking-demo-data';
export {
  generateBookingRightCode,
  hashBookingRightCode,
  normaliseBookingRightCode,
} from './booking-right-code';
