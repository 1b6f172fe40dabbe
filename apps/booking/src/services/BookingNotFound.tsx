import { useTranslation } from 'react-i18next';
import { Link } from '@asiointi/platform-ui';

/** A path under the module that it does not have. */
export function BookingNotFound({ basePath }: { basePath: string }) {
  const { t } = useTranslation('booking');
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        <Link href={basePath}>{t('notFound.backToBooking')}</Link>
      </p>
    </>
  );
}
