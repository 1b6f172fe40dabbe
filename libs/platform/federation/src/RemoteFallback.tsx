import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';

/** The translated "service not available" message, with a retry button. */
export function RemoteFallback({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="error"
      actions={
        <Button variant="secondary" onPress={onRetry}>
          {t('remote.retry')}
        </Button>
      }
    >
      <p>{t('remote.unavailable')}</p>
    </Alert>
  );
}
