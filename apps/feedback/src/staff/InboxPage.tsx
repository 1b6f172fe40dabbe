import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  generalFeedbackKindSchema,
  generalFeedbackStatusSchema,
  type InboxFilter,
  type InboxItemSummary,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import { useDateFormat } from '@asiointi/platform-i18n';
import { Checkbox, Link, LoadingState, Select, SelectItem } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { useFeedbackErrorMessages } from '../shared/error-messages';
import type { StaffPageProps } from './StaffArea';

const all = 'all';

/** The inbox of the caller's units, newest first, with filters. */
export function InboxPage({ auth, language, staffPath }: StaffPageProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const [filter, setFilter] = useState<InboxFilter>({});
  const units = useQuery(trpc.staffUnits.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  const inbox = useQuery(trpc.inbox.list.queryOptions(filter, { retry: retryUnlessRefused }));
  const choice = (key: unknown) => (key === all || key === null ? undefined : String(key));
  const kindItems = [{ id: all, name: t('staff.inbox.all') }].concat(
    generalFeedbackKindSchema.options.map((kind) => ({ id: kind, name: t(`kinds.${kind}`) })),
  );
  const statusItems = [{ id: all, name: t('staff.inbox.all') }].concat(
    generalFeedbackStatusSchema.options.map((status) => ({ id: status, name: t(`statuses.${status}`) })),
  );
  const unitItems = [{ id: all, name: t('staff.inbox.all') }].concat(
    (units.data ?? []).map((unit) => ({ id: unit.id, name: unit.name[language] })),
  );
  return (
    <div className="feedback-page">
      <h1 tabIndex={-1}>{t('staff.inbox.title')}</h1>
      <fieldset className="feedback-filters">
        <legend>{t('staff.inbox.filters')}</legend>
        <Select
          label={t('staff.inbox.kind')}
          items={kindItems}
          value={filter.kind ?? all}
          onChange={(key) => setFilter({ ...filter, kind: choice(key) as InboxFilter['kind'] })}
        >
          {(item) => <SelectItem id={item.id}>{item.name}</SelectItem>}
        </Select>
        <Select
          label={t('staff.inbox.status')}
          items={statusItems}
          value={filter.status ?? all}
          onChange={(key) => setFilter({ ...filter, status: choice(key) as InboxFilter['status'] })}
        >
          {(item) => <SelectItem id={item.id}>{item.name}</SelectItem>}
        </Select>
        {unitItems.length > 2 ? (
          <Select
            label={t('staff.inbox.unit')}
            items={unitItems}
            value={filter.unitId ?? all}
            onChange={(key) => setFilter({ ...filter, unitId: choice(key) })}
          >
            {(item) => <SelectItem id={item.id}>{item.name}</SelectItem>}
          </Select>
        ) : null}
        <Checkbox
          isSelected={filter.overdueOnly ?? false}
          onChange={(overdueOnly) => setFilter({ ...filter, overdueOnly: overdueOnly || undefined })}
        >
          {t('staff.inbox.overdueOnly')}
        </Checkbox>
      </fieldset>
      {inbox.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {inbox.isError ? (
        <ServiceErrorAlert
          error={inbox.error}
          messages={errorMessages}
          onRetry={() => void inbox.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {inbox.isSuccess && inbox.data.length === 0 ? <p>{t('staff.inbox.none')}</p> : null}
      {inbox.isSuccess ? (
        <ul className="feedback-links">
          {inbox.data.map((item) => (
            <InboxRow key={item.id} item={item} language={language} href={staffPath(`inbox/${item.id}`)} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function InboxRow({
  item,
  language,
  href,
}: {
  item: InboxItemSummary;
  language: StaffPageProps['language'];
  href: string;
}) {
  const { t } = useTranslation('feedback');
  const format = useDateFormat();
  const kind = t(`kinds.${item.kind}`);
  return (
    <li className="feedback-card">
      <Link href={href}>
        {t('staff.inbox.open', { kind, unit: item.unitName[language], date: format.date(item.receivedAt) })}
      </Link>
      <p className="feedback-meta">
        {t(`statuses.${item.status}`)}
        {item.replyDueOn ? ` · ${t('staff.inbox.due', { date: format.plainDate(item.replyDueOn) })}` : ''}
        {item.assignee.kind === 'me' ? ` · ${t('staff.inbox.assignedToMe')}` : ''}
        {item.assignee.kind === 'other'
          ? ` · ${t('staff.inbox.assignedTo', { name: item.assignee.name })}`
          : ''}
      </p>
      {item.overdue ? <p className="feedback-overdue">{t('staff.inbox.overdue')}</p> : null}
    </li>
  );
}
