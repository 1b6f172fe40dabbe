import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fi } from 'date-fns/locale/fi';
import { sv } from 'date-fns/locale/sv';
import { HELSINKI_TIME_ZONE } from '@asiointi/platform-time';
import type { ResidentLanguage } from './resident-language';

export interface AppointmentTextQuery {
  /** Mental health, substance abuse, sexual health…: the service is never named outside the portal. */
  sensitive: boolean;
  serviceName: string;
  unitName: string;
  start: Date;
  language: ResidentLanguage;
}

// Patterns written out (as the portal's i18n does) so the text does not change with the ICU version:
// fi "ma 30.3.2026 klo 9.00", sv "mån 30.3.2026 kl. 9.00", en "Mon, 30 March 2026 at 9:00".
const dateTimePattern: Record<ResidentLanguage, string> = {
  fi: "EEEEEE d.M.yyyy 'klo' H.mm",
  sv: "EEE d.M.yyyy 'kl.' H.mm",
  en: "EEE, d MMMM yyyy 'at' H:mm",
};
const locales = { fi, sv, en: enGB };

/** The appointment's start in Helsinki time, written for SMS, e-mail and calendar texts. */
export function appointmentTimeText(start: Date, language: ResidentLanguage): string {
  return format(new TZDate(start.getTime(), HELSINKI_TIME_ZONE), dateTimePattern[language], {
    locale: locales[language],
  });
}

const reminderOpening: Record<ResidentLanguage, string> = {
  fi: 'Muistutus ajanvarauksestasi',
  sv: 'Påminnelse om din bokade tid',
  en: 'Reminder of your appointment',
};

const calendarTitle: Record<ResidentLanguage, string> = {
  fi: 'Ajanvaraus',
  sv: 'Bokad tid',
  en: 'Appointment',
};

/** What the text may name: a sensitive service is left out, so only the unit identifies the appointment. */
function namedParts({
  sensitive,
  serviceName,
  unitName,
}: Omit<AppointmentTextQuery, 'start' | 'language'>): string[] {
  return sensitive ? [unitName] : [serviceName, unitName];
}

/**
 * The reminder's text for SMS and e-mail: fi "Muistutus ajanvarauksestasi: Fysioterapia, Tuiran
 * hyvinvointikeskus, ma 30.3.2026 klo 9.00." A sensitive service gives "…: Tuiran hyvinvointikeskus, …".
 * No inflected unit names: Finnish would need a case ending the data does not have.
 */
export function reminderTextFor(query: AppointmentTextQuery): string {
  const parts = [...namedParts(query), appointmentTimeText(query.start, query.language)];
  return `${reminderOpening[query.language]}: ${parts.join(', ')}.`;
}

/** The reminder e-mail's subject: names nothing but that it is a reminder. */
export function reminderSubjectFor(language: ResidentLanguage): string {
  return reminderOpening[language];
}

/**
 * The .ics SUMMARY: "Ajanvaraus: Fysioterapia, Tuiran hyvinvointikeskus", a sensitive one without the
 * service; with forPerson (a child's appointment in a guardian's calendar) "Ajanvaraus (Eetu Virtanen): …".
 */
export function calendarTitleFor(
  query: Omit<AppointmentTextQuery, 'start'> & { forPerson?: string },
): string {
  const title = query.forPerson
    ? `${calendarTitle[query.language]} (${query.forPerson})`
    : calendarTitle[query.language];
  return `${title}: ${namedParts(query).join(', ')}`;
}
