import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@asiointi/platform-ui';
import type { ReportsPageProps } from './ReportsPage';

// Residents never download the reports: they come in their own chunk when staff open them.
const ReportsPage = lazy(() => import('./ReportsPage').then(({ ReportsPage }) => ({ default: ReportsPage })));

export function LazyReportsPage(props: ReportsPageProps) {
  const { t } = useTranslation('feedback');
  return (
    <Suspense fallback={<LoadingState>{t('loading')}</LoadingState>}>
      <ReportsPage {...props} />
    </Suspense>
  );
}
