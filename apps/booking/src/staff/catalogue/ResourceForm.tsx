import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  resourceKindSchema,
  saveResourceInputSchema,
  serviceLanguageSchema,
  skillNames,
  skillSchema,
  type ListedResource,
  type ResourceKind,
  type ServiceLanguage,
  type Skill,
} from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
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
import { titleOfDraft } from './title-draft';

export interface ResourceFormProps {
  unitId: string;
  /** The resource to edit; a new one when absent. */
  resource: ListedResource | undefined;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Creates or edits a resource (`resources.save`). */
export function ResourceForm({ unitId, resource, onClose, onSaved }: ResourceFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const { language } = useLanguage();
  const fields = t('staff.resources.fields', { returnObjects: true });
  const [kind, setKind] = useState<ResourceKind>(resource?.kind ?? 'person');
  const [title, setTitle] = useState({
    fi: resource?.title?.fi ?? '',
    sv: resource?.title?.sv ?? '',
    en: resource?.title?.en ?? '',
  });
  const [name, setName] = useState(resource?.name ?? '');
  const [skills, setSkills] = useState<Skill[]>(resource?.skills ?? []);
  const [languages, setLanguages] = useState<ServiceLanguage[]>(resource?.languages ?? ['fi']);
  const [active, setActive] = useState(resource?.active ?? true);
  const save = useMutation(
    trpc.resources.save.mutationOptions({
      retry: false,
      onSuccess: async (saved) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.resources.list.pathFilter()),
          queryClient.invalidateQueries(trpc.freeTimes.week.pathFilter()),
        ]);
        onSaved(saved.displayName[language]);
      },
    }),
  );
  const form = useValidatedSubmit(saveResourceInputSchema, {
    ...(resource ? { id: resource.id } : {}),
    unitId,
    kind,
    title: titleOfDraft(title),
    name: name.trim(),
    skills,
    languages,
    active,
  });

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>
        {resource
          ? t('staff.resources.editHeading', { name: resource.displayName[language] })
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
        {(['fi', 'sv', 'en'] as const).map((titleLanguage) => (
          <TextField
            key={titleLanguage}
            {...form.field(`title.${titleLanguage}`, fields.title[titleLanguage])}
            value={title[titleLanguage]}
            onChange={(value) => setTitle((current) => ({ ...current, [titleLanguage]: value }))}
          />
        ))}
        <TextField {...form.field('name', fields.name)} value={name} onChange={setName} isRequired />
        <CheckboxGroup
          {...form.field('skills', fields.skills)}
          value={skills}
          onChange={(values) => setSkills(skillSchema.array().catch([]).parse(values))}
        >
          {skillSchema.options.map((skill) => (
            <Checkbox key={skill} value={skill}>
              {skillNames[skill][language]}
            </Checkbox>
          ))}
        </CheckboxGroup>
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
