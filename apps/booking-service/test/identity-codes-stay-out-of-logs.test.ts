// Identity codes never reach the service's log, wherever a caller puts them: headers, the query string,
// the body, the path. The service logs at its most talkative level here.
import { Writable } from 'node:stream';
import { testResident } from '@asiointi/dev-idp';
import { containsIdentityCode } from '@asiointi/platform-auth/identity-code';
import { type RunningService, startModuleService } from '@asiointi/platform-service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingService } from '../src/booking-service';
import { callProcedure } from '@asiointi/platform-service/testing';
import { type IdentityFixture, startIdentityFixture } from '@asiointi/dev-idp/testing';

const code = testResident('childEetuUnder12').identityCode;
const otherCode = testResident('guardianAnna').identityCode;

describe('identity codes and the booking service log', () => {
  let identity: IdentityFixture;
  let service: RunningService;
  const lines: string[] = [];
  beforeAll(async () => {
    identity = await startIdentityFixture();
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString('utf8'));
        callback();
      },
    });
    service = await startModuleService(bookingService, {
      port: 0,
      logLevel: 'trace',
      logDestination: destination,
      oidcIssuer: identity.idp.issuer,
    });
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  it('keeps them out of every line, whatever the request carried', async () => {
    const token = await identity.tokenOf('guardianAnna');
    const requests = [
      // Headers: as the acting-for subject, and in a header of the caller's own.
      callProcedure(service.url, 'preferences.get', { token, actingFor: code }),
      callProcedure(service.url, 'units.list', {
        headers: { 'x-note': `hetu ${code}`, 'x-request-id': code },
      }),
      // The query string, as an input the procedure refuses.
      callProcedure(service.url, 'services.listByUnit', { input: { unitId: code } }),
      callProcedure(service.url, 'audit.myDataEvents', { token, input: { before: code.toLowerCase() } }),
      // The body, as a bad value and as a field the contract does not know.
      callProcedure(service.url, 'preferences.update', {
        token,
        mutation: true,
        input: { reminderChannel: code, serviceLanguage: null },
      }),
      callProcedure(service.url, 'preferences.update', {
        token,
        mutation: true,
        input: { reminderChannel: 'sms', serviceLanguage: null, identityCode: otherCode },
      }),
      // The path, as an unknown procedure, plus-sign encoded.
      callProcedure(service.url, encodeURIComponent(otherCode.replace('-', '+'))),
      // A token whose claims hold a code, refused.
      callProcedure(service.url, 'preferences.get', { token: await identity.mint({ expiresIn: -120 }) }),
    ];
    const results = await Promise.all(requests);
    expect(results.map((result) => result.status)).toEqual([403, 200, 400, 400, 400, 400, 404, 401]);
    for (const result of results) expect(containsIdentityCode(result.text), result.text).toBe(false);

    const log = lines.join('');
    // The requests were logged (so the check below looks at real lines), and carry no code in any form.
    expect(log).toContain('"msg":"procedure refused the call"');
    expect(log).toContain('"msg":"X-Acting-For does not name a subject"');
    expect(lines.filter((line) => containsIdentityCode(line))).toEqual([]);
    for (const value of [
      code,
      otherCode,
      code.toLowerCase(),
      encodeURIComponent(otherCode.replace('-', '+')),
    ]) {
      expect(log).not.toContain(value);
    }
  });
});
