import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/foundation.css';
import './page-layout.css';

/** The id of the page's <main>: the skip link's target, and where route changes may move focus. */
export const mainContentId = 'main-content';

export interface PageLayoutProps {
  /** Inside the banner landmark: the service's name, language switch, navigation. */
  header: ReactNode;
  /** Inside the contentinfo landmark. */
  footer: ReactNode;
  children: ReactNode;
}

/**
 * The page frame: a skip link as the first thing to tab to, then header, main and footer
 * landmarks. The main area is focusable (tabIndex -1) so the skip link and route changes can move
 * focus there.
 */
export function PageLayout({ header, footer, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="asi-page">
      <a className="asi-skip-link" href={`#${mainContentId}`} onClick={focusMainContent}>
        {t('skipToMainContent')}
      </a>
      <header className="asi-page__header">
        <div className="asi-page__container">{header}</div>
      </header>
      <main id={mainContentId} tabIndex={-1} className="asi-page__main">
        <div className="asi-page__container">{children}</div>
      </main>
      <footer className="asi-page__footer">
        <div className="asi-page__container">{footer}</div>
      </footer>
    </div>
  );
}

// Moves focus itself instead of changing the URL hash, which a client-side router would treat as
// a navigation.
function focusMainContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(mainContentId);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}
