import type { BookingRouter } from '@asiointi/booking-api';
import { createModuleApi } from '@asiointi/platform-client';

/**
 * The booking service's typed hooks, and the providers around the module's pages (the service's client,
 * the shell's query client under keys of booking's own, UI context).
 */
export const {
  ModuleProviders: BookingProviders,
  useTRPC,
  useTRPCClient,
} = createModuleApi<BookingRouter>('booking');
