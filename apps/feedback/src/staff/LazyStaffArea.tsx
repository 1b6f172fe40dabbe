import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@asiointi/platform-ui';
import type { StaffAreaProps } from './StaffArea';

// Residents never download the staff pages: they come in their own chunk when staff open them.
const StaffArea = lazy(() => import('./StaffArea').then(({ StaffArea }) => ({ default: StaffArea })));

/** The staff area, loaded on first use. */
export function LazyStaffArea(props: StaffAreaProps) {
  const { t } = useTranslation('feedback');
  return (
    <Suspense fallback={<LoadingState>{t('loading')}</LoadingState>}>
      <StaffArea {...props} />
    </Suspense>
  );
}
