import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/**
 * Keeps keyboard focus in a region whose content is swapped (loading -> remote): if focus was in
 * the region when its old content went away, it moves to the new content's h1 (or the region).
 * Focus the user never put there is left alone, so a fresh page load still starts at the top.
 */
export function useFocusHandover(containerRef: RefObject<HTMLElement | null>, contentKey: string) {
  const focusWasInside = useRef(false);

  // In the commit that swaps the content, not after it: focus never rests on <body> in between, and
  // nothing (an assistive technology, a test) can see the new content before focus has reached it.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || !focusWasInside.current) return;
    const active = document.activeElement;
    // Focus is still on something the user can see: leave it there.
    if (active && active !== document.body && active !== container) return;
    const target = container.querySelector<HTMLElement>('h1') ?? container;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [containerRef, contentKey]);

  return {
    onFocus: () => {
      focusWasInside.current = true;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // A removed element blurs with no relatedTarget: that is the case handled above, not a leave.
      const next = event.relatedTarget;
      if (next instanceof Node && !containerRef.current?.contains(next)) focusWasInside.current = false;
    },
  };
}
