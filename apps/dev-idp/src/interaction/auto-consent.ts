// When consent is asked for explicitly (prompt=consent, which offline_access requires), the first-party
// shell still gets no consent page: the grant is completed with what the prompt found missing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export async function finishWithConsent(provider: Provider, req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || typeof clientId !== 'string') {
    await provider.interactionFinished(req, res, { error: 'login_required' }, { mergeWithLastSubmission: false });
    return;
  }
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const { details } = interaction.prompt;
  const missingScopes = stringList(details.missingOIDCScope);
  const missingClaims = stringList(details.missingOIDCClaims);
  if (missingScopes.length > 0) grant.addOIDCScope(missingScopes.join(' '));
  if (missingClaims.length > 0) grant.addOIDCClaims(missingClaims);
  const missingResourceScopes = (details.missingResourceScopes ?? {}) as Record<string, unknown>;
  for (const [indicator, scopes] of Object.entries(missingResourceScopes)) grant.addResourceScope(indicator, stringList(scopes).join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
