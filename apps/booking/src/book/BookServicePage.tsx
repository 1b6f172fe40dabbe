import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  defaultResidentPreferences,
  serviceChannelSchema,
  serviceLanguageSchema,
  type BookableService,
  type FreeTimeEntry,
  type ReminderContact,
  type Unit,
} from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useLanguage } from '@asiointi/platform-i18n';
import { helsinkiDateOf, helsinkiToday, isPlainDate, mondayOf } from '@asiointi/platform-time';
import { Alert, Button, Link, LoadingState } from '@asiointi/platform-ui';
import { errorMessageKey, type BookingErrorKey } from '../api/error-message-key';
import { errorCodeOf } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';
import { usePreferences } from '../preferences/use-preferences';
import { useReminderContact } from '../reminder-contact/use-reminder-contact';
import { BookingConfirmStep } from './BookingConfirmStep';
import { BookingDetailsStep } from './BookingDetailsStep';
import type { BookingDetails } from './booking-details';
import { hasUsableBookingRight } from './has-usable-booking-right';
import { residentHrefs } from './resident-paths';
import { useBookTime } from './use-book-time';
import { useSingleFlight } from './use-single-flight';
import { useMyBookingRights } from './use-my-booking-rights';
import { useWeekFreeTimes } from './use-week-free-times';
import { WeekView } from './WeekView';
import './booking-flow.css';
import { timeGoneCodes } from './time-gone-codes';
import { unitAddress } from '../services/unit-address';

const codeRefusedCodes = new Set(['BOOKING_RIGHT_REQUIRED', 'BOOKING_RIGHT_INVALID']);

const optionalLanguage = serviceLanguageSchema.optional().catch(undefined);
const optionalChannel = serviceChannelSchema.optional().catch(undefined);

export interface BookServicePageProps {
  auth: RemoteAuth;
  basePath: string;
}

/**
 * Booking in three steps: 1) choose a time in the week view, 2) details, 3) confirm. The week and the
 * chosen time live in the URL, so signing in halfway returns the resident to the same time.
 */
export function BookServicePage({ auth, basePath }: BookServicePageProps) {
  const { t } = useTranslation('booking');
  const { serviceTypeId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = helsinkiToday();
  const weekParam = searchParams.get('week') ?? '';
  const weekStart = mondayOf(isPlainDate(weekParam) && weekParam > today ? weekParam : today);
  const language = optionalLanguage.parse(searchParams.get('language') ?? undefined);
  const preferredChannel = optionalChannel.parse(searchParams.get('channel') ?? undefined);
  const start = searchParams.get('start');
  const resourceId = searchParams.get('resourceId');

  const week = useWeekFreeTimes(serviceTypeId, weekStart, language);
  const weekReady = week.isSuccess && !week.isPlaceholderData;
  const chosen = weekReady
    ? week.data.freeTimes.find((time) => time.start === start && time.resourceId === resourceId)
    : undefined;
  const chosenIsGone = Boolean(start && resourceId) && weekReady && chosen === undefined;

  const [details, setDetails] = useState<BookingDetails | undefined>();
  // One key per attempt, made when the resident reaches step 3 and reused on every retry.
  const [attempt, setAttempt] = useState<{ idempotencyKey: string } | undefined>();
  const [notice, setNotice] = useState<BookingErrorKey | 'resident.week.timeTaken' | undefined>();
  const [codeRefused, setCodeRefused] = useState(false);
  const book = useBookTime();
  const singleFlight = useSingleFlight();

  const step = !chosen ? 'time' : attempt ? 'confirm' : 'details';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    // A new step replaces the content: move focus to its heading, as a new page would.
    if (shownStep.current !== step) headingRef.current?.focus();
    shownStep.current = step;
  }, [step]);

  const setTimeParams = (time: FreeTimeEntry | undefined, nextWeek = weekStart) => {
    const next = new URLSearchParams(searchParams);
    next.set('week', nextWeek);
    if (time) {
      next.set('start', time.start);
      next.set('resourceId', time.resourceId);
    } else {
      next.delete('start');
      next.delete('resourceId');
    }
    setSearchParams(next);
  };

  const backToWeek = (message?: typeof notice) => {
    setAttempt(undefined);
    setNotice(message);
    setTimeParams(undefined);
  };

  const bookNow = (
    service: BookableService,
    time: FreeTimeEntry,
    chosenDetails: BookingDetails,
    idempotencyKey: string,
  ) => {
    const message = chosenDetails.message.trim();
    const code = chosenDetails.bookingRightCode.trim();
    singleFlight((done) =>
      book.mutate(
        {
          serviceTypeId: service.id,
          resourceId: time.resourceId,
          start: time.start,
          channel: chosenDetails.channel,
          reminderChannel: chosenDetails.reminderChannel,
          ...(message ? { message } : {}),
          ...(code ? { bookingRightCode: code } : {}),
          idempotencyKey,
        },
        {
          onSettled: done,
          onSuccess: (booking) => void navigate(residentHrefs.booked(basePath, booking.id)),
          onError: (error) => {
            const code = errorCodeOf(error) ?? '';
            if (timeGoneCodes.has(code)) {
              void queryClient.invalidateQueries({ queryKey: trpc.freeTimes.pathKey() });
              backToWeek(code === 'TIME_TAKEN' ? 'resident.week.timeTaken' : errorMessageKey(error));
            } else if (codeRefusedCodes.has(code)) {
              setAttempt(undefined);
              setCodeRefused(true);
            }
          },
        },
      ),
    );
  };

  const stepTitle = {
    time: t('resident.week.stepTitle'),
    details: t('resident.details.stepTitle'),
    confirm: t('resident.confirm.stepTitle'),
  }[step];

  return (
    <div className="booking-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {stepTitle}
      </h1>
      {week.isSuccess ? <ServiceHeading service={week.data.service} unit={week.data.unit} /> : null}
      {notice ? (
        <Alert variant="info">
          <p>{t(notice)}</p>
        </Alert>
      ) : null}
      {chosenIsGone && !notice ? (
        <Alert variant="info">
          <p>{t('resident.errors.notAFreeTime')}</p>
        </Alert>
      ) : null}
      {step === 'time' && Boolean(start) && !weekReady && !week.isError ? (
        <LoadingState>{t('resident.week.loading')}</LoadingState>
      ) : null}
      {step === 'time' && week.isSuccess && !bookableOnline(week.data.service) ? (
        <NotBookableOnline unit={week.data.unit} />
      ) : null}
      {step === 'time' && (!week.isSuccess || bookableOnline(week.data.service)) ? (
        <WeekView
          serviceTypeId={serviceTypeId}
          weekStart={weekStart}
          language={language}
          today={today}
          onWeekChange={(next) => setTimeParams(undefined, next)}
          onChoose={(time) => {
            setNotice(undefined);
            setCodeRefused(false);
            setTimeParams(time, mondayOf(helsinkiDateOf(new Date(time.start))));
          }}
        />
      ) : null}
      {step !== 'time' && chosen && week.isSuccess ? (
        <ResidentOnly auth={auth} returnTo={`${location.pathname}${location.search}`}>
          {step === 'details' ? (
            <DetailsWithDefaults
              service={week.data.service}
              unit={week.data.unit}
              time={chosen}
              auth={auth}
              details={details}
              preferredChannel={preferredChannel}
              codeRefused={codeRefused}
              onChangeTime={() => backToWeek()}
              onContinue={(next) => {
                setDetails(next);
                setCodeRefused(false);
                book.reset();
                setAttempt({ idempotencyKey: crypto.randomUUID() });
              }}
            />
          ) : null}
          {step === 'confirm' && details && attempt ? (
            <BookingConfirmStep
              service={week.data.service}
              unit={week.data.unit}
              time={chosen}
              details={details}
              auth={auth}
              isBooking={book.isPending}
              error={
                book.isError && !timeGoneCodes.has(errorCodeOf(book.error) ?? '') ? book.error : undefined
              }
              onBook={() => bookNow(week.data.service, chosen, details, attempt.idempotencyKey)}
              onBack={() => setAttempt(undefined)}
            />
          ) : null}
        </ResidentOnly>
      ) : null}
      <p className="booking-back">
        <Link href={residentHrefs.find(basePath)}>{t('resident.week.backToFind')}</Link>
      </p>
    </div>
  );
}

function bookableOnline(service: BookableService): boolean {
  return service.selfBookable || service.requiresBookingRight;
}

function ServiceHeading({ service, unit }: { service: BookableService; unit: Unit }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  return (
    <p>
      <strong>{t('resident.week.title', { service: service.name[language] })}</strong>
      <br />
      {t('resident.week.where', {
        unit: unit.name[language],
        address: unitAddress(unit, language),
      })}
    </p>
  );
}

function NotBookableOnline({ unit }: { unit: Unit }) {
  const { t } = useTranslation('booking');
  return (
    <p>
      {t('resident.week.notSelfBookable')}{' '}
      {unit.phone ? t('resident.week.callUnit', { phone: unit.phone }) : null}
    </p>
  );
}

/** Steps 2 and 3 are for a signed-in resident: others are asked to sign in (and come back here). */
function ResidentOnly({
  auth,
  returnTo,
  children,
}: {
  auth: RemoteAuth;
  returnTo: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('booking');
  if (auth.principalKind === 'staff') return <p>{t('resident.staffCannotBook')}</p>;
  if (auth.principalKind !== 'resident') {
    return (
      <div className="booking-step">
        <p>{t('resident.signInToBook')}</p>
        <p>
          <Button onPress={() => auth.signIn(returnTo)}>{t('resident.signIn')}</Button>
        </p>
      </div>
    );
  }
  return <>{children}</>;
}

interface DetailsWithDefaultsProps {
  service: BookableService;
  unit: Unit;
  time: FreeTimeEntry;
  auth: RemoteAuth;
  details: BookingDetails | undefined;
  preferredChannel: BookingDetails['channel'] | undefined;
  codeRefused: boolean;
  onChangeTime: () => void;
  onContinue: (details: BookingDetails) => void;
}

const noReminderContact: ReminderContact = { phone: null, email: null, updatedAt: null };

/** Step 2 once the defaults are known: the reminder from the resident's settings, their booking rights. */
function DetailsWithDefaults({ details, preferredChannel, ...props }: DetailsWithDefaultsProps) {
  const { t } = useTranslation('booking');
  const preferences = usePreferences();
  const contact = useReminderContact();
  const rights = useMyBookingRights(props.service.requiresBookingRight);
  // A failed settings read must not stop a booking: the defaults apply then (and the contact is asked for).
  if (
    preferences.isPending ||
    contact.isPending ||
    (props.service.requiresBookingRight && rights.isPending)
  ) {
    return <LoadingState>{t('resident.details.loading')}</LoadingState>;
  }
  const channels = props.service.channels;
  const initial: BookingDetails = details ?? {
    channel:
      preferredChannel && channels.includes(preferredChannel) ? preferredChannel : (channels[0] ?? 'onSite'),
    reminderChannel: preferences.data?.reminderChannel ?? defaultResidentPreferences.reminderChannel,
    message: '',
    bookingRightCode: '',
  };
  const hasBookingRight =
    !props.codeRefused &&
    hasUsableBookingRight(rights.data ?? [], props.service.code, helsinkiDateOf(new Date(props.time.start)));
  return (
    <BookingDetailsStep
      key={`${props.time.resourceId}|${props.time.start}|${String(props.codeRefused)}`}
      {...props}
      initial={initial}
      contact={contact.data ?? noReminderContact}
      hasBookingRight={hasBookingRight}
    />
  );
}
