// What the relations endpoint answers: the relations of the signed-in person with the facts and the
// rules' decision per scope. Subjects with a non-disclosure marking are left out altogether.
import {
  type ActingRelationsResponse,
  type ActingRelationView,
  decideForEveryScope,
} from '@asiointi/platform-auth/guardianship';
import type { AccountDirectory } from '../provider/account-directory';
import type { RelationsStore } from './relations-store';

export function actingRelationsOf(
  actor: string,
  store: RelationsStore,
  directory: AccountDirectory,
  at: Date,
): ActingRelationsResponse {
  const relations: ActingRelationView[] = [];
  for (const relation of store.ofActor(actor)) {
    const subject = directory.bySubject(relation.subject);
    if (subject?.kind !== 'resident' || subject.nonDisclosure) continue;
    const facts = { birthDate: subject.birthDate, nonDisclosure: subject.nonDisclosure };
    relations.push({
      subject: subject.subject,
      relation: relation.kind,
      name: subject.name,
      birthDate: subject.birthDate,
      minorConsent: relation.kind === 'guardian-of' && relation.minorConsent ? { scopes: [...relation.minorConsent.scopes] } : null,
      mandate:
        relation.kind === 'mandate-holder-for' && relation.mandate
          ? { ...relation.mandate, scopes: [...relation.mandate.scopes] }
          : null,
      decisions: decideForEveryScope({ relation, subject: facts, at }),
    });
  }
  return { actor, evaluatedAt: at.toISOString(), relations };
}
