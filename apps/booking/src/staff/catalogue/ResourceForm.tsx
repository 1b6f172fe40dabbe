import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  resourceKindSchema,
  saveResourceInputSchema,
  serviceLanguageSchema,
  type Resource,
  type ResourceKind,
  type ServiceLanguage,
} from '@asiointi/booking-contract';
import { Button, Checkbox, CheckboxGroup, Radio, RadioGroup, TextField } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { FormProblem } from '../FormProblem';
import { StaffError } from '../StaffError';
import { useValidatedSubmit } from '../use-validated-submit';
import { codesOf } from './form-values';

export interface ResourceFormProps {
  unitId: string;
  /** The resource to edit; a new one when absent. */
  resource: Resource | undefined;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Creates or edits a resource (`resources.save`). */
export function ResourceForm({ unitId, resource, onClose, onSaved }: ResourceFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [kind, setKind] = useState<ResourceKind>(resource?.kind ?? 'person');
  const [name, setName] = useState(resource?.name ?? '');
  const [skills, setSkills] = useState(resource?.skills.join(', ') ?? '');
  const [languages, setLanguages] = useState<ServiceLanguage[]>(resource?.languages ?? ['fi']);
  const [active, setActive] = useState(resource?.active ?? true);
  const save = useMutation(
    trpc.resources.save.mutationOptions({
      retry: false,
      onSuccess: async (_saved, input) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.resources.list.pathFilter()),
          queryClient.invalidateQueries(trpc.freeTimes.week.pathFilter()),
        ]);
        onSaved(input.name);
      },
    }),
  );
  const { invalid, showFormProblem, submitTo } = useValidatedSubmit(saveResourceInputSchema, {
    ...(resource ? { id: resource.id } : {}),
    unitId,
    kind,
    name,
    skills: codesOf(skills),
    languages,
    active,
  });

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>
        {resource
          ? t('staff.resources.editHeading', { name: resource.name })
          : t('staff.resources.newHeading')}
      </h2>
      <form className="booking-staff-form" onSubmit={submitTo(save)} noValidate>
        <RadioGroup
          label={t('staff.resources.kind')}
          value={kind}
          onChange={(value) => setKind(resourceKindSchema.catch('person').parse(value))}
        >
          {resourceKindSchema.options.map((option) => (
            <Radio key={option} value={option}>
              {t(`staff.resources.kinds.${option}`)}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          label={t('staff.resources.name')}
          description={t('staff.resources.nameHelp')}
          value={name}
          onChange={setName}
          isRequired
          isInvalid={invalid('name')}
          errorMessage={t('staff.resources.nameInvalid')}
        />
        <TextField
          label={t('staff.resources.skills')}
          description={t('staff.resources.skillsHelp')}
          value={skills}
          onChange={setSkills}
          isInvalid={invalid('skills')}
          errorMessage={t('staff.resources.skillsInvalid')}
        />
        <CheckboxGroup
          label={t('staff.resources.languages')}
          value={languages}
          onChange={(values) => setLanguages(serviceLanguageSchema.array().catch([]).parse(values))}
          isRequired
          isInvalid={invalid('languages')}
          errorMessage={t('staff.resources.languagesMissing')}
        >
          {serviceLanguageSchema.options.map((language) => (
            <Checkbox key={language} value={language}>
              {t(`staff.languages.${language}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Checkbox isSelected={active} onChange={setActive} description={t('staff.resources.activeHelp')}>
          {t('staff.resources.active')}
        </Checkbox>
        <FormProblem show={showFormProblem} />
        {save.isError ? <StaffError error={save.error} /> : null}
        <div className="booking-staff-actions">
          <Button type="submit">{save.isPending ? t('staff.form.saving') : t('staff.form.save')}</Button>
          <Button variant="secondary" onPress={onClose}>
            {t('staff.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
