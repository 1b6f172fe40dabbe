import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import { useUnitDirectory } from '../units/use-unit-directory';
import { actorText, whatText, whyText, type DataEventView, type EventLabels } from './event-texts';

export interface DataEventItemProps {
  event: DataEventView;
  /** The module's title from the manifest: the service that recorded the event. */
  serviceTitle: string;
  /** The service's words for the codes of its events. */
  labels: EventLabels;
  /** Given when the page shows the data of someone the resident acts for. */
  subjectGivenName: string | undefined;
  ref?: Ref<HTMLLIElement>;
}

/** One event: when (Helsinki time) as its heading, then which service, who, what and why. */
export function DataEventItem({ event, serviceTitle, labels, subjectGivenName, ref }: DataEventItemProps) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const format = useDateFormat();
  const { unitName } = useUnitDirectory();
  return (
    // Focusable by script: after "show more", focus moves to the first new event.
    <li ref={ref} tabIndex={-1} className="shell-event">
      <h3 className="shell-event__when">
        <time dateTime={event.at}>{format.dateTime(event.at)}</time>
      </h3>
      <dl className="shell-facts">
        <dt>{t('dataAccess.fields.service')}</dt>
        <dd>{serviceTitle}</dd>
        <dt>{t('dataAccess.fields.who')}</dt>
        <dd>{actorText(t, event.actor, subjectGivenName, unitName)}</dd>
        <dt>{t('dataAccess.fields.what')}</dt>
        <dd>{whatText(t, event, labels, language)}</dd>
        <dt>{t('dataAccess.fields.why')}</dt>
        <dd>{whyText(event, labels, language)}</dd>
        {event.outcome === 'denied' ? (
          <>
            <dt>{t('dataAccess.fields.outcome')}</dt>
            <dd>{t('dataAccess.outcomeDenied')}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
