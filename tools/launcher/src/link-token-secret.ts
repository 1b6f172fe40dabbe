// The secret that seals cancel links in reminders. Links in an SMS must still open after `npm start` is
// restarted, so without LINK_TOKEN_SECRET the launcher makes one once and keeps it in its data folder.
// In production nothing is made up: a missing secret stops the start.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minimumLinkTokenSecretLength } from '@asiointi/platform-service';

export const linkTokenSecretFile = 'link-token-secret';

export class LinkTokenSecretError extends Error {
  override readonly name = 'LinkTokenSecretError';
}

async function readKept(file: string): Promise<string | undefined> {
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    return kept.length >= minimumLinkTokenSecretLength ? kept : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export interface LinkTokenSecretSource {
  /** LINK_TOKEN_SECRET, if set. */
  configured: string | undefined;
  /** The launcher's data folder (.data). */
  dataDir: string;
  /** NODE_ENV=production. */
  production: boolean;
}

/** The configured secret when set; otherwise (not in production) the one kept in dataDir, made on first use. */
export async function linkTokenSecretFor({
  configured,
  dataDir,
  production,
}: LinkTokenSecretSource): Promise<string> {
  if (configured) {
    if (configured.length < minimumLinkTokenSecretLength) {
      throw new LinkTokenSecretError(
        `LINK_TOKEN_SECRET must be at least ${minimumLinkTokenSecretLength} characters`,
      );
    }
    return configured;
  }
  if (production) {
    throw new LinkTokenSecretError('LINK_TOKEN_SECRET is required in production');
  }
  const file = path.join(dataDir, linkTokenSecretFile);
  const kept = await readKept(file);
  if (kept) return kept;
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  // Readable by the developer only; a file left too short or empty is replaced.
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
