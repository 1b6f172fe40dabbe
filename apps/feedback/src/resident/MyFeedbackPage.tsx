import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyGeneralFeedback } from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useDateFormat, type Language } from '@asiointi/platform-i18n';
import { Button, LoadingState } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';

/** A signed-in resident's own general feedback with the replies to it. */
export function MyFeedbackPage({ auth, language }: { auth: RemoteAuth; language: Language }) {
  const { t } = useTranslation('feedback');
  if (auth.principalKind !== 'resident') {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('mine.title')}</h1>
        <p>{t('mine.signIn')}</p>
        {auth.principalKind === 'anonymous' ? (
          <Button onPress={() => auth.signIn()}>{t('mine.signInButton')}</Button>
        ) : null}
      </div>
    );
  }
  return <MyFeedbackList auth={auth} language={language} />;
}

function MyFeedbackList({ auth, language }: { auth: RemoteAuth; language: Language }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const mine = useQuery(trpc.generalFeedback.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('mine.title')}</h1>
      {mine.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {mine.isError ? (
        <ServiceErrorAlert error={mine.error} onRetry={() => void mine.refetch()} onSignIn={() => auth.signIn()} />
      ) : null}
      {mine.isSuccess && mine.data.length === 0 ? <p>{t('mine.none')}</p> : null}
      {mine.isSuccess ? mine.data.map((item) => <MyItem key={item.id} item={item} language={language} />) : null}
    </div>
  );
}

function MyItem({ item, language }: { item: MyGeneralFeedback; language: Language }) {
  const { t } = useTranslation('feedback');
  const format = useDateFormat();
  const headingId = useId();
  return (
    <article aria-labelledby={headingId} className="feedback-card">
      <h2 id={headingId}>
        {t(`kinds.${item.kind}`)}: {item.unitName?.[language] ?? ''}, {format.date(item.receivedAt)}
      </h2>
      <p>{t('mine.status', { status: t(`statuses.${item.status}`) })}</p>
      <p className="feedback-text">{item.text}</p>
      {item.replies.map((reply) => (
        <div key={reply.sentAt} className="feedback-reply">
          <h3>{t('mine.reply', { date: format.date(reply.sentAt) })}</h3>
          <p className="feedback-text">{reply.text}</p>
        </div>
      ))}
    </article>
  );
}
