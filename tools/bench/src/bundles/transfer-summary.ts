// Sums what a page load downloaded, from the DevTools protocol's per-request figures.

export interface LoadedResource {
  url: string;
  /** The protocol's resource type: Script, Document, Fetch, Stylesheet, … */
  type: string;
  mimeType: string;
  /** Bytes received for it (Network.loadingFinished's encodedDataLength: compressed body and headers). */
  transferBytes: number;
  /** Bytes of the body after decompression (counted once: a copy from the cache adds none). */
  decodedBytes: number;
  /** Served from the browser's cache (no transfer). */
  fromCache: boolean;
}

export interface TransferSummary {
  scriptTransferBytes: number;
  scriptDecodedBytes: number;
  scriptFiles: number;
  allTransferBytes: number;
  requests: number;
  biggestScripts: LoadedResource[];
}

export function isScript(resource: Pick<LoadedResource, 'type' | 'mimeType'>): boolean {
  return resource.type === 'Script' || /javascript|ecmascript/i.test(resource.mimeType);
}

export function summariseTransfer(resources: LoadedResource[], biggest = 10): TransferSummary {
  const scripts = resources.filter(isScript);
  const sum = (list: LoadedResource[], pick: (r: LoadedResource) => number) =>
    list.reduce((total, resource) => total + pick(resource), 0);
  return {
    scriptTransferBytes: sum(scripts, (r) => r.transferBytes),
    scriptDecodedBytes: sum(
      scripts.filter((r) => !r.fromCache),
      (r) => r.decodedBytes,
    ),
    scriptFiles: scripts.filter((r) => !r.fromCache).length,
    allTransferBytes: sum(resources, (r) => r.transferBytes),
    requests: resources.length,
    biggestScripts: [...scripts].sort((a, b) => b.transferBytes - a.transferBytes).slice(0, biggest),
  };
}

/** "12.3 kB" (1 kB = 1000 bytes, as the budgets). */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The median of the samples (the mean of the middle two for an even count), leaving out samples that
 * are not numbers (a load without a paint entry); NaN for none. */
export function median(samples: number[]): number {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
