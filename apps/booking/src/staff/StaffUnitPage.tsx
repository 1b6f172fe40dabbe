import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useParams } from 'react-router';
import type { Unit } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { ResourcesPage } from './catalogue/ResourcesPage';
import { ServiceTypesPage } from './catalogue/ServiceTypesPage';
import { DayListPage } from './day-list/DayListPage';
import { FiguresPage } from './figures/FiguresPage';
import { BookingRightsPage } from './rights/BookingRightsPage';
import { SchedulesPage } from './schedules/SchedulesPage';
import { staffHref, type StaffSection } from './staff-paths';
import { permissionsOf } from './staff-sections';
import { StaffError } from './StaffError';
import { StaffNav } from './StaffNav';
import { useStaffUnits } from './use-staff-units';

export interface StaffUnitPageProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/** One of the staff member's units: its sections, each at its own address. */
export function StaffUnitPage({ auth, basePath, language }: StaffUnitPageProps) {
  const { t } = useTranslation('booking');
  const { unitId = '' } = useParams();
  const units = useStaffUnits(auth);

  if (units.status === 'loading') return <LoadingState>{t('staff.units.loading')}</LoadingState>;
  if (units.status === 'error') return <StaffError error={units.error} onRetry={units.retry} />;
  const unit = units.units.find(({ id }) => id === unitId);
  if (!unit) {
    return (
      <div className="booking-page booking-staff">
        <h1 tabIndex={-1}>{t('staff.units.notYours')}</h1>
        <p>
          <Link href={staffHref(basePath)}>{t('staff.units.backToUnits')}</Link>
        </p>
      </div>
    );
  }

  const permissions = permissionsOf(units.rolesIn(unit.id));
  const { maintainCatalogue } = permissions;
  const pages: Record<StaffSection, ReactNode> = {
    'day-list': <DayListPage unit={unit} language={language} />,
    schedules: <SchedulesPage unit={unit} language={language} canChange={maintainCatalogue} />,
    resources: <ResourcesPage unit={unit} canChange={maintainCatalogue} />,
    'service-types': <ServiceTypesPage unit={unit} language={language} canChange={maintainCatalogue} />,
    rights: <BookingRightsPage unit={unit} language={language} permissions={permissions} />,
    figures: <FiguresPage unit={unit} language={language} />,
  };
  const first = permissions.sections[0] ?? 'day-list';
  return (
    <Routes>
      <Route index element={<Navigate to={first} replace />} />
      {permissions.sections.map((name) => (
        <Route
          key={name}
          path={name}
          element={
            <StaffSectionLayout
              basePath={basePath}
              unit={unit}
              language={language}
              section={name}
              sections={permissions.sections}
            >
              {pages[name]}
            </StaffSectionLayout>
          }
        />
      ))}
      <Route path="*" element={<Navigate to={first} replace />} />
    </Routes>
  );
}

interface StaffSectionLayoutProps {
  basePath: string;
  unit: Unit;
  language: Language;
  section: StaffSection;
  sections: readonly StaffSection[];
  children: ReactNode;
}

function StaffSectionLayout({
  basePath,
  unit,
  language,
  section,
  sections,
  children,
}: StaffSectionLayoutProps) {
  const { t } = useTranslation('booking');
  return (
    <div className="booking-page booking-staff">
      <p className="booking-staff__unit">
        <Link href={staffHref(basePath)}>{t('staff.units.change')}</Link>
        <span>{unit.name[language]}</span>
      </p>
      <h1 tabIndex={-1}>{t(`staff.nav.${section}`)}</h1>
      <StaffNav basePath={basePath} unitId={unit.id} current={section} sections={sections} />
      {children}
    </div>
  );
}
