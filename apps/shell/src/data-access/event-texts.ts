import type { TFunction } from 'i18next';
import type { AuditLabels, DataEvent } from '@asiointi/platform-audit';
import type { Language } from '@asiointi/platform-i18n';

/** One event as `audit.myDataEvents` answers it. */
export type DataEventView = DataEvent;
/** The service's own words for the codes on its pages. */
export type EventLabels = AuditLabels;

type ShellT = TFunction<'shell'>;

/** A unit's name in the current language, from the unit directory; undefined while it is not known. */
export type UnitNameOf = (unitId: string) => string | undefined;

/**
 * Who handled the data, as the resident reads it: themselves, their guardian, the person they
 * gave a mandate, another person (unnamed), a professional by role and unit name (never by their
 * name, never by the unit's id), or the system. When the page shows a child's data, "you" becomes
 * the child's own name.
 */
export function actorText(
  t: ShellT,
  actor: DataEventView['actor'],
  subjectGivenName: string | undefined,
  unitName: UnitNameOf,
): string {
  const aboutOther = subjectGivenName !== undefined;
  switch (actor.kind) {
    case 'self':
      return aboutOther
        ? t('dataAccess.actor.subjectSelf', { given: subjectGivenName })
        : t('dataAccess.actor.self');
    case 'guardian':
      return aboutOther ? t('dataAccess.actor.subjectGuardian') : t('dataAccess.actor.guardian');
    case 'mandate-holder':
      return aboutOther ? t('dataAccess.actor.subjectMandateHolder') : t('dataAccess.actor.mandateHolder');
    case 'another-person':
      // Someone who was neither the person nor acting for them (a refused attempt): never who.
      return t('dataAccess.actor.anotherPerson');
    case 'system':
      return t('dataAccess.actor.system');
    case 'staff':
      return actor.unitId ? roleInUnitText(t, actor.role, actor.unitId, unitName) : roleText(t, actor.role);
  }
}

/** "Sairaanhoitaja, Kaijonharjun hyvinvointikeskus"; a general wording for a unit the directory does not name. */
export function roleInUnitText(t: ShellT, role: string | null, unitId: string, unitName: UnitNameOf): string {
  const unit = unitName(unitId);
  return unit
    ? t('staff.roleInUnit', { role: roleText(t, role), unit })
    : t('staff.roleInSomeUnit', { role: roleText(t, role) });
}

/**
 * What was done: "Viewed data: appointment bookings". Resources and purposes are the services' own
 * words, answered with the events; a code a service has no words for shows as it came.
 */
export function whatText(t: ShellT, event: DataEventView, labels: EventLabels, language: Language): string {
  const resource = labelOf(labels.resources, event.resource, language);
  return `${t(`dataAccess.actions.${event.action}`)}: ${resource}`;
}

export function whyText(event: DataEventView, labels: EventLabels, language: Language): string {
  return labelOf(labels.purposes, event.purpose, language);
}

function labelOf(terms: EventLabels['resources'], code: string, language: Language): string {
  return Object.hasOwn(terms, code) ? (terms[code]?.[language] ?? code) : code;
}

/** A role's name in the portal's words, or as the service named it when the portal has none. */
export function roleText(t: ShellT, role: string | null): string {
  if (!role) return t('staff.unknownRole');
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(`staff.roles.${role}`, { defaultValue: '' }) || role;
}

/** The words of every page loaded so far, for events on any of them. */
export function labelsOfPages(pages: readonly { labels: EventLabels }[]): EventLabels {
  return {
    resources: Object.assign({}, ...pages.map((page) => page.labels.resources)),
    purposes: Object.assign({}, ...pages.map((page) => page.labels.purposes)),
  };
}
