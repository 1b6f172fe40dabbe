import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';

/** The unit's entries as residents see them. */
export function UnitEntries({ unitId, language }: { unitId: string; language: Language }) {
  const { t } = useTranslation('feedback');
  const headingId = useId();
  const trpc = useTRPC();
  const entries = useQuery(
    trpc.catalogue.list.queryOptions({ unitIds: [unitId] }, { retry: retryUnlessRefused }),
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staff.entriesHeading')}</h2>
      {entries.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {entries.isError ? (
        <ServiceErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />
      ) : null}
      {entries.isSuccess && entries.data.length === 0 ? <p>{t('none')}</p> : null}
      {entries.isSuccess && entries.data.length > 0 ? (
        <ul className="feedback-entries">
          {entries.data.map((entry) => (
            <li key={entry.id}>{entry.name[language]}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
