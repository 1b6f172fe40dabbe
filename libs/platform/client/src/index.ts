export type { AnyModuleRouter } from './any-module-router';
export { createModuleApi, type ModuleProvidersProps } from './create-module-api';
export { createModuleClient, maxBatchItems, type ModuleClientOptions } from './create-module-client';
export { moduleQueryKeyPrefix } from './module-query-key';
export { retryUnlessRefused } from './retry-policy';
export { errorCodeOf, httpStatusOf, isNetworkFailure } from './service-error';
export { useModuleQueryClient } from './use-module-query-client';
export { serviceErrorMessageKey, type ServiceErrorKey } from './service-error-message';
export { ServiceErrorAlert, type ServiceErrorAlertProps } from './ServiceErrorAlert';
