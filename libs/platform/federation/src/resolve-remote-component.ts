import type { ComponentType } from 'react';

/**
 * The component a remote's `./Module` exposes: its default export (or the module itself, when a
 * loader returns the component directly). Anything else is treated as a broken remote.
 */
export function resolveRemoteComponent<P>(loaded: unknown): ComponentType<P> | undefined {
  const candidate =
    typeof loaded === 'object' && loaded !== null && 'default' in loaded
      ? (loaded as { default: unknown }).default
      : loaded;
  // Function components, classes, and memo/forwardRef objects are all valid element types.
  if (typeof candidate === 'function') return candidate as ComponentType<P>;
  if (typeof candidate === 'object' && candidate !== null && '$$typeof' in candidate)
    return candidate as ComponentType<P>;
  return undefined;
}
