import { useTranslation } from 'react-i18next';
import type { StaffUnit } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { staffHref } from './staff-paths';
import { StaffError } from './StaffError';
import { useMyUnits } from './use-my-units';
import { municipalityName } from '@asiointi/platform-contract';

export interface StaffHomePageProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/**
 * Where staff land: the units they work in, each with booking a link to its day list; a unit booking has
 * no services in yet is named and said so.
 */
export function StaffHomePage({ auth, basePath, language }: StaffHomePageProps) {
  const { t } = useTranslation('booking');
  const { hasBookingRole, query } = useMyUnits(auth);
  const units = query.data?.units ?? [];
  const notShown = query.data?.notShown ?? 0;
  return (
    <div className="booking-page booking-staff">
      <h1 tabIndex={-1}>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      {!hasBookingRole ? <p>{t('staff.units.none')}</p> : null}
      {hasBookingRole && query.isPending ? <LoadingState>{t('staff.units.loading')}</LoadingState> : null}
      {query.isError ? <StaffError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && units.length === 0 && notShown === 0 ? <p>{t('staff.units.none')}</p> : null}
      {units.length > 0 ? (
        <nav aria-label={t('staff.units.label')}>
          <ul className="booking-staff-units">
            {units.map((unit) => (
              <StaffUnitItem key={unit.id} unit={unit} basePath={basePath} language={language} />
            ))}
          </ul>
        </nav>
      ) : null}
      {notShown > 0 ? <p>{t('staff.units.notShown', { count: notShown })}</p> : null}
    </div>
  );
}

function StaffUnitItem({
  unit,
  basePath,
  language,
}: {
  unit: StaffUnit;
  basePath: string;
  language: Language;
}) {
  const { t } = useTranslation('booking');
  if (!unit.inBooking) {
    return (
      <li className="booking-staff-units__pending">
        <span>{unit.name[language]}</span>
        <span className="booking-staff-units__place">{municipalityName(unit.municipality, language)}</span>
        <span className="booking-staff-units__note">{t('staff.units.noServicesYet')}</span>
      </li>
    );
  }
  return (
    <li>
      <Link href={staffHref(basePath, unit.id)}>{unit.name[language]}</Link>
      <span className="booking-staff-units__place">{municipalityName(unit.municipality, language)}</span>
    </li>
  );
}
