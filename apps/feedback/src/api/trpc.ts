import type { FeedbackRouter } from '@asiointi/feedback-api';
import { createModuleApi } from '@asiointi/platform-client';

/**
 * The feedback service's typed hooks, and the providers around the module's pages (the service's
 * client, the shell's query client under keys of the module's own, UI context).
 */
export const { ModuleProviders, useTRPC, useTRPCClient } = createModuleApi<FeedbackRouter>('feedback');
