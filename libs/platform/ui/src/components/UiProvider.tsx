import type { ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { localeOf, useLanguage } from '@asiointi/platform-i18n';
import '../styles/foundation.css';

/** mailto:, tel:, https://… and protocol-relative links are left to the browser. */
function isExternal(href: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
}

/** The router's href for an app path; any other link unchanged (the router would make it relative). */
function useLinkHref(href: string): string {
  const routed = useHref(isExternal(href) ? '/' : href);
  return isExternal(href) ? href : routed;
}

/**
 * Wraps an app, or a remote (each bundles its own React Aria): components speak the current
 * language (React Aria's built-in strings and date formats), and links navigate with the shared
 * router. Must sit inside a react-router Router.
 */
export function UiProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const { language } = useLanguage();
  return (
    <I18nProvider locale={localeOf[language]}>
      <RouterProvider navigate={(href) => void navigate(href)} useHref={useLinkHref}>
        {children}
      </RouterProvider>
    </I18nProvider>
  );
}
