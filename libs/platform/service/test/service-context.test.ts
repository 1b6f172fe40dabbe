import { afterEach, describe, expect, it } from 'vitest';
import { createService, initServiceTrpc, readServiceConfig, type ServiceContext } from '../src/index';
import { controllableDatabase } from './support/controllable-database';
import { queryUrl } from './support/start-test-service';

interface ModuleContext extends ServiceContext {
  unitName: string;
}

describe('service context', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
  });

  it('gives procedures the language and the module parts added by createContext', async () => {
    const { createRouter, publicProcedure } = initServiceTrpc<ModuleContext>();
    const router = createRouter({
      describe: publicProcedure.query(({ ctx }) => ({ unit: ctx.unitName, language: ctx.language })),
    });
    const service = await createService({
      name: 'context-test',
      config: readServiceConfig({ LOG_LEVEL: 'silent' }, { port: 0 }),
      router,
      database: controllableDatabase(),
      createContext: (base) => ({ ...base, unitName: 'Kalajoen terveysasema' }),
    });
    close = service.close;

    const response = await fetch(queryUrl(service.url, 'describe'), {
      headers: { 'accept-language': 'sv-FI' },
    });
    expect(await response.json()).toEqual({
      result: { data: { unit: 'Kalajoen terveysasema', language: 'sv' } },
    });
  });
});
