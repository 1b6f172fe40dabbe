// The booking service as its own process: configuration from the environment, closes on SIGTERM/SIGINT.
// Besides PORT, HOST, DATABASE_URL, DATA_DIR, CORS_ORIGINS, LOG_LEVEL and the like (readServiceConfig):
//   OIDC_ISSUER     the OpenID provider whose access tokens are accepted (unset: every signed-in call is refused)
//   OIDC_AUDIENCE   audience of those tokens (default asiointi-services)
//   OIDC_JWKS_URL   the provider's keys (default: from its discovery document)
//   RELATIONS_URL   the relations (mandate) service for acting on behalf (default ${OIDC_ISSUER}/relations)
//   PERSONS_URL     the person directory, staff finding a resident by identity code (default ${OIDC_ISSUER}/persons)
//   LINK_TOKEN_SECRET  seals the cancel links in reminders (32+ characters; required with NODE_ENV=production)
//   PORTAL_URL      the portal's public address, for those links (default http://127.0.0.1:4200)
//   NATS_URL        NATS JetStream for the module's events (default: in-process, nobody else hears them)
//   SEED_DEMO_DATA  false: no demo units and services in empty tables
import { createJetStreamBus } from '@asiointi/platform-events';
import { readServiceConfig, ServiceConfigError } from '@asiointi/platform-service';
import { bookingDefaultPort, bookingServiceName, startBookingService } from './booking-service';
import { readBookingServiceEnv } from './booking-service-env';

/** A failed start is reported as one JSON line like every other log line (there is no logger yet). */
function reportStartFailure(error: unknown): void {
  const line =
    error instanceof ServiceConfigError
      ? { level: 'fatal', service: bookingServiceName, msg: error.message }
      : {
          level: 'fatal',
          service: bookingServiceName,
          msg: 'the service failed to start',
          err:
            error instanceof Error
              ? { type: error.name, message: error.message, stack: error.stack }
              : String(error),
        };
  console.error(JSON.stringify(line));
}

try {
  const config = readServiceConfig(process.env, { port: bookingDefaultPort, dataDir: '.data/booking' });
  const env = readBookingServiceEnv(process.env, config);
  const eventBus = env.natsServers
    ? await createJetStreamBus({
        servers: env.natsServers,
        stream: 'ASIOINTI',
        connectionName: 'booking-service',
      })
    : undefined;
  await startBookingService({
    ...config,
    handleSignals: true,
    seedDemoData: env.seedDemoData,
    portalUrl: env.portalUrl,
    eventBus,
    closeEventBus: true,
  });
} catch (error) {
  reportStartFailure(error);
  process.exit(1);
}
