// The feedback service as its own process. It reads what every module service reads (PORT, HOST,
// DATABASE_URL, DATA_DIR, CORS_ORIGINS, LOG_LEVEL, OIDC_ISSUER, UNITS_URL, NATS_URL, PORTAL_URL,
// SEED_DEMO_DATA and the rest: see libs/platform/service/README.md). In production (NODE_ENV=production)
// it refuses to start without an SMS and e-mail gateway: NOTIFICATION_GATEWAY_URL (and _TOKEN), or the
// region's own passed as the third argument, `runModuleService(service, process.env, { notificationGateway })`.
// Besides: FEEDBACK_SUPPRESSION_THRESHOLD, FEEDBACK_PULSE_MARKER_SECRET (required in production),
// FEEDBACK_REQUEST_DELAY_MINUTES and FEEDBACK_REQUEST_VALID_DAYS (see feedback-service-env.ts).
import { runModuleService } from '@asiointi/platform-service';
import { defineFeedbackService } from './feedback-service';

await runModuleService(defineFeedbackService({ environment: process.env }));
