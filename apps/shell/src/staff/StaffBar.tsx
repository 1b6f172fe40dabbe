import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/portal-session';
import { roleText } from '../data-access/event-texts';

/**
 * For a staff member: the header says they are in staff mode and with which roles. Staff
 * navigation gets its links as the modules ship their staff areas; none exists yet.
 */
export function StaffBar() {
  const { t } = useTranslation('shell');
  const { person } = useSession();
  if (person?.kind !== 'staff') return null;
  return (
    <div className="shell-staff">
      <p className="shell-staff__mode">
        <strong>{t('staff.modeLabel')}</strong>
      </p>
      <StaffRoles />
    </div>
  );
}

/** "Nurse, unit …" for each role in each unit. */
export function StaffRoles() {
  const { t } = useTranslation('shell');
  const { person } = useSession();
  const roles = person?.roles ?? [];
  if (roles.length === 0) return <p>{t('staff.noRoles')}</p>;
  return (
    <ul className="shell-staff__roles" aria-label={t('staff.rolesLabel')}>
      {roles.map(({ role, unitId }) => (
        <li key={`${role}:${unitId}`}>{t('staff.roleInUnit', { role: roleText(t, role), unit: unitId })}</li>
      ))}
    </ul>
  );
}
