import type { ReactNode } from 'react';
import '../styles/foundation.css';
import './alert.css';

export type AlertVariant = 'info' | 'success' | 'error';

export interface AlertProps {
  variant?: AlertVariant;
  /** A short bold first line. */
  title?: ReactNode;
  children?: ReactNode;
  /** Optional actions (e.g. a retry button) under the text. */
  actions?: ReactNode;
}

/**
 * A message in the page. Errors use role="alert" (read out at once), info and success use
 * role="status" (read out politely). Render it when the message appears, so it is announced.
 */
export function Alert({ variant = 'info', title, children, actions }: AlertProps) {
  return (
    <div role={variant === 'error' ? 'alert' : 'status'} className={`asi-alert asi-alert--${variant}`}>
      {title ? <p className="asi-alert__title">{title}</p> : null}
      {children ? <div className="asi-alert__text">{children}</div> : null}
      {actions ? <div className="asi-alert__actions">{actions}</div> : null}
    </div>
  );
}
