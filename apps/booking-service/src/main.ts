// The booking service as its own process. Besides what every module service reads (PORT, HOST,
// DATABASE_URL, DATA_DIR, CORS_ORIGINS, LOG_LEVEL, OIDC_ISSUER, NATS_URL, PORTAL_URL, SEED_DEMO_DATA and the
// rest: see libs/platform/service/README.md), booking needs LINK_TOKEN_SECRET (32+ characters, required with
// NODE_ENV=production): it seals the cancel links in reminders.
import { runModuleService } from '@asiointi/platform-service';
import { bookingService } from './booking-service';

await runModuleService(bookingService);
