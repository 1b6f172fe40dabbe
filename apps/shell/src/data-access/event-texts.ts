import type { TFunction } from 'i18next';

/** One event as `audit.myDataEvents` answers it (the shape of @asiointi/platform-audit's DataEvent). */
export interface DataEventView {
  id: string;
  at: string;
  service: string;
  actor: {
    kind: 'self' | 'guardian' | 'mandate-holder' | 'staff' | 'system';
    role: string | null;
    unitId: string | null;
  };
  action: 'read' | 'create' | 'update' | 'delete';
  resource: string;
  purpose: string;
  outcome: 'success' | 'denied';
}

type ShellT = TFunction<'shell'>;

/** A unit's name in the current language, from the unit directory; undefined while it is not known. */
export type UnitNameOf = (unitId: string) => string | undefined;

/**
 * Who handled the data, as the resident reads it: themselves, their guardian, the person they
 * gave a mandate, a professional by role and unit name (never by their name, never by the unit's
 * id), or the system. When the page shows a child's data, "you" becomes the child's own name.
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

export function roleText(t: ShellT, role: string | null): string {
  if (!role) return t('staff.unknownRole');
  // A role the portal has no words for yet still shows, as the service named it.
  return lookup(t, `staff.roles.${role}`) ?? role;
}

/** What was done: "Viewed data: <resource>". Resources and purposes are the services' own words. */
export function whatText(t: ShellT, event: DataEventView): string {
  const resource = lookup(t, `dataAccess.resources.${event.resource}`) ?? event.resource;
  return `${t(`dataAccess.actions.${event.action}`)}: ${resource}`;
}

export function whyText(t: ShellT, event: DataEventView): string {
  return lookup(t, `dataAccess.purposes.${event.purpose}`) ?? event.purpose;
}

/** The portal's words for a term the services define, if it has them. */
function lookup(t: ShellT, key: string): string | undefined {
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(key, { defaultValue: '' }) || undefined;
}
