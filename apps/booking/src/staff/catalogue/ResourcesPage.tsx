import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { skillNames, type ListedResource, type Unit } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button, LoadingState } from '@asiointi/platform-ui';
import { StaffError } from '../StaffError';
import { useResources } from '../use-staff-queries';
import { ResourceForm } from './ResourceForm';

/** The unit's resources (people, rooms, mobile units) with a form to add or edit one. */
export function ResourcesPage({ unit, canChange }: { unit: Unit; canChange: boolean }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const resources = useResources(unit.id);
  const [editing, setEditing] = useState<ListedResource | 'new' | undefined>();
  const [saved, setSaved] = useState<string | undefined>();

  return (
    <>
      {saved ? (
        <Alert variant="success">
          <p>{t('staff.resources.saved', { name: saved })}</p>
        </Alert>
      ) : null}
      <h2>{t('staff.resources.heading')}</h2>
      {resources.isPending ? <LoadingState>{t('staff.resources.loading')}</LoadingState> : null}
      {resources.isError ? (
        <StaffError error={resources.error} onRetry={() => void resources.refetch()} />
      ) : null}
      {resources.isSuccess && resources.data.length === 0 ? <p>{t('staff.resources.none')}</p> : null}
      {resources.isSuccess && resources.data.length > 0 ? (
        <ul className="booking-staff-entries">
          {resources.data.map((resource) => (
            <li key={resource.id}>
              <p className="booking-staff-entries__title">{resource.displayName[language]}</p>
              <dl className="booking-staff-facts">
                <dt>{t('staff.resources.kind')}</dt>
                <dd>{t(`staff.resources.kinds.${resource.kind}`)}</dd>
                <dt>{t('staff.resources.fields.skills.label')}</dt>
                <dd>{resource.skills.map((skill) => skillNames[skill][language]).join(', ') || '–'}</dd>
                <dt>{t('staff.resources.fields.languages.label')}</dt>
                <dd>{resource.languages.map((language) => t(`staff.languages.${language}`)).join(', ')}</dd>
                <dt>{t('staff.resources.state')}</dt>
                <dd>{resource.active ? t('staff.resources.activeYes') : t('staff.resources.activeNo')}</dd>
              </dl>
              {canChange ? (
                <Button
                  variant="secondary"
                  aria-label={t('staff.resources.editNamed', { name: resource.displayName[language] })}
                  onPress={() => {
                    setSaved(undefined);
                    setEditing(resource);
                  }}
                >
                  {t('staff.resources.edit')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <ResourceForm
          key={editing === 'new' ? 'new' : editing.id}
          unitId={unit.id}
          resource={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(name) => {
            setEditing(undefined);
            setSaved(name);
          }}
        />
      ) : canChange ? (
        <Button
          onPress={() => {
            setSaved(undefined);
            setEditing('new');
          }}
        >
          {t('staff.resources.new')}
        </Button>
      ) : null}
    </>
  );
}
