import { useTranslation } from 'react-i18next';
import type { Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import type { UnitPermissions } from '../staff-sections';
import { StaffError } from '../StaffError';
import { useServiceTypes } from '../use-staff-queries';
import { GrantRightForm } from './GrantRightForm';
import { InvitationCodesForm } from './InvitationCodesForm';

export interface BookingRightsPageProps {
  unit: Unit;
  language: Language;
  /** Nurses grant rights after assessing a need; booking administrators print invitation codes. */
  permissions: Pick<UnitPermissions, 'grantRights' | 'maintainCatalogue'>;
}

/** Booking rights: granted to one resident after a need assessment, or as invitation-letter codes. */
export function BookingRightsPage({ unit, language, permissions }: BookingRightsPageProps) {
  const { t } = useTranslation('booking');
  const serviceTypes = useServiceTypes(unit.id);
  if (serviceTypes.isPending) return <LoadingState>{t('staff.serviceTypes.loading')}</LoadingState>;
  if (serviceTypes.isError) {
    return <StaffError error={serviceTypes.error} onRetry={() => void serviceTypes.refetch()} />;
  }
  // Services that need a right first: those are what rights are usually for.
  const services = [...serviceTypes.data].sort(
    (a, b) => Number(b.requiresBookingRight) - Number(a.requiresBookingRight),
  );
  if (services.length === 0) return <p>{t('staff.serviceTypes.none')}</p>;
  return (
    <>
      <p>{t('staff.rights.intro')}</p>
      {permissions.grantRights ? (
        <GrantRightForm unitId={unit.id} services={services} language={language} />
      ) : null}
      {permissions.maintainCatalogue ? (
        <InvitationCodesForm unitId={unit.id} services={services} language={language} />
      ) : null}
    </>
  );
}
