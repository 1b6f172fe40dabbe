export {
  loadRuntimeManifest,
  RuntimeManifestError,
  type LoadRuntimeManifestOptions,
} from './load-runtime-manifest';
export { registerRuntimeRemotes, type FederationRuntime } from './register-runtime-remotes';
export { RemoteBoundary, type RemoteBoundaryProps } from './RemoteBoundary';
export { remoteFallbackPlugin } from './remote-fallback-plugin';
export { isRemoteLoadFailure, remoteLoadFailure, type RemoteLoadFailure } from './remote-load-failure';
export type { RemoteModuleProps } from './remote-module-props';
export {
  actingForHeader,
  anonymousRemoteAuth,
  remoteAuthHeaders,
  type ActingFor,
  type PrincipalKind,
  type RemoteAuth,
  type StaffRoleInUnit,
} from './auth';
export {
  moduleNameSchema,
  runtimeManifestSchema,
  runtimeRemoteSchema,
  type ModuleName,
  type RuntimeManifest,
  type RuntimeRemote,
} from '@asiointi/platform-contract';
export type { RemoteLoader } from './use-remote-component';
