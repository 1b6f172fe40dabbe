import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeEntryInputSchema,
  maxChangeTextLength,
  type ChangeEntry,
  type ChangeEntryInput,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import {
  Alert,
  Button,
  Checkbox,
  FormProblem,
  LoadingState,
  Select,
  SelectItem,
  TextAreaField,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { ChangeArticle } from '../resident/ChangesPage';
import { useFeedbackErrorMessages } from '../shared/error-messages';
import type { StaffPageProps } from './StaffArea';

type Texts = { fi: string; sv: string; en: string };
const empty: Texts = { fi: '', sv: '', en: '' };

/** "You said, we did" entries of the caller's units: add, edit, publish and unpublish. */
export function StaffChangesPage({ auth, language }: StaffPageProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessages = useFeedbackErrorMessages();
  const entries = useQuery(trpc.changes.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  const [editing, setEditing] = useState<ChangeEntry | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const refresh = async () => {
    setEditing(null);
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.changes.pathKey() });
  };
  const setPublished = useMutation(
    trpc.changes.setPublished.mutationOptions({ retry: false, onSuccess: refresh }),
  );
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('staff.changes.title')}</h1>
      {saved ? (
        <Alert variant="success">
          <p>{t('staff.changes.saved')}</p>
        </Alert>
      ) : null}
      {editing ? (
        <ChangeForm
          entry={editing === 'new' ? null : editing}
          language={language}
          onSaved={refresh}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p>
          <Button onPress={() => (setSaved(false), setEditing('new'))}>{t('staff.changes.add')}</Button>
        </p>
      )}
      {entries.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {entries.isError ? (
        <ServiceErrorAlert
          error={entries.error}
          onRetry={() => void entries.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {setPublished.isError ? (
        <ServiceErrorAlert error={setPublished.error} messages={errorMessages} />
      ) : null}
      {entries.isSuccess && entries.data.length === 0 ? <p>{t('staff.changes.none')}</p> : null}
      {entries.isSuccess
        ? entries.data.map((entry) => (
            <div key={entry.id} className="feedback-card">
              <ChangeArticle change={entry} language={language} />
              <p>{entry.published ? t('staff.changes.published') : t('staff.changes.unpublished')}</p>
              <div className="feedback-actions">
                <Button variant="secondary" onPress={() => (setSaved(false), setEditing(entry))}>
                  {t('staff.changes.edit')}
                </Button>
                <Button
                  variant="secondary"
                  onPress={() => setPublished.mutate({ id: entry.id, published: !entry.published })}
                >
                  {entry.published ? t('staff.changes.unpublish') : t('staff.changes.publish')}
                </Button>
              </div>
            </div>
          ))
        : null}
    </div>
  );
}

function ChangeForm({
  entry,
  language,
  onSaved,
  onCancel,
}: {
  entry: ChangeEntry | null;
  language: Language;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('feedback');
  const fields = t('staff.changes.fields', { returnObjects: true });
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const units = useQuery(trpc.staffUnits.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  const [unitId, setUnitId] = useState<string | null>(entry?.unitId ?? null);
  const [month, setMonth] = useState(entry?.month ?? '');
  const [title, setTitle] = useState<Texts>(entry?.title ?? empty);
  const [said, setSaid] = useState<Texts>(entry?.said ?? empty);
  const [done, setDone] = useState<Texts>(entry?.done ?? empty);
  const [published, setPublished] = useState(entry?.published ?? false);
  const values = { unitId, month, title, said, done, published };
  const form = useValidatedSubmit(changeEntryInputSchema, values);
  const create = useMutation(trpc.changes.create.mutationOptions({ retry: false, onSuccess: onSaved }));
  const update = useMutation(trpc.changes.update.mutationOptions({ retry: false, onSuccess: onSaved }));
  const target = {
    isPending: create.isPending || update.isPending,
    mutate: (input: ChangeEntryInput) =>
      entry ? update.mutate({ id: entry.id, entry: input }) : create.mutate(input),
  };
  const error = create.error ?? update.error;
  const textField = (
    path: 'title' | 'said' | 'done',
    lang: keyof Texts,
    value: Texts,
    set: (texts: Texts) => void,
  ) => {
    const key = `${path}${lang === 'fi' ? 'Fi' : lang === 'sv' ? 'Sv' : 'En'}` as keyof typeof fields;
    const texts = fields[key] as { label: string; errorMessage: string };
    const props = {
      ...form.field(`${path}.${lang}`, texts),
      value: value[lang],
      onChange: (text: string) => set({ ...value, [lang]: text }),
      isRequired: true,
    };
    return path === 'title' ? (
      <TextField key={key} {...props} />
    ) : (
      <TextAreaField key={key} {...props} characterLimit={maxChangeTextLength} />
    );
  };
  return (
    <form noValidate onSubmit={form.submitTo(target)}>
      {units.isSuccess ? (
        <Select
          {...form.field('unitId', fields.unit)}
          items={units.data}
          value={unitId}
          onChange={(key) => setUnitId(key === null ? null : String(key))}
          isRequired
        >
          {(unit) => (
            <SelectItem id={unit.id} textValue={unit.name[language]}>
              {unit.name[language]}
            </SelectItem>
          )}
        </Select>
      ) : null}
      <TextField {...form.field('month', fields.month)} value={month} onChange={setMonth} isRequired />
      {(['fi', 'sv', 'en'] as const).map((lang) => textField('title', lang, title, setTitle))}
      {(['fi', 'sv', 'en'] as const).map((lang) => textField('said', lang, said, setSaid))}
      {(['fi', 'sv', 'en'] as const).map((lang) => textField('done', lang, done, setDone))}
      <Checkbox isSelected={published} onChange={setPublished}>
        {fields.published}
      </Checkbox>
      <FormProblem show={form.showFormProblem} />
      <div className="feedback-actions">
        <Button type="submit">{t('staff.changes.save')}</Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('staff.changes.cancel')}
        </Button>
      </div>
      {error ? <ServiceErrorAlert error={error} messages={errorMessages} /> : null}
    </form>
  );
}
