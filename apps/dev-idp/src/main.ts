// `npm run serve -w @asiointi/dev-idp`: the dev identity provider on its own. Ctrl-C stops it.
import { createLogger } from './logging/create-logger';
import { readDevIdpEnv } from './read-dev-idp-env';
import { startDevIdp } from './start-dev-idp';

const { logLevel, ...options } = readDevIdpEnv(process.env);
const logger = createLogger({ level: logLevel });
const idp = await startDevIdp({ ...options, logger });
logger.info({ discovery: `${idp.issuer}/.well-known/openid-configuration` }, 'ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().then(() => process.exit(0));
  });
}
