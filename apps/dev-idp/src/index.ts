export { startDevIdp, DEFAULT_DEV_IDP_PORT, type DevIdpOptions, type RunningDevIdp } from './start-dev-idp';
export { readDevIdpEnv } from './read-dev-idp-env';
export { createLogger } from './logging/create-logger';
export {
  SHELL_CLIENT_ID,
  SHELL_REDIRECT_PATHS,
  SHELL_POST_LOGOUT_PATHS,
  DEFAULT_SHELL_ORIGINS,
} from './provider/shell-client';
export { SERVICES_RESOURCE } from './provider/services-resource';
export * from './test-persons';
export * from './units';
