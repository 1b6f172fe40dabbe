// The domain modules the embedded portal runs: each a static remote build and a service started in
// this process. A module appears here once its remote and its service exist.
import { startBookingService } from '@asiointi/booking-service';
import type { EventBus } from '@asiointi/platform-events';
import type { LogLevel, RunningService } from '@asiointi/platform-service';

export interface ServiceStartOptions {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir?: string;
  corsOrigins: string[];
  logLevel: LogLevel;
  /** Access tokens are verified against this provider's keys. */
  oidcIssuer: string;
  /** Whom a resident may act for (the mandate service). */
  relationsUrl: string;
  /** Names and contact details of units. */
  unitsUrl: string;
  /** Seals cancel links in reminders. */
  linkTokenSecret: string;
  /** The portal's address, for links in reminders. */
  portalUrl: string;
  /** The embedded bus every service publishes to and subscribes on. */
  eventBus: EventBus;
}

export interface PortalModule {
  name: 'booking' | 'family-centre' | 'work-ability' | 'feedback';
  version: string;
  /** Build output of the remote, relative to the workspace root. */
  remoteDist: string;
  defaultRemotePort: number;
  defaultServicePort: number;
  startService(options: ServiceStartOptions): Promise<RunningService>;
}

export const portalModules: PortalModule[] = [
  {
    name: 'booking',
    version: '0.1.0',
    remoteDist: 'dist/apps/booking',
    defaultRemotePort: 4301,
    defaultServicePort: 4401,
    startService: (options) => startBookingService({ ...options, handleSignals: false }),
  },
];
