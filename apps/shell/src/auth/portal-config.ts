import { z } from 'zod';

const httpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * /portal-config.json, served next to the shell (like /remotes.json): where residents and staff
 * sign in, where the relations service and the unit directory are, and how long a session may stay idle.
 */
export const portalConfigSchema = z.object({
  identity: z.object({
    issuer: httpUrlSchema,
    clientId: z.string().min(1),
    /** Space-separated OIDC scopes; `roles` releases staff roles into the ID token. */
    scope: z.string().min(1),
  }),
  /** GET it with the resident's token: whom they may act for. */
  relationsUrl: httpUrlSchema,
  /**
   * GET it without a token: the county's units with their names (public). Without it staff and their
   * units are still shown, the units in a general wording.
   */
  unitsUrl: httpUrlSchema.optional(),
  /** The warning shows 2 minutes before the end, so anything shorter than 3 minutes is refused. */
  sessionIdleMinutes: z
    .number()
    .int()
    .min(3)
    .max(12 * 60),
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;

/**
 * Reads the portal config. Never throws: without it the portal still serves everything public and
 * says that signing in is not available.
 */
export async function loadPortalConfig(
  url = '/portal-config.json',
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<PortalConfig | undefined> {
  try {
    const response = await fetchImpl(url, { cache: 'no-cache', signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return portalConfigSchema.parse(await response.json());
  } catch (error) {
    console.error(`The portal config ${url} could not be loaded; signing in is not available`, error);
    return undefined;
  }
}
