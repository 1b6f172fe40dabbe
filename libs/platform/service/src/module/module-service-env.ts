// The environment every module service reads besides readServiceConfig's: where the portal is, the event
// bus, and whether to seed demonstration data. Values are never echoed in errors: a NATS URL may hold a
// password and LINK_TOKEN_SECRET is a secret.
import { z } from 'zod';
import { ServiceConfigError, type ServiceConfig } from '../config/service-config';

export const defaultPortalUrl = 'http://127.0.0.1:4200';

export interface ModuleServiceEnv {
  /** The portal's public base URL, for links in notifications (PORTAL_URL). */
  portalUrl: string;
  /** NATS servers for JetStream (NATS_URL, comma-separated); the in-process bus when absent. */
  natsServers: string[] | undefined;
  seedDemoData: boolean;
  /** The region's SMS and e-mail gateway (NOTIFICATION_GATEWAY_URL, NOTIFICATION_GATEWAY_TOKEN). */
  notificationGateway: { url: string; token: string | undefined } | undefined;
}

const environmentSchema = z.object({
  PORTAL_URL: z.url({ protocol: /^https?$/ }).optional(),
  NATS_URL: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((server) => server.trim())
        .filter(Boolean),
    )
    .refine(
      (servers) => servers.length > 0 && servers.every((server) => /^(nats|tls|wss?):\/\/\S+$/.test(server)),
      'must be comma-separated nats:// URLs',
    )
    .optional(),
  SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
  NOTIFICATION_GATEWAY_URL: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  NOTIFICATION_GATEWAY_TOKEN: z.string().max(4000).optional(),
});

export interface ModuleServiceEnvRules {
  /** The module seals links sent outside the portal: production refuses to start without their secret. */
  needsLinkTokenSecret: boolean;
  /**
   * The module sends SMS or e-mail and its main.ts gives no gateway: production refuses to start without
   * NOTIFICATION_GATEWAY_URL rather than leave residents' notifications unsent (the development gateway
   * sends nothing).
   */
  needsNotificationGateway: boolean;
}

/**
 * Reads PORTAL_URL, NATS_URL, SEED_DEMO_DATA and the notification gateway's URL and token. In production (NODE_ENV=production) a module that seals
 * links refuses to start without LINK_TOKEN_SECRET: a generated one would die with the process and the
 * links sent with it; and a module that sends notifications refuses to start without a gateway.
 */
export function readModuleServiceEnv(
  env: Record<string, string | undefined>,
  config: Pick<ServiceConfig, 'linkTokenSecret'>,
  rules: ModuleServiceEnvRules,
): ModuleServiceEnv {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim()));
  const parsed = environmentSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (rules.needsLinkTokenSecret && env.NODE_ENV === 'production' && !config.linkTokenSecret) {
    problems.push('LINK_TOKEN_SECRET: required in production');
  }
  const gatewayUrl = parsed.success ? parsed.data.NOTIFICATION_GATEWAY_URL : undefined;
  if (rules.needsNotificationGateway && env.NODE_ENV === 'production' && !gatewayUrl) {
    problems.push('NOTIFICATION_GATEWAY_URL: required in production (the SMS and e-mail gateway)');
  }
  if (!parsed.success || problems.length > 0) {
    throw new ServiceConfigError(`Invalid service configuration: ${problems.join('; ')}`);
  }
  return {
    portalUrl: (parsed.data.PORTAL_URL ?? defaultPortalUrl).replace(/\/+$/, ''),
    natsServers: parsed.data.NATS_URL,
    seedDemoData: parsed.data.SEED_DEMO_DATA !== 'false',
    notificationGateway: gatewayUrl ? { url: gatewayUrl, token: parsed.data.NOTIFICATION_GATEWAY_TOKEN } : undefined,
  };
}
