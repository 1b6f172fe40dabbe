import { useTranslation } from 'react-i18next';
import { Alert } from '@asiointi/platform-ui';

/** Said once when a form is sent with fields that need fixing; each field says what is wrong. */
export function FormProblem({ show }: { show: boolean }) {
  const { t } = useTranslation('booking');
  if (!show) return null;
  return (
    <Alert variant="error">
      <p>{t('staff.form.checkFields')}</p>
    </Alert>
  );
}
