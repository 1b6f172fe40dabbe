// The provider's logger. Identity codes never reach a log line: the provider logs no request bodies, no
// query strings and no claims, and as a last guard every serialised line passes through a redaction of
// anything shaped like an identity code. Credentials are cut by path.
import { redactIdentityCodes } from '@asiointi/platform-auth/identity-code';
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'dev-idp',
      level: options.level ?? 'info',
      redact: {
        paths: ['headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie', '*.password'],
        censor: '[redacted]',
      },
      hooks: { streamWrite: redactIdentityCodes },
    },
    options.destination,
  );
}
