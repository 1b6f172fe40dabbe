export {
  readServiceConfig,
  ServiceConfigError,
  logLevels,
  type LogLevel,
  type ServiceConfig,
} from './config/service-config';
export { createService, type CreateServiceOptions, type RunningService } from './create-service';
export {
  ServiceErrorCode,
  type ErrorIssue,
  type ServiceErrorData,
  type ServiceErrorShape,
} from './http/error-envelope';
export { requestIdHeader } from './http/request-id';
export { createServiceLogger, type ServiceLoggerOptions } from './logging/create-logger';
export { maskIdentityCodes, maskIdentityCodesInText } from './logging/mask-identity-codes';
export { ApiError } from './trpc/api-error';
export { isDomainError, type DomainErrorKind, type DomainErrorLike } from './trpc/domain-errors';
export { formatServiceError } from './trpc/format-error';
export { initServiceTrpc } from './trpc/init-service-trpc';
export {
  languageFromAcceptLanguage,
  serviceLanguages,
  defaultLanguage,
  type ServiceLanguage,
} from './trpc/language';
export { trpcMaxBatchSize, type ContextFactory } from './trpc/register-trpc';
export type { ServiceContext } from './trpc/service-context';
