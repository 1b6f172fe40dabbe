import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { useSession } from '../auth/portal-session';
import { roleInUnitText } from '../data-access/event-texts';
import { useUnitDirectory } from '../units/use-unit-directory';
import { staffAreaLinks } from './staff-areas';

export interface StaffBarProps {
  /** The modules deployed now: only their staff pages get a link. */
  remotes: readonly RuntimeRemote[];
}

/**
 * For a staff member: the header says they are in staff mode and with which roles, and links to the
 * modules' staff pages.
 */
export function StaffBar({ remotes }: StaffBarProps) {
  const { t } = useTranslation('shell');
  const { person } = useSession();
  if (person?.kind !== 'staff') return null;
  return (
    <div className="shell-staff">
      <p className="shell-staff__mode">
        <strong>{t('staff.modeLabel')}</strong>
      </p>
      <StaffRoles />
      {person.roles.length > 0 ? <StaffAreaLinks remotes={remotes} /> : null}
    </div>
  );
}

/** "Nurse, Kaijonharju Wellbeing Centre" for each role in each unit. */
export function StaffRoles() {
  const { t } = useTranslation('shell');
  const { person } = useSession();
  const { unitName } = useUnitDirectory();
  const roles = person?.roles ?? [];
  if (roles.length === 0) return <p>{t('staff.noRoles')}</p>;
  return (
    <ul className="shell-staff__roles" aria-label={t('staff.rolesLabel')}>
      {roles.map(({ role, unitId }) => (
        <li key={`${role}:${unitId}`}>{roleInUnitText(t, role, unitId, unitName)}</li>
      ))}
    </ul>
  );
}

/**
 * Offered to anyone with a role: which roles a module lets in is the module's business, and its staff
 * pages tell a person without one what to do.
 */
function StaffAreaLinks({ remotes }: StaffBarProps) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const links = staffAreaLinks(remotes, language);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('staff.areasLabel')}>
      <ul className="shell-staff__areas">
        {links.map(({ module, title, href }) => (
          <li key={module}>
            <Link href={href} className="shell-staff__area-link">
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
