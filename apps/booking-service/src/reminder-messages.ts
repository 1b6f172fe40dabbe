// The texts of the booking service's notifications, rendered by the notification sender at send time.
// 'booking.reminder' params: { startsAt: ISO instant, unitName, serviceName (absent for a sensitive
// service, which is then never named), cancelUrl?, reference?, forName? (a child's given name, when the
// message goes to the guardian who booked) }. The wording and the Helsinki time come from the
// domain's reminderTextFor, so the SMS, the e-mail and the portal say the same thing.
import {
  appointmentTimeText,
  bookedForLine,
  bookingReferenceLine,
  reminderSubjectFor,
  reminderTextFor,
  type ResidentLanguage,
} from '@asiointi/booking-domain';
import {
  PermanentDeliveryError,
  type MessageToRender,
  type RenderedMessage,
  type TemplateParams,
} from '@asiointi/platform-notifications';

export const bookingReminderTemplate = 'booking.reminder';

const cancelLinkLabel = {
  fi: 'Jos et pääse paikalle, peru aika',
  sv: 'Om du inte kan komma, avboka tiden',
  en: 'If you cannot come, cancel the appointment',
} as const;

interface ReminderParams {
  start: Date;
  unitName: string;
  serviceName: string | undefined;
  cancelUrl: string | undefined;
}

function optionalText(params: TemplateParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new PermanentDeliveryError(`template parameter ${name} is invalid`);
  return value;
}

/** A row written with wrong params cannot be fixed by retrying: it fails at once (names only, no values). */
function reminderParams(params: TemplateParams): ReminderParams {
  const startsAt = optionalText(params, 'startsAt');
  const unitName = optionalText(params, 'unitName');
  if (startsAt === undefined || unitName === undefined) {
    throw new PermanentDeliveryError('template parameters startsAt and unitName are required');
  }
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime()))
    throw new PermanentDeliveryError('template parameter startsAt is invalid');
  const cancelUrl = optionalText(params, 'cancelUrl');
  if (cancelUrl !== undefined && !/^https?:\/\/\S+$/.test(cancelUrl)) {
    throw new PermanentDeliveryError('template parameter cancelUrl is invalid');
  }
  return { start, unitName, serviceName: optionalText(params, 'serviceName'), cancelUrl };
}

/** The lines naming the booking: for whom (a child's, to the guardian) and its reference. */
function namingLines(params: TemplateParams, language: ResidentLanguage): string[] {
  const forName = optionalText(params, 'forName');
  const reference = optionalText(params, 'reference');
  return [
    ...(forName ? [bookedForLine(forName, language)] : []),
    ...(reference ? [bookingReferenceLine(reference, language)] : []),
  ];
}

function renderReminder(message: MessageToRender): RenderedMessage {
  const { start, unitName, serviceName, cancelUrl } = reminderParams(message.templateParams);
  const { language } = message;
  const reminder = reminderTextFor({
    // The scheduler leaves the name out exactly when the service is sensitive.
    sensitive: serviceName === undefined,
    serviceName: serviceName ?? '',
    unitName,
    start,
    language,
  });
  const text = [
    reminder,
    ...namingLines(message.templateParams, language),
    ...(cancelUrl ? [`${cancelLinkLabel[language]}: ${cancelUrl}`] : []),
  ].join('\n');
  return message.channel === 'email' ? { subject: reminderSubjectFor(language), text } : { text };
}

/** The sender's render(): every template key the booking service schedules. */
export function renderBookingMessage(message: MessageToRender): RenderedMessage {
  if (message.templateKey === bookingReminderTemplate) return renderReminder(message);
  if (message.templateKey === bookingCancelledByUnitTemplate) return renderCancelledByUnit(message);
  throw new PermanentDeliveryError(`unknown template ${message.templateKey}`);
}

// 'booking.cancelled-by-unit' params: { startsAt: ISO instant, unitName, reason (the unit's words to the
// resident), unitPhone?, reference?, forName? }. Sent at once when the unit cancels; it never names the service.
export const bookingCancelledByUnitTemplate = 'booking.cancelled-by-unit';

const cancelledByUnitTexts = {
  fi: {
    subject: 'Ajanvarauksesi on peruttu',
    opening: 'Ajanvarauksesi on peruttu',
    reason: 'Syy',
    call: 'Lisätietoja',
  },
  sv: {
    subject: 'Din tidsbokning har avbokats',
    opening: 'Din tidsbokning har avbokats',
    reason: 'Orsak',
    call: 'Mer information',
  },
  en: {
    subject: 'Your appointment has been cancelled',
    opening: 'Your appointment has been cancelled',
    reason: 'Reason',
    call: 'More information',
  },
} as const;

function renderCancelledByUnit(message: MessageToRender): RenderedMessage {
  const params = message.templateParams;
  const startsAt = optionalText(params, 'startsAt');
  const unitName = optionalText(params, 'unitName');
  const reason = optionalText(params, 'reason');
  if (startsAt === undefined || unitName === undefined || reason === undefined) {
    throw new PermanentDeliveryError('template parameters startsAt, unitName and reason are required');
  }
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime()))
    throw new PermanentDeliveryError('template parameter startsAt is invalid');
  const unitPhone = optionalText(params, 'unitPhone');
  const texts = cancelledByUnitTexts[message.language];
  const lines = [
    `${texts.opening}: ${unitName}, ${appointmentTimeText(start, message.language)}.`,
    ...namingLines(params, message.language),
    `${texts.reason}: ${reason}`,
    ...(unitPhone ? [`${texts.call}: ${unitPhone}`] : []),
  ];
  const text = lines.join('\n');
  return message.channel === 'email' ? { subject: texts.subject, text } : { text };
}
