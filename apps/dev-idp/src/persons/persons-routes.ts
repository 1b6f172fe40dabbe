// The person directory of the dev provider, for services acting for staff:
//   POST /persons/lookup  {"identityCode": "…"}  →  {subject, name, birthDate}, 404 for an invalid code
// Staff tokens only. A valid code nobody has used yet gets its directory entry here, as a sign-in would
// create it, so the person later signing in has the subject the staff booked for. The code is in the body
// (never the URL) and never logged: the request log shows method, path and status only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenVerifier } from '@asiointi/platform-auth';
import { personLookupRequestSchema, type PersonLookupResponse } from '@asiointi/platform-auth/guardianship';
import { normalizeIdentityCodeInput, validateIdentityCode } from '@asiointi/platform-auth/identity-code';
import { sendJson } from '../http/page-response';
import { readValidJsonBody } from '../http/read-valid-json-body';
import { requirePrincipal } from '../http/require-principal';
import type { AccountDirectory } from '../provider/account-directory';

export interface PersonsRoutesOptions {
  verifier: TokenVerifier;
  directory: AccountDirectory;
}

export type PersonsRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export function createPersonsRoutes({ verifier, directory }: PersonsRoutesOptions): PersonsRoutes {
  return async function personsRoutes(req, res, url) {
    if (url.pathname !== '/persons/lookup') return sendJson(res, 404, { error: 'NOT_FOUND' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED' }, { allow: 'POST' });
    const staff = await requirePrincipal(verifier, 'staff', req, res);
    if (!staff) return;

    const request = await readValidJsonBody(personLookupRequestSchema, req, res);
    if (!request) return;
    // A temporary code belongs to nobody the register knows, so it is not found like a malformed one.
    const validation = validateIdentityCode(normalizeIdentityCodeInput(request.identityCode));
    if (!validation.valid) return sendJson(res, 404, { error: 'PERSON_NOT_FOUND' });

    // Finnish, as on the sign-in page without a choice; the person's own sign-in does not change it.
    const person = directory.byIdentityCode(validation.identityCode, 'fi');
    const answer: PersonLookupResponse = {
      subject: person.subject,
      name: person.name,
      birthDate: person.birthDate,
    };
    return sendJson(res, 200, answer);
  };
}
