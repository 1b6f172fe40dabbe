// The feedback service as deployed (its definition on startModuleService) on each database engine:
// migrated, seeded, ready, and serving its "you said, we did" page.
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import { feedbackDatabaseDefinition } from '@asiointi/feedback-data';
import { describeOnDatabases, type TestDatabase } from '@asiointi/platform-db/testing';
import { startModuleService, type RunningService } from '@asiointi/platform-service';
import { callProcedure } from '@asiointi/platform-service/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { feedbackService } from '../src/feedback-service';

describeOnDatabases('the feedback service', (engine) => {
  let database: TestDatabase<Record<string, unknown>> | undefined;
  let identity: IdentityFixture;
  let service: RunningService;
  beforeAll(async () => {
    if (engine.dialect === 'postgres') database = await engine.createDatabase(feedbackDatabaseDefinition);
    identity = await startIdentityFixture();
    service = await startModuleService(feedbackService, {
      port: 0,
      logLevel: 'warn',
      databaseUrl: database?.databaseUrl,
      // Tokens and the unit directory come from the dev identity provider, as in the portal.
      oidcIssuer: identity.idp.issuer,
    });
  });
  afterAll(async () => {
    await service?.close();
    await identity?.close();
    await database?.close();
  });

  it('is ready once its database answers', async () => {
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
  });

  it('serves its demo “you said, we did” entries from its own schema, named by the unit directory', async () => {
    const answer = await callProcedure<{ unitName: { fi: string } }[]>(service.url, 'changes.published');
    expect(answer.status).toBe(200);
    expect(answer.data?.map((entry) => entry.unitName.fi).sort()).toEqual([
      'Kaijonharjun hyvinvointikeskus',
      'Keskustan perhekeskus',
    ]);
  });

  it('answers a signed-in resident’s “who has handled my data”, and nobody who is not signed in', async () => {
    expect((await callProcedure(service.url, 'audit.myDataEvents')).code).toBe('UNAUTHENTICATED');
    const answer = await callProcedure(service.url, 'audit.myDataEvents', {
      token: await identity.tokenOf('guardianAnna'),
    });
    expect(answer.status).toBe(200);
  });
});
