// Whether a sign-out request proves who is signing out. oidc-provider has already checked the
// id_token_hint's signature and audience (it must be an ID token this provider issued to the client
// asking); it is enough to end the session without a question when it also names the person signed in
// here. A hint for someone else (an old token from another person's session) still gets the question.
import type { KoaContextWithOIDC } from 'oidc-provider';

interface IdTokenHint {
  payload: { sub?: unknown };
}

export function hintNamesSignedInPerson(ctx: KoaContextWithOIDC): boolean {
  const hint = ctx.oidc.entities.IdTokenHint as IdTokenHint | undefined;
  const accountId = ctx.oidc.session?.accountId;
  return hint !== undefined && ctx.oidc.client !== undefined && accountId !== undefined && hint.payload.sub === accountId;
}
