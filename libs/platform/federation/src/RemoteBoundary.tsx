import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadRemote } from '@module-federation/runtime';
import { federationNameOf } from '@asiointi/platform-contract';
import { LoadingState } from '@asiointi/platform-ui';
import { RemoteErrorBoundary } from './RemoteErrorBoundary';
import { RemoteFallback } from './RemoteFallback';
import { useFocusHandover } from './use-focus-handover';
import { useRemoteComponent, type RemoteLoader } from './use-remote-component';

const loadFromRuntime: RemoteLoader = (id) => loadRemote(id);

export interface RemoteBoundaryProps<P extends object> {
  /** The remote's name in the runtime manifest, e.g. "booking". */
  remoteName: string;
  /** Props for the remote's component. */
  props: P;
  /**
   * The page's h1 while the remote is loading or unavailable (the remote renders its own once
   * loaded), so the page always has a heading to land on.
   */
  title?: string;
  /** Which exposed module to render; every portal remote exposes "Module". */
  expose?: string;
  /** How long to wait for the remote before showing the fallback. */
  timeoutMs?: number;
  /** Replaces the federation runtime's loadRemote (tests). */
  load?: RemoteLoader;
}

/**
 * Renders a remote module in its own compartment: a translated loading state while it loads, and
 * a translated fallback with a retry button if it cannot load in time or throws while rendering.
 * Everything around it keeps working either way.
 */
export function RemoteBoundary<P extends object>({
  remoteName,
  props,
  title,
  expose = 'Module',
  timeoutMs = 10_000,
  load = loadFromRuntime,
}: RemoteBoundaryProps<P>) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const state = useRemoteComponent<P>(`${federationNameOf(remoteName)}/${expose}`, load, timeoutMs, attempt);
  const focusHandlers = useFocusHandover(containerRef, `${attempt}:${state.status}`);

  const retry = useCallback(() => {
    setAttempt((previous) => previous + 1);
    // The retry button goes away; keep keyboard focus in this area rather than losing it to <body>.
    containerRef.current?.focus();
  }, []);

  const heading = title ? <h1 tabIndex={-1}>{title}</h1> : null;
  const fallback = (
    <>
      {heading}
      <RemoteFallback onRetry={retry} />
    </>
  );
  return (
    <div ref={containerRef} tabIndex={-1} className="asi-remote" data-remote={remoteName} {...focusHandlers}>
      {state.status === 'loading' ? (
        <>
          {heading}
          <LoadingState>{t('remote.loading')}</LoadingState>
        </>
      ) : null}
      {state.status === 'failed' ? fallback : null}
      {state.status === 'ready' ? (
        <RemoteErrorBoundary key={attempt} remoteName={remoteName} fallback={fallback}>
          <state.Component {...props} />
        </RemoteErrorBoundary>
      ) : null}
    </div>
  );
}
