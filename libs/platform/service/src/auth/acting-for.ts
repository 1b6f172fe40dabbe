// The acting-on-behalf part of a request: what X-Acting-For asked for, and a decision per scope that asks
// the relations service at most once per request (and only when a resident procedure needs it).
import type { PersonName } from '@asiointi/platform-auth';
import type { ActingRelationsResponse, ActingScope } from '@asiointi/platform-auth/guardianship';
import { decisionFor } from '@asiointi/platform-auth/guardianship';
import type { RequestedActingFor } from './acting-for-header';
import type { CallerPrincipal } from './caller-principal';
import type { RelationsClient } from './relations-client';

/** How the resident is related to the person they act for, in the audit log's words. */
export type ActingRelationKind = 'guardian' | 'mandate-holder';

export type ActingForDecision =
  /** name: the acted-for person's name as the relations service gives it (a day list shows who comes). */
  | { allowed: true; relation: ActingRelationKind; name?: PersonName }
  /** relation: what the relations service says links the two, when it names anything at all. */
  | { allowed: false; reason: string; relation: ActingRelationKind | undefined };

/** A person the signed-in resident may act for in a scope now. */
export interface ActedForPerson {
  subject: string;
  relation: ActingRelationKind;
  name: PersonName;
}

export interface ActingFor {
  requested: RequestedActingFor;
  /** May the signed-in resident act for the requested subject in this scope? */
  decide(scope: ActingScope): Promise<ActingForDecision>;
  /**
   * Everyone the signed-in resident may act for in this scope now, whatever X-Acting-For says (a guardian's
   * own list that also shows their children's). Empty for anyone but a signed-in resident.
   */
  mayActFor(scope: ActingScope): Promise<ActedForPerson[]>;
}

function relationOf(
  response: ActingRelationsResponse,
  subject: string,
): { kind: ActingRelationKind; name: PersonName } | undefined {
  const view = response.relations.find((candidate) => candidate.subject === subject);
  if (!view) return undefined;
  return { kind: view.relation === 'guardian-of' ? 'guardian' : 'mandate-holder', name: view.name };
}

export function actingForOfRequest(options: {
  requested: RequestedActingFor;
  principal: CallerPrincipal;
  accessToken: string | undefined;
  relations: RelationsClient;
}): ActingFor {
  const { requested, principal, accessToken, relations } = options;
  let answer: Promise<ActingRelationsResponse> | undefined;
  const relationsOf = (resident: string, token: string) =>
    (answer ??= relations.relationsOf(token, resident));

  return {
    requested,
    async decide(scope) {
      if (requested.kind !== 'subject') return { allowed: false, reason: 'NO_SUBJECT', relation: undefined };
      // Only residents act on behalf; staff reach people's data through their roles.
      if (principal.kind !== 'resident' || !accessToken) {
        return { allowed: false, reason: 'NOT_A_RESIDENT', relation: undefined };
      }
      const response = await relationsOf(principal.subject, accessToken);
      const decision = decisionFor(response, requested.subject, scope);
      const relation = relationOf(response, requested.subject);
      if (decision.allowed && relation)
        return { allowed: true, relation: relation.kind, name: relation.name };
      return {
        allowed: false,
        reason: decision.allowed ? 'NO_RELATION' : decision.reason,
        relation: relation?.kind,
      };
    },
    async mayActFor(scope) {
      if (principal.kind !== 'resident' || !accessToken) return [];
      const response = await relationsOf(principal.subject, accessToken);
      return response.relations.flatMap((view) => {
        if (!decisionFor(response, view.subject, scope).allowed) return [];
        const relation = relationOf(response, view.subject);
        return relation ? [{ subject: view.subject, relation: relation.kind, name: relation.name }] : [];
      });
    },
  };
}

/** For calls made in process (jobs, tests): nobody is acted for. */
export const noActingFor: ActingFor = {
  requested: { kind: 'none' },
  decide: async () => ({ allowed: false, reason: 'NO_SUBJECT', relation: undefined }),
  mayActFor: async () => [],
};
