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
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FormProblem,
  Radio,
  RadioGroup,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';
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
  const fields = t('staff.resources.fields', { returnObjects: true });
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
  const form = useValidatedSubmit(saveResourceInputSchema, {
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
      <form className="booking-staff-form" onSubmit={form.submitTo(save)} noValidate>
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
        <TextField {...form.field('name', fields.name)} value={name} onChange={setName} isRequired />
        <TextField {...form.field('skills', fields.skills)} value={skills} onChange={setSkills} />
        <CheckboxGroup
          {...form.field('languages', fields.languages)}
          value={languages}
          onChange={(values) => setLanguages(serviceLanguageSchema.array().catch([]).parse(values))}
          isRequired
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
        <FormProblem show={form.showFormProblem} />
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
