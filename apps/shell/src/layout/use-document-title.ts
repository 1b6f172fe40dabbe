import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the tab title to "<page> – <region>", in the current language. A wrapper that renders a
 * page's title only for a while (e.g. until sign-in is done) passes `enabled` so the page itself
 * sets it after.
 */
export function useDocumentTitle(pageTitle: string, enabled = true): void {
  const { t } = useTranslation('shell');
  const regionName = t('regionName');
  useEffect(() => {
    if (!enabled) return;
    document.title = pageTitle === regionName ? regionName : `${pageTitle} – ${regionName}`;
  }, [pageTitle, regionName, enabled]);
}
