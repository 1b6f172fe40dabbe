// The relations service of the dev provider, called with the resident's access token:
//   GET  /relations                              whom I may act for, with the rules' decisions
//   GET  /relations/guardians                    (a minor) my guardians and what I allow each
//   PUT  /relations/guardians/{subject}/consent  (a minor aged 12–17) {"scopes":[…]} for one guardian
// No identity code or other personal data is ever in a URL: the caller is known from the token.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ACTING_SCOPES,
  knownActingScopeSchema,
  AGE_OF_MAJORITY,
  AGE_OF_MINOR_CONSENT,
} from '@asiointi/platform-auth/guardianship';
import { ageAt, parseCalendarDate } from '@asiointi/platform-auth/identity-code';
import type { TokenVerifier } from '@asiointi/platform-auth';
import { z } from 'zod';
import { applyCors } from '../http/cors-headers';
import { sendJson } from '../http/page-response';
import { readValidJsonBody } from '../http/read-valid-json-body';
import { requirePrincipal } from '../http/require-principal';
import type { AccountDirectory } from '../provider/account-directory';
import type { CorsPolicy } from '../provider/cors-policy';
import type { RelationsStore } from './relations-store';
import { actingRelationsOf } from './relations-view';

export interface RelationsRoutesOptions {
  verifier: TokenVerifier;
  store: RelationsStore;
  directory: AccountDirectory;
  corsPolicy: CorsPolicy;
  now?: () => Date;
}

const consentPath = /^\/relations\/guardians\/([A-Za-z0-9-]{1,64})\/consent$/;
const consentBodySchema = z.object({ scopes: z.array(knownActingScopeSchema).max(ACTING_SCOPES.length) }).strict();

export type RelationsRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export function createRelationsRoutes({
  verifier,
  store,
  directory,
  corsPolicy,
  now = () => new Date(),
}: RelationsRoutesOptions): RelationsRoutes {
  function guardiansView(minor: string) {
    return {
      guardians: store.guardiansOf(minor).flatMap((relation) => {
        const guardian = directory.bySubject(relation.actor);
        return guardian
          ? [
              {
                subject: guardian.subject,
                name: guardian.name,
                allowedScopes: relation.minorConsent?.scopes ?? [],
              },
            ]
          : [];
      }),
    };
  }

  return async function relationsRoutes(req, res, url) {
    const consentMatch = consentPath.exec(url.pathname);
    const methods = consentMatch ? 'PUT, OPTIONS' : 'GET, OPTIONS';
    if (applyCors(req, res, corsPolicy, methods)) return;

    const isList = url.pathname === '/relations';
    const isGuardians = url.pathname === '/relations/guardians';
    if (!isList && !isGuardians && !consentMatch) return sendJson(res, 404, { error: 'NOT_FOUND' });
    const expectedMethod = consentMatch ? 'PUT' : 'GET';
    if (req.method !== expectedMethod)
      return sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED' }, { allow: expectedMethod });

    const principal = await requirePrincipal(verifier, 'resident', req, res);
    if (!principal) return;

    if (isList) return sendJson(res, 200, actingRelationsOf(principal.subject, store, directory, now()));
    if (isGuardians) return sendJson(res, 200, guardiansView(principal.subject));

    const self = directory.bySubject(principal.subject);
    const birthDate = self?.kind === 'resident' ? parseCalendarDate(self.birthDate) : undefined;
    const age = birthDate ? ageAt(birthDate, now()) : undefined;
    if (age === undefined || age < AGE_OF_MINOR_CONSENT || age >= AGE_OF_MAJORITY) {
      return sendJson(res, 409, { error: 'CONSENT_IS_FOR_MINORS_AGED_12_TO_17' });
    }
    const consent = await readValidJsonBody(consentBodySchema, req, res);
    if (!consent) return;
    const guardian = consentMatch?.[1] ?? '';
    if (!store.setMinorConsent(principal.subject, guardian, consent.scopes))
      return sendJson(res, 404, { error: 'NO_SUCH_GUARDIAN' });
    return sendJson(res, 200, guardiansView(principal.subject));
  };
}
