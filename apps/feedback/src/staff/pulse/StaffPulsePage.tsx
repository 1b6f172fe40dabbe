// The staff pulse: a unit's staff answer the month's short question set. The answer is anonymous: the
// service keeps only that "someone" answered this month (a keyed hash), not who or what.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FeedbackErrorCode,
  type QuestionAnswer,
  type QuestionSetDefinition,
} from '@asiointi/feedback-contract';
import { errorCodeOf, retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import {
  Alert,
  Button,
  LoadingState,
  Radio,
  RadioGroup,
  Select,
  SelectItem,
  TextAreaField,
} from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffOnlyNotice } from '../staff-only';

export interface StaffPulsePageProps {
  auth: RemoteAuth;
  language: Language;
}

export function StaffPulsePage({ auth, language }: StaffPulsePageProps) {
  const { t } = useTranslation('feedback');
  if (auth.principalKind !== 'staff') return <StaffOnlyNotice auth={auth} title={t('pulse.title')} />;
  return <Pulse auth={auth} language={language} />;
}

function Pulse({ auth, language }: StaffPulsePageProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const units = useQuery(trpc.staffPulse.myUnits.queryOptions(undefined, { retry: retryUnlessRefused }));
  const [chosen, setChosen] = useState<string | null>(null);
  const unitId = chosen ?? units.data?.[0]?.id ?? null;
  const status = useQuery({
    ...trpc.staffPulse.status.queryOptions({ unitId: unitId ?? '' }, { retry: retryUnlessRefused }),
    enabled: unitId !== null,
  });
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('pulse.title')}</h1>
      <p>{t('pulse.intro')}</p>
      {units.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {units.isError ? (
        <ServiceErrorAlert
          error={units.error}
          onRetry={() => void units.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {units.isSuccess && units.data.length > 1 && unitId ? (
        <Select
          label={t('staff.unitLabel')}
          items={units.data}
          value={unitId}
          onChange={(key: Key | null) => key !== null && setChosen(String(key))}
        >
          {(unit) => (
            <SelectItem id={unit.id} textValue={unit.name[language]}>
              {unit.name[language]}
            </SelectItem>
          )}
        </Select>
      ) : null}
      {status.isError ? (
        <ServiceErrorAlert
          error={status.error}
          onRetry={() => void status.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {status.isSuccess && status.data.answeredThisMonth ? (
        <Alert variant="success">{t('pulse.answered')}</Alert>
      ) : null}
      {status.isSuccess && !status.data.answeredThisMonth && !status.data.questionSet ? (
        <p>{t('pulse.notPublished')}</p>
      ) : null}
      {status.isSuccess && !status.data.answeredThisMonth && status.data.questionSet && unitId ? (
        <PulseForm
          key={unitId}
          unitId={unitId}
          set={status.data.questionSet}
          language={language}
          auth={auth}
        />
      ) : null}
    </div>
  );
}

const scale = ['1', '2', '3', '4', '5'] as const;

function PulseForm({
  unitId,
  set,
  language,
  auth,
}: {
  unitId: string;
  set: QuestionSetDefinition;
  language: Language;
  auth: RemoteAuth;
}) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const [tooLong, setTooLong] = useState(false);
  const answer = useMutation(
    trpc.staffPulse.answer.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.staffPulse.status.queryKey() }),
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const answers: QuestionAnswer[] = [];
    let overLimit = false;
    for (const question of set.questions) {
      const value = values[question.id];
      if (question.kind === 'recommendation')
        answers.push({
          kind: 'recommendation',
          questionId: question.id,
          value: value === undefined ? null : Number(value),
        });
      else if (question.kind === 'statement')
        answers.push({
          kind: 'statement',
          questionId: question.id,
          value: value === undefined ? null : value === 'cannotSay' ? 'cannotSay' : Number(value),
        });
      else if (value?.trim()) {
        if (value.length > question.maxLength) overLimit = true;
        answers.push({ kind: 'freeText', questionId: question.id, text: value });
      }
    }
    setTooLong(overLimit);
    if (overLimit) return;
    answer.mutate({ unitId, sheet: { setKey: set.key, setVersion: set.version, answers } });
  };
  const set1 = (id: string) => (value: string) => setValues((current) => ({ ...current, [id]: value }));
  const refusedCode = answer.isError ? errorCodeOf(answer.error) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{set.intro[language]}</p>
      {set.questions.map((question) => {
        if (question.kind === 'recommendation')
          return (
            <RadioGroup
              key={question.id}
              label={question.text[language]}
              description={t('pulse.recommendationScale')}
              orientation="horizontal"
              value={values[question.id] ?? null}
              onChange={set1(question.id)}
            >
              {Array.from({ length: 11 }, (_, score) => (
                <Radio key={score} value={String(score)}>
                  {String(score)}
                </Radio>
              ))}
            </RadioGroup>
          );
        if (question.kind === 'statement')
          return (
            <RadioGroup
              key={question.id}
              label={question.text[language]}
              value={values[question.id] ?? null}
              onChange={set1(question.id)}
            >
              {scale.map((value) => (
                <Radio key={value} value={value}>
                  {t(`pulse.agreement.${value}`)}
                </Radio>
              ))}
              <Radio value="cannotSay">{t('pulse.cannotSay')}</Radio>
            </RadioGroup>
          );
        return (
          <TextAreaField
            key={question.id}
            label={question.text[language]}
            characterLimit={question.maxLength}
            value={values[question.id] ?? ''}
            onChange={set1(question.id)}
            isInvalid={tooLong && (values[question.id]?.length ?? 0) > question.maxLength}
            errorMessage={t('pulse.tooLong', { max: question.maxLength })}
          />
        );
      })}
      <p>{t('pulse.anonymity')}</p>
      {refusedCode === FeedbackErrorCode.STAFF_PULSE_ALREADY_ANSWERED ? (
        <Alert variant="info">{t('pulse.answered')}</Alert>
      ) : refusedCode === FeedbackErrorCode.STAFF_PULSE_ANSWERS_DO_NOT_FIT ? (
        <Alert variant="error">{t('pulse.doNotFit')}</Alert>
      ) : answer.isError ? (
        <ServiceErrorAlert error={answer.error} onSignIn={() => auth.signIn()} />
      ) : null}
      <Button type="submit" isDisabled={answer.isPending}>
        {answer.isPending ? t('pulse.sending') : t('pulse.send')}
      </Button>
    </form>
  );
}
