import { useTranslation } from 'react-i18next';
import { Alert, Button, LoadingState } from '@asiointi/platform-ui';
import { useDocumentTitle } from '../layout/use-document-title';
import { PageHeading } from '../pages/PageHeading';
import { GuardianConsentForm } from './GuardianConsentForm';
import { useGuardians } from './use-guardians';

/** "Who may act for me": a 12–17-year-old decides, per guardian and service. */
export function GuardianConsentPage() {
  const { t } = useTranslation('shell');
  const guardians = useGuardians();
  useDocumentTitle(t('guardianConsent.title'));
  return (
    <div className="shell-prose">
      <PageHeading>{t('guardianConsent.title')}</PageHeading>
      <p>{t('guardianConsent.intro')}</p>
      {guardians.isPending ? <LoadingState>{t('guardianConsent.loading')}</LoadingState> : null}
      {guardians.isError ? (
        <Alert
          variant="error"
          actions={
            <Button variant="secondary" onPress={() => void guardians.refetch()}>
              {t('guardianConsent.errors.retry')}
            </Button>
          }
        >
          <p>{t('guardianConsent.errors.loadFailed')}</p>
        </Alert>
      ) : null}
      {guardians.isSuccess && guardians.data.guardians.length === 0 ? (
        <p>{t('guardianConsent.none')}</p>
      ) : null}
      {guardians.data?.guardians.map((guardian) => (
        <GuardianConsentForm key={guardian.subject} guardian={guardian} />
      ))}
    </div>
  );
}
