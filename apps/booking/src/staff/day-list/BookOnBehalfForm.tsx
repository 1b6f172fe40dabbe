import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  bookOnBehalfInputSchema,
  messageToProfessionalSchema,
  reminderChannelSchema,
  type ReminderChannel,
  type ServiceChannel,
  type Unit,
} from '@asiointi/booking-contract';
import { formatDateTime, type Language } from '@asiointi/platform-i18n';
import { helsinkiInstant, mondayOf, type PlainDate } from '@asiointi/platform-time';
import {
  Alert,
  Button,
  FormProblem,
  LoadingState,
  Radio,
  RadioGroup,
  Select,
  SelectItem,
  TextAreaField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { PlainDateField } from '../PlainDateField';
import { IdentityCodeField } from '../IdentityCodeField';
import { StaffError } from '../StaffError';
import { useServiceTypes } from '../use-staff-queries';
import { FreeTimePicker, type ChosenFreeTime } from './FreeTimePicker';

export interface BookOnBehalfFormProps {
  unit: Unit;
  language: Language;
  /** The day list's day: the week shown first is that day's. */
  initialDate: PlainDate;
  onClose: () => void;
  /** Told the booked time, so the day list can show its day. */
  onBooked: (start: string) => void;
}

/** A professional books for a resident (at the desk or on the phone): person, service, free time. */
export function BookOnBehalfForm({ unit, language, initialDate, onClose, onBooked }: BookOnBehalfFormProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.bookOnBehalf.fields', { returnObjects: true });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serviceTypes = useServiceTypes(unit.id);
  const [identityCode, setIdentityCode] = useState('');
  const [serviceTypeId, setServiceTypeId] = useState<string | null>(null);
  const [weekStart, setWeekStart] = useState(() => mondayOf(initialDate));
  const [freeTime, setFreeTime] = useState<ChosenFreeTime | undefined>();
  const [channel, setChannel] = useState<ServiceChannel | null>(null);
  const [reminderChannel, setReminderChannel] = useState<ReminderChannel>('sms');
  const [needAssessedOn, setNeedAssessedOn] = useState<PlainDate | null>(null);
  const [message, setMessage] = useState('');
  // One key per booking attempt: a retry after a lost answer returns the same booking.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [booked, setBooked] = useState<string | undefined>();

  const service = serviceTypes.data?.find(({ id }) => id === serviceTypeId);
  const form = useValidatedSubmit(bookOnBehalfInputSchema, {
    serviceTypeId,
    resourceId: freeTime?.resourceId,
    start: freeTime?.start,
    channel,
    identityCode,
    reminderChannel,
    ...(message.trim() ? { message } : {}),
    needAssessedAt: needAssessedOn ? helsinkiInstant(needAssessedOn, '00:00').toISOString() : null,
    idempotencyKey,
  });
  const book = useMutation(
    trpc.staffBookings.bookOnBehalf.mutationOptions({
      retry: false,
      onSuccess: async (_booking, input) => {
        setBooked(input.start);
        onBooked(input.start);
        setIdentityCode('');
        setFreeTime(undefined);
        setMessage('');
        setNeedAssessedOn(null);
        form.hideProblems();
        setIdempotencyKey(crypto.randomUUID());
        await Promise.all([
          queryClient.invalidateQueries(trpc.staffBookings.dayList.pathFilter()),
          queryClient.invalidateQueries(trpc.freeTimes.week.pathFilter()),
        ]);
      },
    }),
  );

  const sendToBook = form.submitTo(book);
  const submit = (event: FormEvent) => {
    // A new attempt: the previous booking's notice no longer applies.
    setBooked(undefined);
    sendToBook(event);
  };

  if (serviceTypes.isPending) return <LoadingState>{t('staff.serviceTypes.loading')}</LoadingState>;
  if (serviceTypes.isError) {
    return <StaffError error={serviceTypes.error} onRetry={() => void serviceTypes.refetch()} />;
  }

  return (
    <form className="booking-staff-form" onSubmit={submit} noValidate>
      <IdentityCodeField
        value={identityCode}
        onChange={setIdentityCode}
        isInvalid={form.invalid('identityCode')}
      />
      <Select
        {...form.field('serviceTypeId', fields.serviceTypeId)}
        placeholder={t('staff.bookOnBehalf.servicePlaceholder')}
        items={serviceTypes.data}
        value={serviceTypeId}
        onChange={(key) => {
          const chosen = serviceTypes.data.find(({ id }) => id === key);
          setServiceTypeId(chosen?.id ?? null);
          setFreeTime(undefined);
          setChannel(chosen?.channels.length === 1 ? (chosen.channels[0] ?? null) : null);
        }}
        isRequired
      >
        {(item) => (
          <SelectItem id={item.id} textValue={item.name[language]}>
            {item.name[language]}
          </SelectItem>
        )}
      </Select>
      {service ? (
        <>
          <FreeTimePicker
            serviceTypeId={service.id}
            weekStart={weekStart}
            onWeekChange={(week) => {
              setWeekStart(week);
              setFreeTime(undefined);
            }}
            value={freeTime}
            onChange={setFreeTime}
            language={language}
            isInvalid={form.invalid('start')}
          />
          <RadioGroup
            {...form.field('channel', fields.channel)}
            value={channel}
            onChange={(value) => setChannel(service.channels.find((option) => option === value) ?? null)}
            isRequired
          >
            {service.channels.map((option) => (
              <Radio key={option} value={option}>
                {t(`channels.${option}`)}
              </Radio>
            ))}
          </RadioGroup>
        </>
      ) : null}
      <RadioGroup
        label={t('staff.bookOnBehalf.reminder')}
        value={reminderChannel}
        onChange={(value) => setReminderChannel(reminderChannelSchema.catch('sms').parse(value))}
      >
        {reminderChannelSchema.options.map((option) => (
          <Radio key={option} value={option}>
            {t(`staff.reminder.${option}`)}
          </Radio>
        ))}
      </RadioGroup>
      <PlainDateField
        label={t('staff.bookOnBehalf.needAssessedOn')}
        description={t('staff.bookOnBehalf.needAssessedOnHelp')}
        value={needAssessedOn}
        onChange={setNeedAssessedOn}
      />
      <TextAreaField
        label={t('staff.bookOnBehalf.message')}
        description={t('staff.bookOnBehalf.messageHelp')}
        value={message}
        onChange={setMessage}
        characterLimit={messageToProfessionalSchema.maxLength ?? undefined}
      />
      <FormProblem show={form.showFormProblem} />
      {book.isError ? <StaffError error={book.error} /> : null}
      {booked ? (
        <Alert variant="success">
          <p>{t('staff.bookOnBehalf.booked', { time: formatDateTime(booked, language) })}</p>
        </Alert>
      ) : null}
      <div className="booking-staff-actions">
        <Button type="submit">
          {book.isPending ? t('staff.bookOnBehalf.booking') : t('staff.bookOnBehalf.submit')}
        </Button>
        <Button variant="secondary" onPress={onClose}>
          {t('staff.bookOnBehalf.close')}
        </Button>
      </div>
    </form>
  );
}
