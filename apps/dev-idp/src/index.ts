// Projects that typecheck these sources (the launcher, tests) need the hand-written oidc-provider types too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module cannot be imported
/// <reference path="./oidc-provider.d.ts" />
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
export * from './units/test-units';
