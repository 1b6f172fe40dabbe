export {
  readServiceConfig,
  ServiceConfigError,
  logLevels,
  type LogLevel,
  type ServiceConfig,
} from './config/service-config';
export { createService, type CreateServiceOptions, type RunningService } from './create-service';
export type { BackgroundWorker } from './lifecycle/background-workers';
export {
  ServiceErrorCode,
  type ErrorIssue,
  type ServiceErrorData,
  type ServiceErrorShape,
} from './http/error-envelope';
export { requestIdHeader } from './http/request-id';
export {
  createLinkTokenSealer,
  minimumLinkTokenSecretLength,
  type LinkTokenPayload,
  type LinkTokenSealer,
  type OpenedLinkToken,
} from './links/link-token-sealer';
export { createServiceLogger, type ServiceLoggerOptions } from './logging/create-logger';
export { maskIdentityCodes, maskIdentityCodesInText } from './logging/mask-identity-codes';
export { ApiError } from './trpc/api-error';
export { isDomainError, type DomainErrorKind, type DomainErrorLike } from './trpc/domain-errors';
export { formatServiceError } from './trpc/format-error';
export { initServiceTrpc, type ServiceTrpcOptions } from './trpc/init-service-trpc';
export type { ServiceProcedureMeta } from './trpc/procedure-meta';
export {
  languageFromAcceptLanguage,
  serviceLanguages,
  defaultLanguage,
  type ServiceLanguage,
} from './trpc/language';
export { trpcMaxBatchSize, type ContextFactory } from './trpc/register-trpc';
export { inProcessServiceContext, type ServiceContext } from './trpc/service-context';
// Identity and access.
export { anonymousPrincipal, type AnonymousPrincipal, type CallerPrincipal } from './auth/caller-principal';
export { actingForHeader, readActingForHeader, type RequestedActingFor } from './auth/acting-for-header';
export {
  actingForOfRequest,
  noActingFor,
  type ActedForPerson,
  type ActingFor,
  type ActingForDecision,
  type ActingRelationKind,
} from './auth/acting-for';
export {
  createRelationsClient,
  type RelationsClient,
  type RelationsClientOptions,
} from './auth/relations-client';
export { createPersonDirectory, type FoundPerson, type PersonDirectory } from './auth/person-directory';
export {
  createUnitDirectory,
  unitsUnavailable,
  type UnitDirectory,
  type UnitDirectoryOptions,
} from './units/unit-directory';
export {
  createRequestAuthenticator,
  type Authentication,
  type IdentitySettings,
  type RequestAuthenticator,
} from './auth/request-authenticator';
export { discoverJwksUrl, DiscoveryError } from './auth/openid-discovery';
export type { DeniedAccessRecorder } from './access/denied-access';
export type { ResidentAccess } from './access/resident-access';
export type { StaffAccess, StaffUnitAccess } from './access/staff-access';
export type { SubjectPerson } from './access/subject-person';
export { residentAuditActor } from './access/audit-actors';
// A module's service from its definition: the service app is its config and its router.
export {
  defaultPortalUrl,
  defineModuleService,
  readModuleServiceEnv,
  runModuleService,
  startModuleService,
  type ModuleNotifications,
  type ModuleServiceDefinition,
  type ModuleServiceEnv,
  type ModuleServiceOptions,
  type RunModuleServiceOptions,
  type ModuleServiceParts,
  startModuleConsumers,
  type ModuleConsumers,
  type ModuleEventConsumer,
} from './module';
// The standard figures procedure.
export {
  createFiguresRouter,
  figuresManagerRole,
  type CreateFiguresRouterOptions,
  type FiguresContext,
  type ModuleFiguresQuery,
  type ServiceRootTypes,
  type StaffProcedureFor,
} from './figures/create-figures-router';
