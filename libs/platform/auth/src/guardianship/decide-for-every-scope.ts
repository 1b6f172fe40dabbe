import { type ActingDecision } from './acting-decision';
import { ACTING_SCOPES, type ActingScope } from './acting-scopes';
import { type ActingRequest, decideActingOnBehalf } from './decide-acting-on-behalf';

/** The decision for each scope, for a person switcher that shows what the actor may do. */
export function decideForEveryScope(request: Omit<ActingRequest, 'scope'>): Record<ActingScope, ActingDecision> {
  return Object.fromEntries(ACTING_SCOPES.map((scope) => [scope, decideActingOnBehalf({ ...request, scope })]));
}
