import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';

export interface CataloguePageProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/** Entries grouped by unit, in the order the service gave them (by unit, then by name). */
function byUnit(entries: readonly CatalogueEntry[]): CatalogueEntry[][] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of entries) groups.set(entry.unitId, [...(groups.get(entry.unitId) ?? []), entry]);
  return [...groups.values()];
}

/** The module's front page: what it offers in each unit. */
export function CataloguePage({ auth, basePath, language }: CataloguePageProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const catalogue = useQuery(trpc.catalogue.list.queryOptions(undefined, { retry: retryUnlessRefused }));
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {auth.principalKind === 'staff' ? (
        <p>
          <Link href={`${basePath.replace(/\/+$/, '')}/staff`}>{t('staffLink')}</Link>
        </p>
      ) : null}
      {catalogue.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {catalogue.isError ? (
        <ServiceErrorAlert
          error={catalogue.error}
          messages={{ UNIT_NOT_FOUND: t('errors.unitNotFound') }}
          onRetry={() => void catalogue.refetch()}
        />
      ) : null}
      {catalogue.isSuccess && catalogue.data.length === 0 ? <p>{t('none')}</p> : null}
      {catalogue.isSuccess
        ? byUnit(catalogue.data).map((entries) => (
            <UnitSection key={entries[0]?.unitId} entries={entries} language={language} />
          ))
        : null}
    </div>
  );
}

/** One unit's entries, the section named by its visible heading. */
function UnitSection({ entries, language }: { entries: CatalogueEntry[]; language: Language }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{entries[0]?.unitName[language]}</h2>
      <ul className="feedback-entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <h3>{entry.name[language]}</h3>
            {entry.description ? <p>{entry.description[language]}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
