import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { mainContentId } from '@asiointi/platform-ui';

/**
 * After a client-side navigation, moves focus to the new page's h1 (or to <main> if it has none
 * yet), as a full page load would start the reader at the top of the new content. The first
 * render is left alone so a fresh page starts at the skip link.
 */
export function useFocusOnRouteChange(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(mainContentId);
    const heading = main?.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
}
