import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { errorCodeOf } from '@asiointi/platform-client';

export interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** Offered instead of retrying when the sign-in has run out (UNAUTHENTICATED). */
  onSignIn?: () => void;
}

/** A failed query as a translated alert with a retry button (or a sign-in button). */
export function QueryError({ error, onRetry, onSignIn }: QueryErrorProps) {
  const { t } = useTranslation('booking');
  const signInInstead = onSignIn !== undefined && errorCodeOf(error) === 'UNAUTHENTICATED';
  return (
    <Alert
      variant="error"
      actions={
        signInInstead ? (
          <Button onPress={onSignIn}>{t('errors.signIn')}</Button>
        ) : (
          <Button variant="secondary" onPress={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    >
      <p>{t(errorMessageKey(error))}</p>
    </Alert>
  );
}
