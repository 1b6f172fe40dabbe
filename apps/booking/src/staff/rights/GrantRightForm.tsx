import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { grantBookingRightInputSchema, type ServiceType } from '@asiointi/booking-contract';
import { formatPlainDate, type Language } from '@asiointi/platform-i18n';
import { helsinkiInstant, helsinkiToday, type PlainDate } from '@asiointi/platform-time';
import { Alert, Button, FormProblem, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { IdentityCodeField } from '../IdentityCodeField';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { RightValidityFields } from './RightValidityFields';
import { ServiceCodeSelect } from './ServiceCodeSelect';
import { useRightValidity } from './use-right-validity';

export interface GrantRightFormProps {
  unitId: string;
  services: readonly ServiceType[];
  language: Language;
}

/** After a need assessment a professional grants one resident the right to book a service. */
export function GrantRightForm({ unitId, services, language }: GrantRightFormProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.rights.fields', { returnObjects: true });
  const trpc = useTRPC();
  const headingId = useId();
  const [identityCode, setIdentityCode] = useState('');
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const validity = useRightValidity(30);
  const [assessedOn, setAssessedOn] = useState<PlainDate | null>(helsinkiToday);
  const [granted, setGranted] = useState<string | undefined>();
  const form = useValidatedSubmit(grantBookingRightInputSchema, {
    unitId,
    identityCode,
    serviceCode,
    ...validity.values,
    needAssessedAt: assessedOn ? helsinkiInstant(assessedOn, '00:00').toISOString() : null,
  });
  const grant = useMutation(
    trpc.bookingRights.grant.mutationOptions({
      retry: false,
      onSuccess: (_right, input) => {
        setGranted(formatPlainDate(input.validUntil, language));
        // The code is not kept once it has done its job.
        setIdentityCode('');
        form.hideProblems();
      },
    }),
  );
  const sendToGrant = form.submitTo(grant);
  const submit = (event: FormEvent) => {
    // A new attempt: the previous grant's notice no longer applies.
    setGranted(undefined);
    sendToGrant(event);
  };

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.rights.grantHeading')}</h2>
      <form className="booking-staff-form" onSubmit={submit} noValidate>
        <IdentityCodeField
          value={identityCode}
          onChange={setIdentityCode}
          isInvalid={form.invalid('identityCode')}
        />
        <ServiceCodeSelect
          services={services}
          language={language}
          value={serviceCode}
          onChange={setServiceCode}
          isInvalid={form.invalid('serviceCode')}
        />
        <PlainDateField
          {...form.field('needAssessedAt', fields.needAssessedAt)}
          value={assessedOn}
          onChange={setAssessedOn}
          isRequired
        />
        <RightValidityFields {...validity.fields} maxUses={50} field={form.field} />
        <FormProblem show={form.showFormProblem} />
        {grant.isError ? <StaffError error={grant.error} /> : null}
        {granted ? (
          <Alert variant="success">
            <p>{t('staff.rights.granted', { until: granted })}</p>
          </Alert>
        ) : null}
        <Button type="submit">{grant.isPending ? t('staff.form.saving') : t('staff.rights.grant')}</Button>
      </form>
    </section>
  );
}
