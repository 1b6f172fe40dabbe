import {
  type ActingRefusal,
  type ActingRelationsResponse,
  type ActingRelationView,
  type ActingScope,
} from '@asiointi/platform-auth/guardianship';

interface RelatedPerson {
  subject: string;
  displayName: string;
  givenName: string;
  relation: ActingRelationView['relation'];
}

/** Someone the resident may act for in at least one service. */
export interface ActingChoice extends RelatedPerson {
  /** The services (scopes) where acting is allowed; fewer than all is worth saying. */
  allowedScopes: ActingScope[];
}

/** A relation where acting is refused in every service, with the reason to explain. */
export interface UnavailableRelation extends RelatedPerson {
  reason: ActingRefusal;
}

export interface ActingChoices {
  choices: ActingChoice[];
  unavailable: UnavailableRelation[];
}

/**
 * Splits a relations answer into the people the resident can switch to and those they cannot,
 * as the relations service decided per scope (the shell never applies the rules itself).
 */
export function actingChoices(response: ActingRelationsResponse): ActingChoices {
  const result: ActingChoices = { choices: [], unavailable: [] };
  for (const view of response.relations) {
    const person: RelatedPerson = {
      subject: view.subject,
      displayName: `${view.name.given} ${view.name.family}`,
      givenName: view.name.given,
      relation: view.relation,
    };
    const allowedScopes = Object.entries(view.decisions).flatMap(([scope, decision]) =>
      decision.allowed ? [scope] : [],
    );
    if (allowedScopes.length > 0) result.choices.push({ ...person, allowedScopes });
    else result.unavailable.push({ ...person, reason: mainRefusal(view) });
  }
  return result;
}

/**
 * The reason that explains most: a scope the mandate does not cover says less than why acting is
 * refused altogether (the minor has not allowed it, the mandate has ended…).
 */
function mainRefusal(view: ActingRelationView): ActingRefusal {
  const reasons = Object.values(view.decisions).flatMap((decision) =>
    decision.allowed ? [] : [decision.reason],
  );
  return reasons.find((reason) => reason !== 'MANDATE_DOES_NOT_COVER_SCOPE') ?? reasons[0] ?? 'NO_RELATION';
}
