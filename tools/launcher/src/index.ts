export {
  startPortal,
  workspaceRoot,
  type PortalOptions,
  type PortalTestOptions,
  type RunningPortal,
  type ModuleName,
} from './portal';
export { portalModules } from './portal-modules';
