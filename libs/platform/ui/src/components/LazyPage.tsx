import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { LoadingState } from './LoadingState';
import { mainContentId } from './PageLayout';

/**
 * After a client-side navigation the shell moves focus to the new page's h1, or to <main> while the
 * page's chunk is still on its way: once the page is there, focus that waited on <main> goes on to its
 * h1. Focus anywhere else (a fresh load starts on <body>, or the person has moved on) is left alone.
 */
function FocusHeadingWhenShown({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    const main = document.getElementById(mainContentId);
    if (!main || document.activeElement !== main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, []);
  return children;
}

export interface LazyPageProps {
  /** A page made with React's lazy(): fetched in its own chunk when first shown. */
  children: ReactNode;
  /** What is loading, e.g. "Loading services…"; the common "Loading…" without it. */
  loadingText?: string;
}

/** A page from a chunk of its own: a polite loading line until it has come, then focus on its h1. */
export function LazyPage({ children, loadingText }: LazyPageProps) {
  return (
    <Suspense fallback={<LoadingState>{loadingText}</LoadingState>}>
      <FocusHeadingWhenShown>{children}</FocusHeadingWhenShown>
    </Suspense>
  );
}
