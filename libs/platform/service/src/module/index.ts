export {
  defineModuleService,
  type ModuleNotifications,
  type ModuleServiceDefinition,
  type ModuleServiceParts,
} from './module-service-definition';
export {
  defaultPortalUrl,
  readModuleServiceEnv,
  type ModuleServiceEnv,
  type ModuleServiceEnvRules,
} from './module-service-env';
export { runModuleService, type RunModuleServiceOptions } from './run-module-service';
export { startModuleService, type ModuleServiceOptions } from './start-module-service';
export { startModuleConsumers, type ModuleConsumers, type ModuleEventConsumer } from './module-consumers';
