import { QueryClient } from '@tanstack/react-query';

/** The portal's one query client; remotes use it too. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryOnceUnlessRefused,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * One retry covers a dropped mobile connection without keeping people waiting long. An answer the
 * server gave on purpose (HTTP 4xx, e.g. not found or invalid input) will not change on retry.
 */
export function retryOnceUnlessRefused(failureCount: number, error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
  if (typeof status === 'number' && status >= 400 && status < 500) return false;
  return failureCount < 1;
}
