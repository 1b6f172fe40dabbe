import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button, LoadingState } from '@asiointi/platform-ui';
import { DataEventItem } from './DataEventItem';
import { labelsOfPages } from './event-texts';
import { useDataEvents } from './use-data-events';

export interface ModuleEventsProps {
  remote: RuntimeRemote;
  subjectGivenName: string | undefined;
}

/**
 * One module's events in its own section: a service that fails shows its own notice and the
 * others still list theirs. "Show more" fetches the next older page and moves focus to its first
 * event, so keyboard and screen reader users continue where the new events begin.
 */
export function ModuleEvents({ remote, subjectGivenName }: ModuleEventsProps) {
  const { t } = useTranslation('shell');
  const headingId = useId();
  const events = useDataEvents(remote);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const focusOnLoad = useRef<number | undefined>(undefined);
  const { language } = useLanguage();
  const title = remote.title[language];
  const pages = events.data?.pages ?? [];
  const list = pages.flatMap((page) => page.events);
  // The service's own words for its codes, as it answered them with the events.
  const labels = labelsOfPages(pages);

  useEffect(() => {
    const index = focusOnLoad.current;
    if (index === undefined || index >= list.length) return;
    focusOnLoad.current = undefined;
    items.current[index]?.focus();
  }, [list.length]);

  const showMore = () => {
    if (events.isFetchingNextPage) return;
    focusOnLoad.current = list.length;
    void events.fetchNextPage();
  };

  return (
    <section className="shell-events" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {events.isPending ? <LoadingState>{t('dataAccess.loading')}</LoadingState> : null}
      {events.isError && !events.isFetchNextPageError ? (
        <Alert
          variant="error"
          actions={
            <Button variant="secondary" onPress={() => void events.refetch()}>
              {t('dataAccess.retry')}
            </Button>
          }
        >
          <p>{t('dataAccess.failed')}</p>
        </Alert>
      ) : null}
      {events.isSuccess && list.length === 0 ? <p>{t('dataAccess.none')}</p> : null}
      {list.length > 0 ? (
        <ol className="shell-event-list" aria-label={t('dataAccess.listLabel', { service: title })}>
          {list.map((event, index) => (
            <DataEventItem
              key={event.id}
              ref={(element) => {
                items.current[index] = element;
              }}
              event={event}
              serviceTitle={title}
              labels={labels}
              subjectGivenName={subjectGivenName}
            />
          ))}
        </ol>
      ) : null}
      {events.isFetchNextPageError ? (
        <Alert variant="error">
          <p>{t('dataAccess.loadMoreFailed')}</p>
        </Alert>
      ) : null}
      {events.hasNextPage ? (
        <Button variant="secondary" onPress={showMore}>
          {events.isFetchingNextPage ? t('dataAccess.loadingMore') : t('dataAccess.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
