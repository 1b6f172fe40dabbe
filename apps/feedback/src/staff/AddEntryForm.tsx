import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCatalogueEntryInputSchema, maxEntryDescriptionLength } from '@asiointi/feedback-contract';
import { ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import {
  Alert,
  Button,
  FormProblem,
  TextAreaField,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';

interface Texts {
  fi: string;
  sv: string;
  en: string;
}

const empty: Texts = { fi: '', sv: '', en: '' };

/** A description is given in every language or not at all: all three empty means none. */
function descriptionOf(texts: Texts): Texts | null {
  return texts.fi.trim() === '' && texts.sv.trim() === '' && texts.en.trim() === '' ? null : texts;
}

/** Adds an entry to the unit's catalogue; the contract's schema checks it before it is sent. */
export function AddEntryForm({ unitId, language }: { unitId: string; language: Language }) {
  const { t } = useTranslation('feedback');
  const fields = t('staff.fields', { returnObjects: true });
  const headingId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState<Texts>(empty);
  const [description, setDescription] = useState<Texts>(empty);
  const [saved, setSaved] = useState<string | undefined>();
  const form = useValidatedSubmit(addCatalogueEntryInputSchema, {
    unitId,
    name,
    description: descriptionOf(description),
  });
  const add = useMutation(
    trpc.catalogue.add.mutationOptions({
      retry: false,
      onSuccess: async (entry) => {
        setSaved(entry.name[language]);
        setName(empty);
        setDescription(empty);
        form.hideProblems();
        await queryClient.invalidateQueries({ queryKey: trpc.catalogue.list.pathKey() });
      },
    }),
  );
  const nameField = (lang: keyof Texts) => ({
    value: name[lang],
    onChange: (value: string) => setName({ ...name, [lang]: value }),
  });
  const descriptionField = (lang: keyof Texts) => ({
    value: description[lang],
    onChange: (value: string) => setDescription({ ...description, [lang]: value }),
    characterLimit: maxEntryDescriptionLength,
  });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staff.formHeading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          setSaved(undefined);
          form.submitTo(add)(event);
        }}
      >
        <TextField {...form.field('name.fi', fields.nameFi)} {...nameField('fi')} isRequired />
        <TextField {...form.field('name.sv', fields.nameSv)} {...nameField('sv')} isRequired />
        <TextField {...form.field('name.en', fields.nameEn)} {...nameField('en')} isRequired />
        <TextAreaField {...form.field('description.fi', fields.descriptionFi)} {...descriptionField('fi')} />
        <TextAreaField {...form.field('description.sv', fields.descriptionSv)} {...descriptionField('sv')} />
        <TextAreaField {...form.field('description.en', fields.descriptionEn)} {...descriptionField('en')} />
        <FormProblem show={form.showFormProblem} />
        <Button type="submit">{add.isPending ? t('staff.saving') : t('staff.save')}</Button>
      </form>
      {saved ? (
        <Alert variant="success">
          <p>{t('staff.saved', { name: saved })}</p>
        </Alert>
      ) : null}
      {add.isError ? (
        <ServiceErrorAlert error={add.error} messages={{ UNIT_NOT_FOUND: t('errors.unitNotFound') }} />
      ) : null}
    </section>
  );
}
