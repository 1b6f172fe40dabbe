export {
  bookingDatabaseDefinition,
  bookingMigrationsFolder,
  openBookingDatabase,
  type BookingDatabase,
  type BookingDb,
  type BookingTables,
  type OpenBookingDatabaseOptions,
} from './booking-database';
export { demoUnitIds } from './demo-data';
export { listServicesOfUnit, listUnits } from './queries';
export {
  findResidentPreferences,
  saveResidentPreferences,
  type SaveResidentPreferences,
} from './resident-preferences-queries';
export {
  auditLog,
  residentPreferences,
  serviceTypes,
  units,
  type ResidentPreferencesRow,
  type ServiceTypeRow,
  type UnitRow,
} from './schema';
export { findServiceType, setServiceTypeSelfBookable } from './service-type-queries';
export { seedBookingDemoData, type SeedResult } from './seed-booking-demo-data';
