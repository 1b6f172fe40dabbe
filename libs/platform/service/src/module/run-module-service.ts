// A module's service as its own process: configuration from the environment (readServiceConfig and
// readModuleServiceEnv), JetStream when NATS_URL is set, closes on SIGTERM/SIGINT. A service app's main.ts
// is one line: `await runModuleService(definition)`.
import { createJetStreamBus } from '@asiointi/platform-events';
import { createHttpNotificationGateway, type NotificationGateway } from '@asiointi/platform-notifications';
import type { AnyRouter } from '@trpc/server';
import { readServiceConfig, ServiceConfigError } from '../config/service-config';
import type { RunningService } from '../create-service';
import type { ModuleServiceDefinition } from './module-service-definition';
import { readModuleServiceEnv } from './module-service-env';
import { startModuleService } from './start-module-service';

/** A failed start is reported as one JSON line like every other log line (there is no logger yet). */
function reportStartFailure(service: string, error: unknown): void {
  const line =
    error instanceof ServiceConfigError
      ? { level: 'fatal', service, msg: error.message }
      : {
          level: 'fatal',
          service,
          msg: 'the service failed to start',
          err:
            error instanceof Error
              ? { type: error.name, message: error.message, stack: error.stack }
              : String(error),
        };
  console.error(JSON.stringify(line));
}

export interface RunModuleServiceOptions {
  /**
   * The region's SMS and e-mail provider in code; without it NOTIFICATION_GATEWAY_URL names one, and
   * production refuses to start a module that sends notifications with neither.
   */
  notificationGateway?: NotificationGateway;
}

export async function runModuleService<TTables extends Record<string, unknown>, TRouter extends AnyRouter>(
  definition: ModuleServiceDefinition<TTables, TRouter>,
  env: Record<string, string | undefined> = process.env,
  { notificationGateway }: RunModuleServiceOptions = {},
): Promise<RunningService> {
  try {
    const config = readServiceConfig(env, {
      port: definition.defaultPort,
      dataDir: `.data/${definition.name}`,
    });
    const moduleEnv = readModuleServiceEnv(env, config, {
      needsLinkTokenSecret: definition.linkTokens !== undefined,
      needsNotificationGateway: definition.notifications !== undefined && notificationGateway === undefined,
    });
    const eventBus = moduleEnv.natsServers
      ? await createJetStreamBus({
          servers: moduleEnv.natsServers,
          stream: 'ASIOINTI',
          connectionName: `${definition.name}-service`,
        })
      : undefined;
    return await startModuleService(definition, {
      ...config,
      handleSignals: true,
      seedDemoData: moduleEnv.seedDemoData,
      portalUrl: moduleEnv.portalUrl,
      eventBus,
      closeEventBus: true,
      notificationGateway:
        notificationGateway ??
        (moduleEnv.notificationGateway && createHttpNotificationGateway(moduleEnv.notificationGateway)),
      // Outside production the development gateway stands in for a missing one; production has refused
      // to start without one above.
      developmentNotifications: env.NODE_ENV !== 'production',
    });
  } catch (error) {
    reportStartFailure(definition.name, error);
    process.exit(1);
  }
}
