import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useHref } from 'react-router';
import { useTranslation } from 'react-i18next';
import { feedbackStaffRoles } from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Button, Link, LoadingState, Select, SelectItem } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { AddEntryForm } from './AddEntryForm';
import { UnitEntries } from './UnitEntries';

export interface StaffAreaProps {
  auth: RemoteAuth;
  language: Language;
}

/** The professionals' side: one of their units, its entries, and a form to add one. */
export function StaffArea({ auth, language }: StaffAreaProps) {
  const { t } = useTranslation('feedback');
  // Reports and the staff pulse (issue 11, part 2)
  const pulseHref = useHref('pulse');
  if (auth.principalKind !== 'staff') {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('staff.title')}</h1>
        <p>{t('staff.staffOnly')}</p>
        {auth.principalKind === 'anonymous' ? (
          <Button onPress={() => auth.signIn()}>{t('staff.signIn')}</Button>
        ) : null}
      </div>
    );
  }
  // The service decides every call; the page only spares someone without the module's roles a refusal.
  const holdsRole = auth.staffRoles.some(({ role }) =>
    (feedbackStaffRoles as readonly string[]).includes(role),
  );
  if (!holdsRole) {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('staff.title')}</h1>
        <p>{t('staff.noUnits')}</p>
        {/* Reports and the staff pulse (issue 11, part 2): every staff member answers the pulse. */}
        <p>
          <Link href={pulseHref}>{t('pulse.link')}</Link>
        </p>
      </div>
    );
  }
  return <StaffUnits auth={auth} language={language} />;
}

function StaffUnits({ auth, language }: StaffAreaProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const units = useQuery(trpc.staffUnits.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  // Reports and the staff pulse (issue 11, part 2)
  const reportsHref = useHref('reports');
  const pulseHref = useHref('pulse');
  const [chosen, setChosen] = useState<string | null>(null);
  const unitId = chosen ?? units.data?.[0]?.id ?? null;
  const unit = units.data?.find(({ id }) => id === unitId);
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('staff.title')}</h1>
      {/* Reports and the staff pulse (issue 11, part 2) */}
      <nav aria-label={t('staff.title')}>
        <ul className="feedback-staff-links">
          <li>
            <Link href={reportsHref}>{t('reports.link')}</Link>
          </li>
          <li>
            <Link href={pulseHref}>{t('pulse.link')}</Link>
          </li>
        </ul>
      </nav>
      <p>{t('staff.intro')}</p>
      {units.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {units.isError ? (
        <ServiceErrorAlert
          error={units.error}
          onRetry={() => void units.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {units.isSuccess && units.data.length === 0 ? <p>{t('staff.noUnits')}</p> : null}
      {units.isSuccess && unit ? (
        <>
          {units.data.length > 1 ? (
            <Select
              label={t('staff.unitLabel')}
              items={units.data}
              value={unit.id}
              onChange={(key) => setChosen(String(key))}
            >
              {(candidate) => (
                <SelectItem id={candidate.id} textValue={candidate.name[language]}>
                  {candidate.name[language]}
                </SelectItem>
              )}
            </Select>
          ) : (
            <p>
              <strong>{unit.name[language]}</strong>
            </p>
          )}
          <UnitEntries unitId={unit.id} language={language} />
          <AddEntryForm key={unit.id} unitId={unit.id} language={language} />
        </>
      ) : null}
    </div>
  );
}
