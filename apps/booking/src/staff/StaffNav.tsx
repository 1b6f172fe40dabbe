import { useTranslation } from 'react-i18next';
import { Link } from '@asiointi/platform-ui';
import { staffHref, type StaffSection } from './staff-paths';

export interface StaffNavProps {
  basePath: string;
  unitId: string;
  current: StaffSection;
  /** The sections the staff member's roles in the unit open. */
  sections: readonly StaffSection[];
}

/** The unit's sections as links (not ARIA tabs: each is its own page with its own address). */
export function StaffNav({ basePath, unitId, current, sections }: StaffNavProps) {
  const { t } = useTranslation('booking');
  return (
    <nav className="booking-staff-nav" aria-label={t('staff.nav.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <Link
              href={staffHref(basePath, unitId, section)}
              aria-current={section === current ? 'page' : undefined}
              className={section === current ? 'booking-staff-nav__current' : undefined}
            >
              {t(`staff.nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
