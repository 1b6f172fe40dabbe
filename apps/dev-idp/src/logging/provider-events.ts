// Logs what goes wrong inside oidc-provider, with the error's name and message only: never the request,
// its parameters or the token involved.
import type { Provider } from 'oidc-provider';
import type { Logger } from './create-logger';

const clientFacingErrorEvents = [
  'authorization.error',
  'backchannel.error',
  'end_session.error',
  'grant.error',
  'introspection.error',
  'jwks.error',
  'discovery.error',
  'pushed_authorization_request.error',
  'registration_create.error',
  'revocation.error',
  'userinfo.error',
] as const;

interface ErrorLike {
  name?: string;
  message?: string;
  error?: string;
  error_description?: string;
}

function describe(error: unknown): Record<string, string | undefined> {
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  return {
    errorName: candidate.name,
    error: candidate.error,
    description: candidate.error_description ?? candidate.message,
  };
}

export function logProviderEvents(provider: Provider, logger: Logger): void {
  for (const event of clientFacingErrorEvents) {
    provider.on(event, (_ctx: unknown, error: unknown) => logger.info({ event, ...describe(error) }, 'request refused'));
  }
  provider.on('server_error', (_ctx: unknown, error: unknown) =>
    logger.error({ event: 'server_error', ...describe(error), stack: (error as Error | undefined)?.stack }, 'provider error'),
  );
  provider.on('error', (error: unknown) => logger.error({ event: 'koa_error', ...describe(error) }, 'unhandled error'));
}
