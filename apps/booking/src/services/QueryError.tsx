import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';

/** A failed query as a translated alert with a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('booking');
  return (
    <Alert
      variant="error"
      actions={
        <Button variant="secondary" onPress={onRetry}>
          {t('errors.retry')}
        </Button>
      }
    >
      <p>{t(errorMessageKey(error))}</p>
    </Alert>
  );
}
