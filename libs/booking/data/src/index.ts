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
export { serviceTypes, units, type ServiceTypeRow, type UnitRow } from './schema';
export { seedBookingDemoData, type SeedResult } from './seed-booking-demo-data';
