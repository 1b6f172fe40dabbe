import { useTranslation } from 'react-i18next';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { staffHref } from './staff-paths';
import { StaffError } from './StaffError';
import { useStaffUnits } from './use-staff-units';

export interface StaffHomePageProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/** Where staff land: the units they work in, each a link to its day list. */
export function StaffHomePage({ auth, basePath, language }: StaffHomePageProps) {
  const { t } = useTranslation('booking');
  const units = useStaffUnits(auth);
  return (
    <div className="booking-page booking-staff">
      <h1 tabIndex={-1}>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      {units.status === 'loading' ? <LoadingState>{t('staff.units.loading')}</LoadingState> : null}
      {units.status === 'error' ? <StaffError error={units.error} onRetry={units.retry} /> : null}
      {units.status === 'ready' && units.units.length === 0 ? <p>{t('staff.units.none')}</p> : null}
      {units.status === 'ready' && units.units.length > 0 ? (
        <nav aria-label={t('staff.units.label')}>
          <ul className="booking-staff-units">
            {units.units.map((unit) => (
              <li key={unit.id}>
                <Link href={staffHref(basePath, unit.id)}>{unit.name[language]}</Link>
                <span className="booking-staff-units__place">{unit.municipality}</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
