import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  addInboxNoteInputSchema,
  maxReplyTextLength,
  replyInboxItemInputSchema,
  routeInboxItemInputSchema,
  type InboxEvent,
  type InboxItem,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import { useDateFormat, type Language } from '@asiointi/platform-i18n';
import {
  Button,
  FormProblem,
  Link,
  LoadingState,
  Select,
  SelectItem,
  TextAreaField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { useFeedbackErrorMessages } from '../shared/error-messages';
import type { StaffPageProps } from './StaffArea';

/**
 * Whether focus is on no control: dropped to the page (its element unmounted) or on the shell's main landmark
 * (where the shell puts it after routing), so that it belongs on this page's heading or message.
 */
const focusLost = () =>
  !document.activeElement ||
  document.activeElement === document.body ||
  document.activeElement.matches('main');

/**
 * One item: its text, contact details, handling and history. Text people wrote renders as text. Focus never
 * drops to the page: it moves to the heading once the item shows (and after an action re-renders the part
 * that had it), to the error when the item cannot be read, and to the message after routing; successes are
 * announced in one polite live region that is always there.
 */
export function InboxItemPage({ auth, language, staffPath }: StaffPageProps) {
  const { t } = useTranslation('feedback');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const item = useQuery(trpc.inbox.get.queryOptions({ id }, { retry: retryUnlessRefused }));
  const [routedTo, setRoutedTo] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (routedTo) announcementRef.current?.focus();
  }, [routedTo]);
  useEffect(() => {
    if (item.isError && focusLost()) errorRef.current?.focus();
  }, [item.isError]);
  const message = routedTo ? t('staff.item.routed', { unit: routedTo }) : announcement;
  return (
    <div className="feedback-page">
      <p>
        <Link href={staffPath()}>{t('staff.item.back')}</Link>
      </p>
      {/* Always in the page, so that what is put in it is announced (politely). */}
      <div
        ref={announcementRef}
        role="status"
        tabIndex={-1}
        className={message ? 'asi-alert asi-alert--success' : undefined}
      >
        {message ? <p>{message}</p> : null}
      </div>
      {item.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {item.isError && !routedTo ? (
        <div ref={errorRef} tabIndex={-1}>
          <ServiceErrorAlert
            error={item.error}
            messages={errorMessages}
            onRetry={() => void item.refetch()}
            onSignIn={() => auth.signIn()}
          />
        </div>
      ) : null}
      {item.isSuccess && !routedTo ? (
        <ItemDetails item={item.data} language={language} onRouted={setRoutedTo} onDone={setAnnouncement} />
      ) : null}
    </div>
  );
}

function ItemDetails({
  item,
  language,
  onRouted,
  onDone,
}: {
  item: InboxItem;
  language: Language;
  onRouted: (unitName: string) => void;
  /** Announces a succeeded action. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('feedback');
  const format = useDateFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On arrival (the link that led here is gone) and after an action re-rendered the form or button that had
  // focus: to the heading, never to the page.
  useEffect(() => {
    if (focusLost()) headingRef.current?.focus();
  }, [item]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessages = useFeedbackErrorMessages();
  const refresh = async (updated: InboxItem) => {
    queryClient.setQueryData(trpc.inbox.get.queryKey({ id: item.id }), updated);
    await queryClient.invalidateQueries({ queryKey: trpc.inbox.list.pathKey() });
  };
  const setStatus = useMutation(
    trpc.inbox.setStatus.mutationOptions({
      retry: false,
      onSuccess: async (updated) => {
        onDone(t('staff.item.done.status', { status: t(`statuses.${updated.status}`) }));
        await refresh(updated);
      },
    }),
  );
  const assign = useMutation(
    trpc.inbox.assignToSelf.mutationOptions({
      retry: false,
      onSuccess: async (updated) => {
        onDone(t('staff.item.done.assigned'));
        await refresh(updated);
      },
    }),
  );
  const textDone = (kind: 'reply' | 'note') => async (updated: InboxItem) => {
    onDone(t(`staff.item.done.${kind}`));
    await refresh(updated);
  };
  const contactHeadingId = useId();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(`kinds.${item.kind}`)}: {item.unitName[language]}
      </h1>
      <p className="feedback-meta">
        {t('staff.inbox.received', { date: format.dateTime(item.receivedAt) })} ·{' '}
        {t(`statuses.${item.status}`)}
        {item.replyDueOn ? ` · ${t('staff.inbox.due', { date: format.plainDate(item.replyDueOn) })}` : ''}
      </p>
      {item.overdue ? <p className="feedback-overdue">{t('staff.inbox.overdue')}</p> : null}
      {item.serviceName ? <p>{t('staff.item.service', { name: item.serviceName })}</p> : null}
      <p className="feedback-text">{item.text}</p>
      {item.fromSignedInResident ? <p>{t('staff.item.signedIn')}</p> : null}
      <section aria-labelledby={contactHeadingId}>
        <h2 id={contactHeadingId}>{t('staff.item.contact')}</h2>
        {item.contact ? (
          <ul className="feedback-links">
            <li>{item.contact.name}</li>
            {item.contact.phone ? <li>{item.contact.phone}</li> : null}
            {item.contact.email ? <li>{item.contact.email}</li> : null}
            <li>{t('staff.item.contactLanguage', { language: t(`languages.${item.contact.language}`) })}</li>
          </ul>
        ) : (
          <p>{t('staff.item.noContact')}</p>
        )}
      </section>
      <div className="feedback-actions">
        {item.assignee.kind !== 'me' && item.status !== 'closed' ? (
          <Button onPress={() => assign.mutate({ id: item.id })}>{t('staff.item.assignToSelf')}</Button>
        ) : null}
        {item.nextStatuses.map((status) => (
          <Button key={status} variant="secondary" onPress={() => setStatus.mutate({ id: item.id, status })}>
            {t('staff.item.setStatus', { status: t(`statuses.${status}`) })}
          </Button>
        ))}
      </div>
      {setStatus.isError ? <ServiceErrorAlert error={setStatus.error} messages={errorMessages} /> : null}
      {assign.isError ? <ServiceErrorAlert error={assign.error} messages={errorMessages} /> : null}
      {item.status !== 'closed' && (item.contact || item.fromSignedInResident) ? (
        <TextForm key={`reply-${item.events.length}`} item={item} kind="reply" onDone={textDone('reply')} />
      ) : null}
      <TextForm key={`note-${item.events.length}`} item={item} kind="note" onDone={textDone('note')} />
      <RouteForm item={item} language={language} onRouted={onRouted} />
      <History events={item.events} language={language} />
    </>
  );
}

/** A reply to the sender, or an internal note: checked with the contract's schema before it is sent. */
function TextForm({
  item,
  kind,
  onDone,
}: {
  item: InboxItem;
  kind: 'reply' | 'note';
  onDone: (updated: InboxItem) => Promise<void>;
}) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const errorMessages = useFeedbackErrorMessages();
  const [text, setText] = useState('');
  const form = useValidatedSubmit(kind === 'reply' ? replyInboxItemInputSchema : addInboxNoteInputSchema, {
    id: item.id,
    text,
  });
  const reply = useMutation(trpc.inbox.reply.mutationOptions({ retry: false, onSuccess: onDone }));
  const note = useMutation(trpc.inbox.addNote.mutationOptions({ retry: false, onSuccess: onDone }));
  const mutation = kind === 'reply' ? reply : note;
  return (
    <form noValidate onSubmit={form.submitTo(mutation)}>
      <TextAreaField
        {...form.field(
          'text',
          t(kind === 'reply' ? 'staff.item.reply' : 'staff.item.note', { returnObjects: true }),
        )}
        value={text}
        onChange={setText}
        characterLimit={maxReplyTextLength}
        isRequired
      />
      <FormProblem show={form.showFormProblem} />
      <Button type="submit">{kind === 'reply' ? t('staff.item.sendReply') : t('staff.item.addNote')}</Button>
      {mutation.isError ? <ServiceErrorAlert error={mutation.error} messages={errorMessages} /> : null}
    </form>
  );
}

function RouteForm({
  item,
  language,
  onRouted,
}: {
  item: InboxItem;
  language: Language;
  onRouted: (unitName: string) => void;
}) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessages = useFeedbackErrorMessages();
  const units = useQuery(trpc.generalFeedback.units.queryOptions(undefined, { retry: retryUnlessRefused }));
  const [unitId, setUnitId] = useState<string | null>(null);
  const form = useValidatedSubmit(routeInboxItemInputSchema, { id: item.id, unitId });
  const route = useMutation(
    trpc.inbox.route.mutationOptions({
      retry: false,
      onSuccess: async ({ unitName }) => {
        onRouted(unitName[language]);
        await queryClient.invalidateQueries({ queryKey: trpc.inbox.list.pathKey() });
      },
    }),
  );
  if (!units.isSuccess) return null;
  return (
    <form noValidate onSubmit={form.submitTo(route)}>
      <Select
        {...form.field('unitId', t('staff.item.route', { returnObjects: true }))}
        items={units.data}
        value={unitId}
        onChange={(key) => setUnitId(key === null ? null : String(key))}
      >
        {(unit) => (
          <SelectItem id={unit.id} textValue={unit.name[language]}>
            {unit.name[language]}
          </SelectItem>
        )}
      </Select>
      <FormProblem show={form.showFormProblem} />
      <Button type="submit" variant="secondary">
        {t('staff.item.routeButton')}
      </Button>
      {route.isError ? <ServiceErrorAlert error={route.error} messages={errorMessages} /> : null}
    </form>
  );
}

function History({ events, language }: { events: InboxEvent[]; language: Language }) {
  const { t } = useTranslation('feedback');
  const format = useDateFormat();
  const headingId = useId();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staff.item.history')}</h2>
      <ol className="feedback-links">
        {events.map((event, index) => (
          <li key={`${event.at}-${index}`} className="feedback-card">
            <p className="feedback-meta">
              {format.dateTime(event.at)}:{' '}
              {t(`staff.item.events.${event.kind}`, {
                name: event.byName,
                status: event.status ? t(`statuses.${event.status}`) : '',
                unit: event.unitName?.[language] ?? '',
              })}
            </p>
            {event.text ? <p className="feedback-text">{event.text}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
