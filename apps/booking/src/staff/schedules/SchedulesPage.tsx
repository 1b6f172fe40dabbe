import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { ResourceSelect } from '../ResourceSelect';
import { StaffError } from '../StaffError';
import { useResources } from '../use-staff-queries';
import { ResourceSchedule } from './ResourceSchedule';

export interface SchedulesPageProps {
  unit: Unit;
  language: Language;
  /** Booking administrators change schedules; other roles see them. */
  canChange: boolean;
}

/** Per resource: its weekly templates, exceptions and blocked times, and forms to add each. */
export function SchedulesPage({ unit, language, canChange }: SchedulesPageProps) {
  const { t } = useTranslation('booking');
  const resources = useResources(unit.id);
  const [chosen, setChosen] = useState<string | null>(null);

  if (resources.isPending) return <LoadingState>{t('staff.resources.loading')}</LoadingState>;
  if (resources.isError)
    return <StaffError error={resources.error} onRetry={() => void resources.refetch()} />;
  if (resources.data.length === 0) return <p>{t('staff.schedules.noResources')}</p>;
  const resource = resources.data.find(({ id }) => id === chosen) ?? resources.data[0];

  return (
    <>
      <ResourceSelect resources={resources.data} value={resource?.id ?? null} onChange={setChosen} />
      {resource ? (
        <ResourceSchedule key={resource.id} resource={resource} language={language} canChange={canChange} />
      ) : null}
    </>
  );
}
