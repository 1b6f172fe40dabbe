// The slow 4G profile of Lighthouse's mobile run (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) with
// the CPU slowed down 4x, as a low-end phone. Applied with Chromium's own throttling (DevTools protocol):
// the latency is added to every request, the throughput caps every byte.
export interface NetworkProfile {
  name: string;
  latencyMs: number;
  downloadBitsPerSecond: number;
  uploadBitsPerSecond: number;
  cpuSlowdown: number;
}

export const slow4g: NetworkProfile = {
  name: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower)',
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
};

/** Network.emulateNetworkConditions's parameters: throughputs in bytes per second. */
export function emulatedConditions(profile: NetworkProfile) {
  return {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBitsPerSecond / 8,
    uploadThroughput: profile.uploadBitsPerSecond / 8,
  };
}
