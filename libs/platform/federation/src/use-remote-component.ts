import { useEffect, useState, type ComponentType } from 'react';
import { isRemoteLoadFailure } from './remote-load-failure';
import { resolveRemoteComponent } from './resolve-remote-component';

export type RemoteLoader = (id: string) => Promise<unknown>;

export type RemoteComponentState<P> =
  | { status: 'loading' }
  | { status: 'ready'; Component: ComponentType<P> }
  | { status: 'failed'; reason: 'unavailable' | 'timeout' | 'invalid' };

/**
 * Loads a remote's component, giving up after `timeoutMs`. `attempt` starts a new load when it
 * changes (retry). A result that arrives after the timeout or after unmount is ignored.
 */
export function useRemoteComponent<P>(
  id: string,
  load: RemoteLoader,
  timeoutMs: number,
  attempt: number,
): RemoteComponentState<P> & { attempt: number } {
  const [state, setState] = useState<RemoteComponentState<P> & { attempt: number }>({
    status: 'loading',
    attempt,
  });

  useEffect(() => {
    let settled = false;
    const settle = (next: RemoteComponentState<P>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      setState({ ...next, attempt });
    };
    const timer = setTimeout(() => {
      console.error(`Remote ${id} did not load within ${timeoutMs} ms`);
      settle({ status: 'failed', reason: 'timeout' });
    }, timeoutMs);

    // Through a promise, so a loader that throws synchronously (runtime not initialised) fails the same way.
    Promise.resolve()
      .then(() => load(id))
      .then(
        (loaded) => {
          if (isRemoteLoadFailure(loaded) || loaded == null)
            return settle({ status: 'failed', reason: 'unavailable' });
          const Component = resolveRemoteComponent<P>(loaded);
          if (!Component) {
            console.error(`Remote ${id} does not export a component`);
            return settle({ status: 'failed', reason: 'invalid' });
          }
          settle({ status: 'ready', Component });
        },
        (error: unknown) => {
          console.error(`Remote ${id} could not be loaded`, error);
          settle({ status: 'failed', reason: 'unavailable' });
        },
      );

    return () => {
      settled = true;
      clearTimeout(timer);
    };
  }, [id, load, timeoutMs, attempt]);

  // Until the effect for a new attempt has reported, that attempt is loading.
  return state.attempt === attempt ? state : { status: 'loading', attempt };
}
