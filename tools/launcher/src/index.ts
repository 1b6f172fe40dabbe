export { startPortal, workspaceRoot, type PortalOptions, type RunningPortal, type ModuleName } from './portal';
export { portalModules } from './portal-modules';
