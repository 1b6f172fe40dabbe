// The feedback request's answer page ({portal}/feedback/answer#<token>), without signing in: the set's
// questions one per fieldset, save and continue later, send; then a thank-you page. A link that is used,
// expired, withdrawn or unknown gets one friendly page that does not say which.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerSheet, OpenedRequest, QuestionAnswer, Respondent } from '@asiointi/feedback-contract';
import { errorCodeOf, ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import { Alert, Button, LoadingState, Radio, RadioGroup } from '@asiointi/platform-ui';
import { QuestionField } from './QuestionField';
import { takeTokenFromAddress } from './request-token';
import { useRequestAnswering, type CallState } from './use-request-answering';
import './answer.css';

const answerErrorCodes = [
  'REQUEST_LINK_UNUSABLE',
  'REQUEST_LINK_ATTEMPTS_EXCEEDED',
  'ANSWER_SHEET_INVALID',
  'ANSWER_SHEET_EMPTY',
] as const;

/** Whether the link itself is the problem (no retry will help): the friendly page. */
function linkUnusable(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === 'REQUEST_LINK_UNUSABLE' || code === 'VALIDATION_FAILED';
}

export function AnswerPage({ language }: { language: Language }) {
  const { t } = useTranslation('feedback');
  // Read once: the address bar no longer holds it after the first render.
  const [token] = useState(takeTokenFromAddress);
  const answering = useRequestAnswering(token);
  const { request, openState, saveState, submitState } = answering;

  const errorMessages = Object.fromEntries(
    answerErrorCodes.map((code) => [code, t(`errors.${code}`)]),
  );
  const failed = (state: CallState) => (state.status === 'failed' ? state.error : undefined);

  if (
    token === '' ||
    (openState.status === 'failed' && linkUnusable(openState.error)) ||
    (submitState.status === 'failed' && linkUnusable(submitState.error)) ||
    (saveState.status === 'failed' && linkUnusable(saveState.error))
  ) {
    return <UnusableLink />;
  }
  if (submitState.status === 'done') return <ThankYou />;
  return (
    <div className="feedback-page">
      {request === undefined && openState.status !== 'failed' ? (
        <>
          <h1 tabIndex={-1}>{t('answer.title')}</h1>
          <LoadingState>{t('answer.loading')}</LoadingState>
        </>
      ) : null}
      {openState.status === 'failed' ? (
        <>
          <h1 tabIndex={-1}>{t('answer.title')}</h1>
          <ServiceErrorAlert error={openState.error} messages={errorMessages} onRetry={answering.retryOpen} />
        </>
      ) : null}
      {request ? (
        <AnswerForm
          request={request}
          language={language}
          saving={saveState.status === 'pending'}
          saved={saveState.status === 'done'}
          submitting={submitState.status === 'pending'}
          error={failed(saveState) ?? failed(submitState)}
          errorMessages={errorMessages}
          onSave={answering.save}
          onSubmit={answering.submit}
          onEdit={answering.edited}
        />
      ) : null}
    </div>
  );
}

interface AnswerFormProps {
  request: OpenedRequest;
  language: Language;
  saving: boolean;
  saved: boolean;
  submitting: boolean;
  error: unknown;
  errorMessages: Record<string, string>;
  onSave(sheet: AnswerSheet): void;
  onSubmit(sheet: AnswerSheet): void;
  onEdit(): void;
}

function AnswerForm({
  request,
  language,
  saving,
  saved,
  submitting,
  error,
  errorMessages,
  onSave,
  onSubmit,
  onEdit,
}: AnswerFormProps) {
  const { t } = useTranslation('feedback');
  const { set } = request;
  const [answers, setAnswers] = useState<Map<string, QuestionAnswer>>(
    () => new Map((request.draft?.answers ?? []).map((answer) => [answer.questionId, answer])),
  );
  const [respondent, setRespondent] = useState<Respondent | undefined>(request.draft?.respondent);
  const sheet = (): AnswerSheet => ({
    setKey: set.key,
    setVersion: set.version,
    ...(respondent ? { respondent } : {}),
    // In the set's order; an emptied text is a skip, not an answer.
    answers: set.questions.flatMap((question) => {
      const answer = answers.get(question.id);
      if (!answer || (answer.kind === 'freeText' && answer.text.trim() === '')) return [];
      return [answer];
    }),
  });
  const change = (answer: QuestionAnswer) => {
    onEdit();
    setAnswers((current) => new Map(current).set(answer.questionId, answer));
  };
  const submitForm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(sheet());
  };
  return (
    <form onSubmit={submitForm} noValidate>
      <h1 tabIndex={-1}>{set.title[language]}</h1>
      <p>
        {request.unitName
          ? t('answer.aboutUnit', { unit: request.unitName[language] })
          : t('answer.aboutService')}
      </p>
      <p>{set.intro[language]}</p>
      {set.questions.map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          total={set.questions.length}
          language={language}
          answer={answers.get(question.id)}
          onChange={change}
        />
      ))}
      {set.audience === 'client' ? (
        <fieldset className="feedback-question">
          <legend className="asi-visually-hidden">{t('answer.respondent.label')}</legend>
          <RadioGroup
            label={t('answer.respondent.label')}
            description={t('answer.optional')}
            value={respondent ?? null}
            onChange={(value) => {
              onEdit();
              setRespondent(value as Respondent);
            }}
          >
            <Radio value="self">{t('answer.respondent.self')}</Radio>
            <Radio value="withHelp">{t('answer.respondent.withHelp')}</Radio>
            <Radio value="relative">{t('answer.respondent.relative')}</Radio>
          </RadioGroup>
        </fieldset>
      ) : null}
      {error ? <ServiceErrorAlert error={error} messages={errorMessages} /> : null}
      {saved ? (
        <Alert variant="success">
          <p>{t('answer.saved')}</p>
        </Alert>
      ) : null}
      <div className="feedback-answer__actions">
        <Button type="submit" isDisabled={submitting || saving}>
          {submitting ? t('answer.submitting') : t('answer.submit')}
        </Button>
        <Button variant="secondary" onPress={() => onSave(sheet())} isDisabled={submitting || saving}>
          {saving ? t('answer.saving') : t('answer.save')}
        </Button>
      </div>
    </form>
  );
}

function FocusedHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}

function ThankYou() {
  const { t } = useTranslation('feedback');
  return (
    <div className="feedback-page">
      <FocusedHeading>{t('answer.thanksTitle')}</FocusedHeading>
      <p>{t('answer.thanksText')}</p>
    </div>
  );
}

function UnusableLink() {
  const { t } = useTranslation('feedback');
  return (
    <div className="feedback-page">
      <FocusedHeading>{t('answer.unusableTitle')}</FocusedHeading>
      <p>{t('answer.unusableText')}</p>
    </div>
  );
}
