import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  questionSetKeySchema,
  regionalStatementInputSchema,
  type Question,
  type QuestionSetKey,
  type QuestionSetVersion,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import {
  Alert,
  Button,
  FormProblem,
  LoadingState,
  Radio,
  RadioGroup,
  Select,
  SelectItem,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { useFeedbackErrorMessages } from '../shared/error-messages';
import type { StaffPageProps } from './StaffArea';

/** Question-set versions (feedback analysts): a draft, the region's own statements, publishing. */
export function QuestionSetsPage({ language, isAnalyst }: StaffPageProps & { isAnalyst: boolean }) {
  const { t } = useTranslation('feedback');
  if (!isAnalyst) {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('staff.questionSets.title')}</h1>
        <p>{t('staff.questionSets.analystOnly')}</p>
      </div>
    );
  }
  return <QuestionSets language={language} />;
}

function QuestionSets({ language }: { language: Language }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessages = useFeedbackErrorMessages();
  const [key, setKey] = useState<QuestionSetKey>('general');
  const [publishedVersion, setPublishedVersion] = useState<number | null>(null);
  const versions = useQuery(
    trpc.questionSetVersions.list.queryOptions({ key }, { retry: retryUnlessRefused }),
  );
  const draftId = versions.data?.find((version) => version.status === 'draft')?.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.questionSetVersions.pathKey() });
  const createDraft = useMutation(
    trpc.questionSetVersions.createDraft.mutationOptions({ retry: false, onSuccess: refresh }),
  );
  const setItems = questionSetKeySchema.options.map((id) => ({
    id,
    name: t(`staff.questionSets.sets.${id}`),
  }));
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('staff.questionSets.title')}</h1>
      <Select
        label={t('staff.questionSets.set')}
        items={setItems}
        value={key}
        onChange={(chosen) => (setPublishedVersion(null), setKey(String(chosen) as QuestionSetKey))}
      >
        {(item) => <SelectItem id={item.id}>{item.name}</SelectItem>}
      </Select>
      {publishedVersion !== null ? (
        <Alert variant="success">
          <p>{t('staff.questionSets.published', { version: publishedVersion })}</p>
        </Alert>
      ) : null}
      {versions.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {versions.isError ? (
        <ServiceErrorAlert
          error={versions.error}
          messages={errorMessages}
          onRetry={() => void versions.refetch()}
        />
      ) : null}
      {versions.isSuccess && versions.data.length === 0 ? <p>{t('staff.questionSets.none')}</p> : null}
      {versions.isSuccess ? (
        <ul className="feedback-links">
          {versions.data.map((version) => (
            <li key={version.id}>
              {t('staff.questionSets.versionLine', {
                version: version.version,
                status: t(`staff.questionSets.statuses.${version.status}`),
                count: version.questionCount,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {versions.isSuccess && !draftId && versions.data.some((version) => version.status === 'published') ? (
        <p>
          <Button onPress={() => createDraft.mutate({ key })}>{t('staff.questionSets.makeDraft')}</Button>
        </p>
      ) : null}
      {createDraft.isError ? <ServiceErrorAlert error={createDraft.error} messages={errorMessages} /> : null}
      {draftId ? (
        <Draft
          key={draftId}
          versionId={draftId}
          language={language}
          onPublished={async (version) => {
            setPublishedVersion(version);
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}

function Draft({
  versionId,
  language,
  onPublished,
}: {
  versionId: string;
  language: Language;
  onPublished: (version: number) => Promise<void>;
}) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessages = useFeedbackErrorMessages();
  const draft = useQuery(
    trpc.questionSetVersions.get.queryOptions({ versionId }, { retry: retryUnlessRefused }),
  );
  const show = async (updated: QuestionSetVersion) => {
    queryClient.setQueryData(trpc.questionSetVersions.get.queryKey({ versionId }), updated);
    await queryClient.invalidateQueries({ queryKey: trpc.questionSetVersions.list.pathKey() });
  };
  const remove = useMutation(
    trpc.questionSetVersions.removeStatement.mutationOptions({ retry: false, onSuccess: show }),
  );
  const publish = useMutation(
    trpc.questionSetVersions.publish.mutationOptions({
      retry: false,
      onSuccess: (version) => onPublished(version.version),
    }),
  );
  if (!draft.isSuccess) {
    return draft.isError ? <ServiceErrorAlert error={draft.error} messages={errorMessages} /> : null;
  }
  return (
    <section aria-label={t('staff.questionSets.draftTitle', { version: draft.data.version })}>
      <h2>{t('staff.questionSets.draftTitle', { version: draft.data.version })}</h2>
      <ol className="feedback-links">
        {draft.data.definition.questions.map((question) => (
          <QuestionRow
            key={question.id}
            question={question}
            language={language}
            versionId={versionId}
            onRemove={() => remove.mutate({ versionId, questionId: question.id })}
            onSaved={show}
          />
        ))}
      </ol>
      {remove.isError ? <ServiceErrorAlert error={remove.error} messages={errorMessages} /> : null}
      <StatementForm versionId={versionId} onSaved={show} />
      <p>
        <Button onPress={() => publish.mutate({ versionId })}>{t('staff.questionSets.publish')}</Button>
      </p>
      {publish.isError ? <ServiceErrorAlert error={publish.error} messages={errorMessages} /> : null}
    </section>
  );
}

function QuestionRow({
  question,
  language,
  versionId,
  onRemove,
  onSaved,
}: {
  question: Question;
  language: Language;
  versionId: string;
  onRemove: () => void;
  onSaved: (updated: QuestionSetVersion) => Promise<void>;
}) {
  const { t } = useTranslation('feedback');
  const [rewording, setRewording] = useState(false);
  const regional = question.kind === 'statement' && question.theme === undefined;
  return (
    <li className="feedback-card">
      <p>{question.text[language]}</p>
      <p className="feedback-meta">
        {regional ? t('staff.questionSets.regional') : t('staff.questionSets.national')}
      </p>
      {regional ? (
        rewording ? (
          <StatementForm
            versionId={versionId}
            question={question}
            onSaved={async (updated) => {
              setRewording(false);
              await onSaved(updated);
            }}
          />
        ) : (
          <div className="feedback-actions">
            <Button variant="secondary" onPress={() => setRewording(true)}>
              {t('staff.questionSets.reword')}
            </Button>
            <Button variant="secondary" onPress={onRemove}>
              {t('staff.questionSets.remove')}
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

/** Adds a regional statement, or rewords one (question given). */
function StatementForm({
  versionId,
  question,
  onSaved,
}: {
  versionId: string;
  question?: Question;
  onSaved: (updated: QuestionSetVersion) => Promise<void>;
}) {
  const { t } = useTranslation('feedback');
  const fields = t('staff.questionSets.fields', { returnObjects: true });
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const [text, setText] = useState({
    fi: question?.text.fi ?? '',
    sv: question?.text.sv ?? '',
    en: question?.text.en ?? '',
  });
  const [scale, setScale] = useState<'agreement' | 'smiley'>('agreement');
  const form = useValidatedSubmit(regionalStatementInputSchema, { versionId, text, scale });
  const add = useMutation(
    trpc.questionSetVersions.addStatement.mutationOptions({
      retry: false,
      onSuccess: async (updated) => {
        setText({ fi: '', sv: '', en: '' });
        form.hideProblems();
        await onSaved(updated);
      },
    }),
  );
  const edit = useMutation(
    trpc.questionSetVersions.editStatement.mutationOptions({ retry: false, onSuccess: onSaved }),
  );
  const target = {
    isPending: add.isPending || edit.isPending,
    mutate: (input: { versionId: string; text: typeof text; scale: 'agreement' | 'smiley' }) =>
      question ? edit.mutate({ versionId, questionId: question.id, text: input.text }) : add.mutate(input),
  };
  const error = add.error ?? edit.error;
  return (
    <form noValidate onSubmit={form.submitTo(target)}>
      {!question ? <h3>{t('staff.questionSets.addStatement')}</h3> : null}
      {(['fi', 'sv', 'en'] as const).map((lang) => (
        <TextField
          key={lang}
          {...form.field(`text.${lang}`, fields[lang])}
          value={text[lang]}
          onChange={(value) => setText({ ...text, [lang]: value })}
          isRequired
        />
      ))}
      {!question ? (
        <RadioGroup
          label={t('staff.questionSets.scale.label')}
          value={scale}
          onChange={(value) => setScale(value as 'agreement' | 'smiley')}
        >
          <Radio value="agreement">{t('staff.questionSets.scale.agreement')}</Radio>
          <Radio value="smiley">{t('staff.questionSets.scale.smiley')}</Radio>
        </RadioGroup>
      ) : null}
      <FormProblem show={form.showFormProblem} />
      <Button type="submit">
        {question ? t('staff.questionSets.save') : t('staff.questionSets.addStatement')}
      </Button>
      {error ? <ServiceErrorAlert error={error} messages={errorMessages} /> : null}
    </form>
  );
}
