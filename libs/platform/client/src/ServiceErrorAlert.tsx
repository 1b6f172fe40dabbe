import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { errorCodeOf } from './service-error';
import { serviceErrorMessageKey } from './service-error-message';

export interface ServiceErrorAlertProps {
  error: unknown;
  /** The module's own words for its own codes (e.g. { UNIT_NOT_FOUND: t('errors.unitNotFound') }). */
  messages?: Partial<Record<string, string>>;
  onRetry?: () => void;
  /** Offered instead of retrying when the sign-in has run out (UNAUTHENTICATED). */
  onSignIn?: () => void;
}

/**
 * A failed call as a translated alert: the module's words for its codes, the platform's for the rest,
 * never the server's own text. Offers to try again, or to sign in again when the sign-in ran out.
 */
export function ServiceErrorAlert({ error, messages = {}, onRetry, onSignIn }: ServiceErrorAlertProps) {
  const { t } = useTranslation('common');
  const code = errorCodeOf(error);
  const own = code === undefined ? undefined : messages[code];
  const signInInstead = onSignIn !== undefined && code === 'UNAUTHENTICATED';
  const action = signInInstead ? (
    <Button onPress={onSignIn}>{t('serviceErrors.signIn')}</Button>
  ) : onRetry ? (
    <Button variant="secondary" onPress={onRetry}>
      {t('serviceErrors.retry')}
    </Button>
  ) : undefined;
  return (
    <Alert variant="error" actions={action}>
      <p>{own ?? t(serviceErrorMessageKey(error))}</p>
    </Alert>
  );
}
