import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { formatMonth } from '../shared/format-month';

/** "You said, we did": the published changes, newest first. Texts render as text, never as markup. */
export function ChangesPage({ language }: { language: Language }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const changes = useQuery(trpc.changes.published.queryOptions(undefined, { retry: retryUnlessRefused }));
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('changes.title')}</h1>
      <p>{t('changes.intro')}</p>
      {changes.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {changes.isError ? <ServiceErrorAlert error={changes.error} onRetry={() => void changes.refetch()} /> : null}
      {changes.isSuccess && changes.data.length === 0 ? <p>{t('changes.none')}</p> : null}
      {changes.isSuccess
        ? changes.data.map((change) => <ChangeArticle key={change.id} change={change} language={language} />)
        : null}
    </div>
  );
}

export function ChangeArticle({ change, language }: { change: ChangeEntry; language: Language }) {
  const { t } = useTranslation('feedback');
  const headingId = useId();
  return (
    <article aria-labelledby={headingId} className="feedback-card">
      <h2 id={headingId}>{change.title[language]}</h2>
      <p className="feedback-meta">
        {change.unitName[language]}, {formatMonth(change.month, language)}
      </p>
      <h3>{t('changes.said')}</h3>
      <p className="feedback-text">{change.said[language]}</p>
      <h3>{t('changes.done')}</h3>
      <p className="feedback-text">{change.done[language]}</p>
    </article>
  );
}
