import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> – <region>", in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation('shell');
  const regionName = t('regionName');
  useEffect(() => {
    document.title = pageTitle === regionName ? regionName : `${pageTitle} – ${regionName}`;
  }, [pageTitle, regionName]);
}
