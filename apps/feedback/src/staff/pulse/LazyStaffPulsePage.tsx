import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@asiointi/platform-ui';
import type { StaffPulsePageProps } from './StaffPulsePage';

// Residents never download the staff pulse: it comes in its own chunk when staff open it.
const StaffPulsePage = lazy(() =>
  import('./StaffPulsePage').then(({ StaffPulsePage }) => ({ default: StaffPulsePage })),
);

export function LazyStaffPulsePage(props: StaffPulsePageProps) {
  const { t } = useTranslation('feedback');
  return (
    <Suspense fallback={<LoadingState>{t('loading')}</LoadingState>}>
      <StaffPulsePage {...props} />
    </Suspense>
  );
}
