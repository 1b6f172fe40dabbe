import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Language } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { residentHrefs } from '../book/resident-paths';
import { reminderSettingsHref } from '../preferences/preferences-path';
import { ServiceList } from './ServiceList';
import { UnitPicker } from './UnitPicker';
import { useUnits } from './use-booking-queries';

/** The module's front page: choose a unit, see its services. The chosen unit is kept in the URL
 * (?unit=…), so reload, back and a shared link show the same list. */
export function ServicesPage({ language, basePath }: { language: Language; basePath: string }) {
  const { t } = useTranslation('booking');
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedUnitId = searchParams.get('unit') ?? undefined;
  // Same query as the picker's: served from the cache, used for the heading and address.
  const units = useUnits();
  const selectedUnit = units.data?.find(({ id }) => id === selectedUnitId);

  return (
    <div className="booking-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="booking-preferences-link">
        <Link href={residentHrefs.find(basePath)}>{t('resident.nav.find')}</Link>
      </p>
      <p className="booking-preferences-link">
        <Link href={residentHrefs.myBookings(basePath)}>{t('resident.nav.myBookings')}</Link>
      </p>
      <p className="booking-preferences-link">
        <Link href={reminderSettingsHref(basePath)}>{t('preferencesLink')}</Link>
      </p>
      <UnitPicker
        language={language}
        selectedUnitId={selectedUnitId}
        onSelect={(unit) => setSearchParams({ unit: unit.id })}
      />
      {selectedUnitId ? (
        <ServiceList unitId={selectedUnitId} unit={selectedUnit} language={language} />
      ) : null}
    </div>
  );
}
