// The booking service as its own process. Besides what every module service reads (PORT, HOST,
// DATABASE_URL, DATA_DIR, CORS_ORIGINS, LOG_LEVEL, OIDC_ISSUER, NATS_URL, PORTAL_URL, SEED_DEMO_DATA and the
// rest: see libs/platform/service/README.md), booking needs:
// - LINK_TOKEN_SECRET (32+ characters, required with NODE_ENV=production): it seals the cancel links in
//   reminders;
// - in production, an SMS and e-mail gateway (NOTIFICATION_GATEWAY_URL and _TOKEN, or runModuleService's
//   notificationGateway): without one the service refuses to start rather than leave reminders unsent;
// - UNITS_URL (default `${OIDC_ISSUER}/units`): the unit directory. Booking's copy of each unit's names,
//   municipality and street address follows it, and staff pages name from it the units booking has no
//   services in yet; the phone, opening hours and accessibility text stay booking's own;
// - UNIT_SYNC_INTERVAL_MINUTES (default 10, 1 to 1440): how often that copy is brought up to date (also at
//   start). While the directory cannot be read, the names booking has keep serving.
import { runModuleService } from '@asiointi/platform-service';
import { defineBookingService } from './booking-service';

await runModuleService(defineBookingService({ environment: process.env }));
