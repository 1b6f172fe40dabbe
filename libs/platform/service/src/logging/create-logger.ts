import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/service-config';
import { maskIdentityCodes, maskIdentityCodesInText } from './mask-identity-codes';
import { stripQueryParameters } from './strip-query-parameters';

/** Secrets and personal data that may sit in a logged object under these keys. */
const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  'token',
  'accessToken',
  'idToken',
  'identityCode',
  'personalIdentityCode',
  'ssn',
  'hetu',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.idToken',
  '*.identityCode',
  '*.personalIdentityCode',
  '*.ssn',
  '*.hetu',
];

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/**
 * Method and path only: tRPC queries carry their input in the query string, and bodies are never logged.
 * Serializers run after the log formatter, so the path is masked here (a procedure name can be anything).
 */
function serializeRequest(request: LoggedRequest) {
  const path = request.url?.split('?')[0];
  return {
    method: request.method,
    path: path === undefined ? undefined : maskIdentityCodesInText(path),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

function serializeError(error: Error) {
  const serialized = pino.stdSerializers.err(error);
  return maskIdentityCodes(stripQueryParameters({ ...serialized }));
}

export interface ServiceLoggerOptions {
  service: string;
  level: LogLevel;
  /** Where JSON lines go; stdout when absent. */
  destination?: DestinationStream;
}

export function createServiceLogger(options: ServiceLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: {
        req: serializeRequest,
        res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
        err: serializeError,
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => maskIdentityCodes(object),
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg: unknown) =>
            typeof arg === 'string' ? maskIdentityCodesInText(arg) : arg,
          );
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
