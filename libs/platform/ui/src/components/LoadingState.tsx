import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/foundation.css';
import './loading-state.css';

/** A polite "loading" message (role="status") with a spinner that is decoration only. */
export function LoadingState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="asi-loading">
      <span className="asi-loading__spinner" aria-hidden="true" />
      <span>{children ?? t('loading')}</span>
    </div>
  );
}
