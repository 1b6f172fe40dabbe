import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';

/** Said once when a form is sent with fields that need fixing; each field says what is wrong. */
export function FormProblem({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert variant="error">
      <p>{t('form.checkFields')}</p>
    </Alert>
  );
}
