import { useTranslation } from 'react-i18next';
import { Link } from '@asiointi/platform-ui';
import { useDocumentTitle } from '../layout/use-document-title';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.backHome')}</Link>
      </p>
    </>
  );
}
