import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { staffErrorOverrides } from './staff-error-keys';

export interface StaffErrorProps {
  error: unknown;
  /** Offered as a "try again" button for a failed read. */
  onRetry?: () => void;
}

/** A failed call as a translated alert: only the typed code decides the text, never the server's. */
export function StaffError({ error, onRetry }: StaffErrorProps) {
  const { t } = useTranslation('booking');
  return (
    <Alert
      variant="error"
      actions={
        onRetry ? (
          <Button variant="secondary" onPress={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    >
      <p>{t(errorMessageKey(error, staffErrorOverrides))}</p>
    </Alert>
  );
}
