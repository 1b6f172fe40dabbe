import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  maxGeneralFeedbackTextLength,
  submitGeneralFeedbackInputSchema,
  type GeneralFeedbackKind,
  type GeneralFeedbackReceipt,
  type ReplyLanguage,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import { useDateFormat, type Language } from '@asiointi/platform-i18n';
import {
  Button,
  Checkbox,
  FormProblem,
  Link,
  LoadingState,
  Radio,
  RadioGroup,
  Select,
  SelectItem,
  TextAreaField,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { useFeedbackErrorMessages } from '../shared/error-messages';
import { modulePath } from '../shared/module-paths';

const kinds: readonly GeneralFeedbackKind[] = ['praise', 'complaint', 'suggestion'];
const replyLanguages: readonly ReplyLanguage[] = ['fi', 'sv', 'en'];

/** An optional text field: empty is absent. */
const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** General feedback at any time, signed in or not, with a receipt saying what happens next. */
export function GiveFeedbackPage({ basePath, language }: { basePath: string; language: Language }) {
  const [receipt, setReceipt] = useState<GeneralFeedbackReceipt | null>(null);
  if (receipt)
    return <Receipt receipt={receipt} basePath={basePath} language={language} onAgain={() => setReceipt(null)} />;
  return <FeedbackForm language={language} onSent={setReceipt} />;
}

function FeedbackForm({
  language,
  onSent,
}: {
  language: Language;
  onSent: (receipt: GeneralFeedbackReceipt) => void;
}) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const units = useQuery(trpc.generalFeedback.units.queryOptions(undefined, { retry: retryUnlessRefused }));
  const [kind, setKind] = useState<GeneralFeedbackKind | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [serviceName, setServiceName] = useState('');
  const [text, setText] = useState('');
  const [wantsReply, setWantsReply] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [replyLanguage, setReplyLanguage] = useState<ReplyLanguage>(language);
  const form = useValidatedSubmit(submitGeneralFeedbackInputSchema, {
    kind,
    unitId,
    serviceName: optional(serviceName),
    text,
    contact: wantsReply
      ? { name, phone: optional(phone), email: optional(email), language: replyLanguage }
      : null,
  });
  const submit = useMutation(trpc.generalFeedback.submit.mutationOptions({ retry: false, onSuccess: onSent }));
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('give.title')}</h1>
      <p>{t('give.intro')}</p>
      {units.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {units.isError ? (
        <ServiceErrorAlert error={units.error} messages={errorMessages} onRetry={() => void units.refetch()} />
      ) : null}
      {units.isSuccess ? (
        <form noValidate onSubmit={form.submitTo(submit)}>
          <RadioGroup
            {...form.field('kind', t('give.kind', { returnObjects: true }))}
            value={kind}
            onChange={(value) => setKind(value as GeneralFeedbackKind)}
            isRequired
          >
            {kinds.map((candidate) => (
              <Radio key={candidate} value={candidate}>
                {t(`kinds.${candidate}`)}
              </Radio>
            ))}
          </RadioGroup>
          <Select
            {...form.field('unitId', t('give.unit', { returnObjects: true }))}
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
          <TextField
            {...form.field('serviceName', t('give.service', { returnObjects: true }))}
            value={serviceName}
            onChange={setServiceName}
          />
          <TextAreaField
            {...form.field('text', t('give.text', { returnObjects: true }))}
            value={text}
            onChange={setText}
            characterLimit={maxGeneralFeedbackTextLength}
            isRequired
          />
          <Checkbox isSelected={wantsReply} onChange={setWantsReply}>
            {t('give.wantsReply')}
          </Checkbox>
          {wantsReply ? (
            <>
              <TextField
                {...form.field('contact.name', t('give.name', { returnObjects: true }))}
                value={name}
                onChange={setName}
                autoComplete="name"
                isRequired
              />
              <TextField
                {...form.field('contact.phone', t('give.phone', { returnObjects: true }))}
                value={phone}
                onChange={setPhone}
                type="tel"
                autoComplete="tel"
              />
              <TextField
                {...form.field('contact.email', t('give.email', { returnObjects: true }))}
                value={email}
                onChange={setEmail}
                type="email"
                autoComplete="email"
              />
              <RadioGroup
                {...form.field('contact.language', t('give.language', { returnObjects: true }))}
                value={replyLanguage}
                onChange={(value) => setReplyLanguage(value as ReplyLanguage)}
              >
                {replyLanguages.map((candidate) => (
                  <Radio key={candidate} value={candidate}>
                    {t(`languages.${candidate}`)}
                  </Radio>
                ))}
              </RadioGroup>
            </>
          ) : null}
          <FormProblem show={form.showFormProblem} />
          <Button type="submit">{submit.isPending ? t('give.sending') : t('give.send')}</Button>
          {submit.isError ? <ServiceErrorAlert error={submit.error} messages={errorMessages} /> : null}
        </form>
      ) : null}
    </div>
  );
}

function Receipt({
  receipt,
  basePath,
  language,
  onAgain,
}: {
  receipt: GeneralFeedbackReceipt;
  basePath: string;
  language: Language;
  onAgain: () => void;
}) {
  const { t } = useTranslation('feedback');
  const format = useDateFormat();
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('receipt.title')}</h1>
      <p role="status">
        {t('receipt.received', {
          kind: t(`kinds.${receipt.kind}`).toLocaleLowerCase(language),
          unit: receipt.unitName[language],
        })}
      </p>
      <p>
        {receipt.replyDueOn
          ? t('receipt.replyDue', { date: format.plainDate(receipt.replyDueOn) })
          : t('receipt.noReply')}
      </p>
      <p>
        {t('receipt.next')} <Link href={modulePath(basePath, 'changes')}>{t('changes.title')}</Link>
      </p>
      <p>
        <Button onPress={onAgain}>{t('receipt.again')}</Button>
      </p>
    </div>
  );
}
