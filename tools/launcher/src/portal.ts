// Starts the whole portal on one machine: the shell, every module's static remote and its service,
// with a runtime manifest (remotes.json) that tells the shell where each module lives.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuntimeRemote } from '@asiointi/platform-contract';
import type { OpenDatabase } from '@asiointi/platform-db';
import {
  startModuleService,
  type LogLevel,
  type ModuleServiceOptions,
  type RunningService,
} from '@asiointi/platform-service';
import { createInProcessBus } from '@asiointi/platform-events';
import { publishAfterStart } from './events-after-start';
import { linkTokenSecretFor } from './link-token-secret';
import type { PortalModule } from './portal-module';
import { portalModules } from './portal-modules';
import { startIdentityProvider, type IdentityProviderSettings } from './identity-provider';
import { startStaticServer, type RunningStaticServer } from './static-server';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type ModuleName = PortalModule['name'];

export type { PortalModule };

export interface PortalOptions {
  host?: string;
  /** 0 picks a free port (tests). */
  shellPort?: number;
  ports?: Partial<Record<ModuleName, { remote?: number; service?: number }>>;
  /** PostgreSQL server for every service; PGlite under dataDir when absent. */
  databaseUrl?: string;
  dataDir?: string;
  logLevel?: LogLevel;
  /** Start only these modules (default: all). */
  modules?: ModuleName[];
  /** The development OpenID provider's port (0 picks a free one); unused with an external provider. */
  identityPort?: number;
  /** The region's identity broker instead of the development provider. */
  externalIdentity?: IdentityProviderSettings;
  /** Minutes without activity before the shell warns and signs out. */
  sessionIdleMinutes?: number;
  /** Seals cancel links in reminders; absent: the one kept in dataDir (made on first start). */
  linkTokenSecret?: string;
  /** NODE_ENV=production: a missing linkTokenSecret, or a module that sends notifications (no gateway is
   * wired here), stops the start instead. */
  production?: boolean;
  /** The portal's public address for links in reminders; default the shell's own URL. */
  portalUrl?: string;
  /**
   * A module service's log lines to a stream of the caller's, at a level of its own (browser tests read the
   * development notification log's lines: which template went to whom, masked, never a message's text).
   */
  serviceLogs?: Partial<
    Record<ModuleName, { level: LogLevel; destination: NonNullable<ModuleServiceOptions['logDestination']> }>
  >;
}

/** A module's service definition as the portal starts it (any module's tables and router). */
type AnyModuleService = PortalModule['service'];

export interface PortalTestOptions {
  /**
   * Tests: a module's service started from another definition than its default (e.g. feedback with its
   * requests sent at once rather than two hours after a visit).
   */
  services?: Partial<Record<ModuleName, AnyModuleService>>;
  /**
   * Tests: a module's database opened by the caller, which the service serves and leaves open, so that the
   * test can read what the service wrote (the development notification log).
   */
  databases?: Partial<Record<ModuleName, OpenDatabase<Record<string, unknown>>>>;
}

/** /portal-config.json: what the shell needs to know at start besides the remotes. */
export interface PortalRuntimeConfig {
  identity: { issuer: string; clientId: string; scope: string };
  relationsUrl: string;
  /** The unit directory the shell names units from (public, no token). */
  unitsUrl: string;
  sessionIdleMinutes: number;
}

/** One entry of the runtime manifest (platform-federation's runtimeRemoteSchema). */
export type RemoteManifestEntry = RuntimeRemote;

export interface RunningModule {
  remote?: RunningStaticServer;
  service?: RunningService;
}

export interface RunningPortal {
  shellUrl: string;
  identity: IdentityProviderSettings;
  portalConfig: PortalRuntimeConfig;
  manifest: { remotes: RemoteManifestEntry[] };
  modules: Map<ModuleName, RunningModule>;
  stopRemote(name: ModuleName): Promise<void>;
  stopService(name: ModuleName): Promise<void>;
  close(): Promise<void>;
}

/** The same address under both names a developer may type, so CORS accepts either. */
function originsOf(url: string): string[] {
  const { port } = new URL(url);
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export async function startPortal(options: PortalOptions & PortalTestOptions = {}): Promise<RunningPortal> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? path.join(workspaceRoot, '.data');
  const selected = portalModules.filter(
    (module) => !options.modules || options.modules.includes(module.name),
  );
  const manifest: { remotes: RemoteManifestEntry[] } = { remotes: [] };
  let portalConfig: PortalRuntimeConfig | undefined;
  const modules = new Map<ModuleName, RunningModule>();
  const closers: Array<() => Promise<void>> = [];

  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
    closers.length = 0;
  };

  try {
    const linkTokenSecret = await linkTokenSecretFor({
      configured: options.linkTokenSecret,
      dataDir,
      production: options.production ?? false,
    });
    // Events in process, as the embedded run mode has it: one bus for every service, closed after them all,
    // publishing once every service has subscribed.
    const eventBus = publishAfterStart(createInProcessBus());
    closers.push(() => eventBus.close());

    const shell = await startStaticServer({
      root: path.join(workspaceRoot, 'dist/apps/shell'),
      host,
      port: options.shellPort ?? 4200,
      spaFallback: true,
      routes: (app) => {
        app.get('/remotes.json', (_request, reply) =>
          reply.header('cache-control', 'no-cache').send(manifest),
        );
        app.get('/portal-config.json', (_request, reply) =>
          portalConfig
            ? reply.header('cache-control', 'no-cache').send(portalConfig)
            : reply.code(503).send({ error: 'STARTING' }),
        );
      },
    });
    closers.push(() => shell.close());
    const shellOrigins = originsOf(shell.url);

    const identity = await startIdentityProvider({
      external: options.externalIdentity,
      host,
      port: options.identityPort ?? 4500,
      shellOrigins,
      logLevel: options.logLevel ?? 'info',
    });
    closers.push(() => identity.close());
    portalConfig = {
      identity: { issuer: identity.issuer, clientId: identity.clientId, scope: identity.scope },
      relationsUrl: identity.relationsUrl,
      unitsUrl: identity.unitsUrl,
      sessionIdleMinutes: options.sessionIdleMinutes ?? 15,
    };

    for (const module of selected) {
      const ports = options.ports?.[module.name] ?? {};
      const service = await startModuleService(options.services?.[module.name] ?? module.service, {
        database: options.databases?.[module.name],
        handleSignals: false,
        host,
        port: ports.service ?? module.defaultServicePort,
        databaseUrl: options.databaseUrl,
        dataDir: path.join(dataDir, module.name),
        corsOrigins: shellOrigins,
        logLevel: options.serviceLogs?.[module.name]?.level ?? options.logLevel ?? 'info',
        logDestination: options.serviceLogs?.[module.name]?.destination,
        oidcIssuer: identity.issuer,
        relationsUrl: identity.relationsUrl,
        unitsUrl: identity.unitsUrl,
        linkTokenSecret,
        portalUrl: options.portalUrl ?? shell.url,
        eventBus,
        // The launcher wires no SMS or e-mail gateway: in production a module that sends refuses to start.
        developmentNotifications: !(options.production ?? false),
      });
      const running: RunningModule = { service };
      modules.set(module.name, running);
      closers.push(async () => {
        await running.service?.close();
        running.service = undefined;
      });

      const remote = await startStaticServer({
        root: path.join(workspaceRoot, module.remoteDist),
        host,
        port: ports.remote ?? module.defaultRemotePort,
        allowedOrigins: shellOrigins,
      });
      running.remote = remote;
      closers.push(async () => {
        await running.remote?.close();
        running.remote = undefined;
      });

      manifest.remotes.push({
        name: module.name,
        manifestUrl: `${remote.url}/mf-manifest.json`,
        apiUrl: service.url,
        version: module.version,
        title: module.title,
        description: module.description,
        ...(module.staff ? { staff: module.staff } : {}),
      });
    }

    eventBus.open();
    return {
      shellUrl: shell.url,
      identity,
      portalConfig,
      manifest,
      modules,
      stopRemote: async (name) => {
        const running = modules.get(name);
        await running?.remote?.close();
        if (running) running.remote = undefined;
      },
      stopService: async (name) => {
        const running = modules.get(name);
        await running?.service?.close();
        if (running) running.service = undefined;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
