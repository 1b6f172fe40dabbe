// Guardianships and mandates, and the minors' choices, kept in memory. In production this is the
// population register and the region's mandate service; here the seed fills it and a minor may change
// what they allow.
import type { ActingRelation, ActingScope, GuardianRelation } from '@asiointi/platform-auth/guardianship';

export interface RelationsStore {
  /** Relations where the person acts for someone. */
  ofActor(actor: string): readonly ActingRelation[];
  /** Guardianships of a minor (the minor is the subject). */
  guardiansOf(minor: string): readonly GuardianRelation[];
  /** Records what a minor allows one guardian; false when there is no such guardianship. */
  setMinorConsent(minor: string, guardian: string, scopes: readonly ActingScope[]): boolean;
}

export function createRelationsStore(seed: readonly ActingRelation[]): RelationsStore {
  // Copies, so that a change never leaks back into the seed shared by tests.
  const relations: ActingRelation[] = seed.map((relation) => structuredClone(relation));
  return {
    ofActor: (actor) => relations.filter((relation) => relation.actor === actor),
    guardiansOf: (minor) =>
      relations.filter((relation): relation is GuardianRelation => relation.kind === 'guardian-of' && relation.subject === minor),
    setMinorConsent(minor, guardian, scopes) {
      const relation = relations.find(
        (candidate): candidate is GuardianRelation =>
          candidate.kind === 'guardian-of' && candidate.subject === minor && candidate.actor === guardian,
      );
      if (!relation) return false;
      relation.minorConsent = { scopes: [...new Set(scopes)] };
      return true;
    },
  };
}
