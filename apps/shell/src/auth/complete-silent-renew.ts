import { UserManager } from 'oidc-client-ts';

/**
 * Runs instead of the portal in the hidden iframe the provider redirects to (/auth/silent-renew):
 * hands the answer's URL to the parent window, whose UserManager checks it (state, PKCE, nonce)
 * and keeps the tokens. This page keeps nothing itself, so it needs no real client settings.
 */
export async function completeSilentRenew(): Promise<void> {
  const here = window.location.origin;
  const forwarder = new UserManager({
    authority: here,
    client_id: 'silent-renew-forwarder',
    redirect_uri: here,
    automaticSilentRenew: false,
  });
  await forwarder.signinSilentCallback();
}
