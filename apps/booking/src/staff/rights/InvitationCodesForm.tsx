import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { issueInvitationCodesInputSchema, type ServiceType } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Button, FormProblem, TextField, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { wholeNumberOf } from '../catalogue/form-values';
import { StaffError } from '../StaffError';
import { IssuedCodes, type IssuedBatch } from './IssuedCodes';
import { RightValidityFields } from './RightValidityFields';
import { ServiceCodeSelect } from './ServiceCodeSelect';
import { useRightValidity } from './use-right-validity';

export interface InvitationCodesFormProps {
  unitId: string;
  services: readonly ServiceType[];
  language: Language;
}

/** Codes for invitation letters. The service stores only their hashes, so they are shown this once. */
export function InvitationCodesForm({ unitId, services, language }: InvitationCodesFormProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.codes.fields', { returnObjects: true });
  const trpc = useTRPC();
  const headingId = useId();
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const validity = useRightValidity(90);
  const [count, setCount] = useState('10');
  // Held in this component only: gone when the page is left, never in a cache.
  const [issued, setIssued] = useState<IssuedBatch | undefined>();
  const form = useValidatedSubmit(issueInvitationCodesInputSchema, {
    unitId,
    serviceCode,
    ...validity.values,
    count: wholeNumberOf(count),
  });
  const issue = useMutation(
    trpc.bookingRights.issueInvitationCodes.mutationOptions({
      retry: false,
      onSuccess: ({ codes }, input) => {
        const service = services.find(({ code }) => code === input.serviceCode);
        setIssued({
          codes,
          serviceName: service ? service.name[language] : input.serviceCode,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
        });
        form.hideProblems();
        issue.reset();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.codes.heading')}</h2>
      {issued ? (
        <IssuedCodes batch={issued} language={language} onDone={() => setIssued(undefined)} />
      ) : (
        <form className="booking-staff-form" onSubmit={form.submitTo(issue)} noValidate>
          <ServiceCodeSelect
            services={services}
            language={language}
            value={serviceCode}
            onChange={setServiceCode}
            isInvalid={form.invalid('serviceCode')}
          />
          <RightValidityFields {...validity.fields} maxUses={10} field={form.field} />
          <TextField
            {...form.field('count', fields.count)}
            value={count}
            onChange={setCount}
            inputMode="numeric"
            isRequired
          />
          <FormProblem show={form.showFormProblem} />
          {issue.isError ? <StaffError error={issue.error} /> : null}
          <Button type="submit">{issue.isPending ? t('staff.codes.issuing') : t('staff.codes.issue')}</Button>
        </form>
      )}
    </section>
  );
}
