// `npm start`: the whole portal in one process, on PGlite unless DATABASE_URL is set. Ctrl-C stops it.
import { startPortal } from './portal';
import { readPortalConfig } from './portal-config';

const config = readPortalConfig(process.env);
const portal = await startPortal(config);

console.log(`\nAsiointi is running: ${portal.shellUrl}/`);
console.log(config.databaseUrl ? 'Database: PostgreSQL (DATABASE_URL)' : `Database: embedded PGlite under ${config.dataDir ?? '.data/'}`);
console.log(
  config.externalIdentity
    ? `Sign-in: ${portal.identity.issuer}`
    : `Sign-in: development identity provider with test persons at ${portal.identity.issuer}`,
);
for (const remote of portal.manifest.remotes) {
  console.log(`  ${remote.name}: remote ${remote.manifestUrl}, service ${remote.apiUrl}`);
}
console.log('Press Ctrl-C to stop.\n');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the portal…`);
  await portal.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
