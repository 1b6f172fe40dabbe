// A side-effect-free entry for remotes: the auth contract without the federation runtime.
export { actingForHeader, remoteAuthHeaders } from './remote-auth-headers';
export {
  anonymousRemoteAuth,
  type ActingFor,
  type PrincipalKind,
  type RemoteAuth,
  type StaffRoleInUnit,
} from './remote-auth';
