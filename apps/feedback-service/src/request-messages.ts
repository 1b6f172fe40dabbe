// The text of the feedback request, rendered by the notification sender at send time in the request's
// language. 'feedback.request' params: { link (the answer page with the token in its fragment), lastDay
// (YYYY-MM-DD, Helsinki), unitName? }. Short: one SMS of plain text, no personal data, no service name.
import { feedbackRequestTemplate } from '@asiointi/feedback-api';
import {
  PermanentDeliveryError,
  type MessageToRender,
  type RenderedMessage,
  type TemplateParams,
} from '@asiointi/platform-notifications';

type Language = MessageToRender['language'];

function textParam(params: TemplateParams, name: string, required: boolean): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    if (required) throw new PermanentDeliveryError(`template parameter ${name} is required`);
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PermanentDeliveryError(`template parameter ${name} is invalid`);
  }
  return value;
}

/** 2027-04-06 as Finns, Swedes and English readers write a date (no time zone: it is a Helsinki day). */
function dayText(day: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new PermanentDeliveryError('template parameter lastDay is invalid');
  const [, year, month, date] = match;
  const d = Number(date);
  const m = Number(month);
  if (language === 'fi') return `${d}.${m}.${year}`;
  if (language === 'sv') return `${d}.${m}.${year}`;
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), m - 1, 1)),
  );
  return `${d} ${monthName} ${year}`;
}

const wording = {
  fi: {
    subject: 'Kerro mielipiteesi saamastasi palvelusta',
    thanks: (unit?: string) => (unit ? `Kiitos käynnistäsi: ${unit}.` : 'Kiitos käynnistäsi.'),
    ask: 'Kerro nimettömänä, miten onnistuimme:',
    until: (day: string) => `Linkki toimii ${day} asti.`,
  },
  sv: {
    subject: 'Berätta vad du tyckte om tjänsten',
    thanks: (unit?: string) => (unit ? `Tack för ditt besök: ${unit}.` : 'Tack för ditt besök.'),
    ask: 'Berätta anonymt hur vi lyckades:',
    until: (day: string) => `Länken fungerar till och med ${day}.`,
  },
  en: {
    subject: 'Tell us what you thought of the service',
    thanks: (unit?: string) => (unit ? `Thank you for your visit: ${unit}.` : 'Thank you for your visit.'),
    ask: 'Tell us anonymously how we did:',
    until: (day: string) => `The link works until ${day}.`,
  },
} as const;

function renderRequest(message: MessageToRender): RenderedMessage {
  const link = textParam(message.templateParams, 'link', true)!;
  if (!/^https?:\/\/\S+#[A-Za-z0-9_-]+$/.test(link)) {
    throw new PermanentDeliveryError('template parameter link is invalid');
  }
  const lastDay = textParam(message.templateParams, 'lastDay', true)!;
  const unitName = textParam(message.templateParams, 'unitName', false);
  const words = wording[message.language];
  const text = [
    words.thanks(unitName),
    words.ask,
    link,
    words.until(dayText(lastDay, message.language)),
  ].join(message.channel === 'sms' ? ' ' : '\n\n');
  return message.channel === 'email' ? { subject: words.subject, text } : { text };
}

/** The sender's render(): every template key the feedback service schedules. */
export function renderFeedbackMessage(message: MessageToRender): RenderedMessage {
  if (message.templateKey === feedbackRequestTemplate) return renderRequest(message);
  throw new PermanentDeliveryError(`unknown template ${message.templateKey}`);
}
