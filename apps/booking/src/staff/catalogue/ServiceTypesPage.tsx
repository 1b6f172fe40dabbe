import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { skillNames, type ServiceType, type Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Alert, Button, LoadingState } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';
import { useServiceTypes } from '../use-staff-queries';
import { ServiceTypeForm } from './ServiceTypeForm';

export interface ServiceTypesPageProps {
  unit: Unit;
  language: Language;
  /** Booking administrators change service types; other roles see them. */
  canChange: boolean;
}

/** The unit's service types with their rules, a self-booking switch, and a form to add or edit one. */
export function ServiceTypesPage({ unit, language, canChange }: ServiceTypesPageProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serviceTypes = useServiceTypes(unit.id);
  const [editing, setEditing] = useState<ServiceType | 'new' | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.serviceTypes.list.pathFilter()),
      queryClient.invalidateQueries(trpc.freeTimes.week.pathFilter()),
    ]);
  const setSelfBookable = useMutation(
    trpc.serviceTypes.setSelfBookable.mutationOptions({
      retry: false,
      onSuccess: async (service) => {
        setNotice(
          t(service.selfBookable ? 'staff.serviceTypes.openedOnline' : 'staff.serviceTypes.closedOnline', {
            name: service.name[language],
          }),
        );
        await refresh();
      },
    }),
  );

  return (
    <>
      {notice ? (
        <Alert variant="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {setSelfBookable.isError ? <StaffError error={setSelfBookable.error} /> : null}
      <h2>{t('staff.serviceTypes.heading')}</h2>
      {serviceTypes.isPending ? <LoadingState>{t('staff.serviceTypes.loading')}</LoadingState> : null}
      {serviceTypes.isError ? (
        <StaffError error={serviceTypes.error} onRetry={() => void serviceTypes.refetch()} />
      ) : null}
      {serviceTypes.isSuccess && serviceTypes.data.length === 0 ? (
        <p>{t('staff.serviceTypes.none')}</p>
      ) : null}
      {serviceTypes.isSuccess && serviceTypes.data.length > 0 ? (
        <ul className="booking-staff-entries">
          {serviceTypes.data.map((service) => {
            const name = service.name[language];
            return (
              <li key={service.id}>
                <p className="booking-staff-entries__title">{name}</p>
                <dl className="booking-staff-facts">
                  <dt>{t('staff.serviceTypes.fields.requiredSkill.label')}</dt>
                  <dd>{skillNames[service.requiredSkill][language]}</dd>
                  <dt>{t('staff.serviceTypes.duration')}</dt>
                  <dd>{t('staff.serviceTypes.minutes', { count: service.durationMinutes })}</dd>
                  <dt>{t('staff.serviceTypes.fields.channels.label')}</dt>
                  <dd>{service.channels.map((channel) => t(`channels.${channel}`)).join(', ')}</dd>
                  <dt>{t('staff.serviceTypes.howBooked')}</dt>
                  <dd>
                    {service.selfBookable
                      ? t('staff.serviceTypes.selfBookableYes')
                      : t('staff.serviceTypes.selfBookableNo')}
                    {service.requiresBookingRight ? `; ${t('staff.serviceTypes.rightNeeded')}` : ''}
                  </dd>
                  <dt>{t('staff.serviceTypes.careGuarantee')}</dt>
                  <dd>
                    {service.careGuarantee
                      ? t('staff.serviceTypes.days', { count: service.careGuarantee.limitDays })
                      : t('staff.serviceTypes.noCareGuarantee')}
                  </dd>
                  {service.sensitive ? (
                    <>
                      <dt>{t('staff.serviceTypes.sensitive')}</dt>
                      <dd>{t('staff.serviceTypes.sensitiveYes')}</dd>
                    </>
                  ) : null}
                </dl>
                {canChange ? (
                  <div className="booking-staff-actions">
                    <Button
                      variant="secondary"
                      aria-label={t('staff.serviceTypes.editNamed', { name })}
                      onPress={() => {
                        setNotice(undefined);
                        setEditing(service);
                      }}
                    >
                      {t('staff.serviceTypes.edit')}
                    </Button>
                    <Button
                      variant="secondary"
                      aria-label={t(
                        service.selfBookable
                          ? 'staff.serviceTypes.closeOnlineNamed'
                          : 'staff.serviceTypes.openOnlineNamed',
                        { name },
                      )}
                      onPress={() => {
                        if (!setSelfBookable.isPending) {
                          setSelfBookable.mutate({
                            serviceTypeId: service.id,
                            selfBookable: !service.selfBookable,
                          });
                        }
                      }}
                    >
                      {service.selfBookable
                        ? t('staff.serviceTypes.closeOnline')
                        : t('staff.serviceTypes.openOnline')}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {editing ? (
        <ServiceTypeForm
          key={editing === 'new' ? 'new' : editing.id}
          unitId={unit.id}
          language={language}
          serviceType={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={async (name) => {
            setEditing(undefined);
            setNotice(t('staff.serviceTypes.saved', { name }));
            await refresh();
          }}
        />
      ) : canChange ? (
        <Button
          onPress={() => {
            setNotice(undefined);
            setEditing('new');
          }}
        >
          {t('staff.serviceTypes.new')}
        </Button>
      ) : null}
    </>
  );
}
