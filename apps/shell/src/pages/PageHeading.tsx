import type { ReactNode } from 'react';

/** A page's h1, focusable by script (not by Tab) so route changes can move focus to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return <h1 tabIndex={-1}>{children}</h1>;
}
