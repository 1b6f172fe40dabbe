import { z } from 'zod';
import { runtimeManifestSchema, type RuntimeManifest } from '@asiointi/platform-contract';

/** remotes.json could not be fetched or is not valid; the message says which and why. */
export class RuntimeManifestError extends Error {
  override name = 'RuntimeManifestError';
}

export interface LoadRuntimeManifestOptions {
  fetch?: typeof fetch;
  /** Gives up after this long (default 10 s), so a hanging server cannot hold the portal blank. */
  timeoutMs?: number;
}

/** Fetches and validates the runtime manifest. Always asks the server: the file is never cached. */
export async function loadRuntimeManifest(
  url: string,
  { fetch: fetchImpl = globalThis.fetch, timeoutMs = 10_000 }: LoadRuntimeManifestOptions = {},
): Promise<RuntimeManifest> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache', signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new RuntimeManifestError(`Could not fetch the remote manifest ${url}: ${String(cause)}`, { cause });
  }
  if (!response.ok) {
    throw new RuntimeManifestError(`Could not fetch the remote manifest ${url}: HTTP ${response.status}`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new RuntimeManifestError(`The remote manifest ${url} is not JSON`, { cause });
  }
  const result = runtimeManifestSchema.safeParse(json);
  if (!result.success) {
    throw new RuntimeManifestError(
      `The remote manifest ${url} is not valid:\n${z.prettifyError(result.error)}`,
      {
        cause: result.error,
      },
    );
  }
  return result.data;
}
