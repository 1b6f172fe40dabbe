import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LinkTokenSecretError, linkTokenSecretFor, linkTokenSecretFile } from '../src/link-token-secret';

describe('linkTokenSecretFor', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'asiointi-launcher-')), '.data');
  });
  afterEach(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('makes a secret once, keeps it in the data folder for the developer only, and reuses it', async () => {
    const first = await linkTokenSecretFor({ configured: undefined, dataDir, production: false });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, linkTokenSecretFile);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await linkTokenSecretFor({ configured: undefined, dataDir, production: false })).toBe(first);
  });

  it('prefers LINK_TOKEN_SECRET and writes nothing then', async () => {
    const secret = 'a-configured-secret-of-enough-length-0001';
    expect(await linkTokenSecretFor({ configured: secret, dataDir, production: true })).toBe(secret);
    await expect(stat(path.join(dataDir, linkTokenSecretFile))).rejects.toThrow(/ENOENT/);
  });

  it('replaces a kept secret that is too short', async () => {
    await linkTokenSecretFor({ configured: undefined, dataDir, production: false });
    await writeFile(path.join(dataDir, linkTokenSecretFile), 'short\n');
    expect(
      (await linkTokenSecretFor({ configured: undefined, dataDir, production: false })).length,
    ).toBeGreaterThanOrEqual(32);
  });

  it('refuses a short secret, and a missing one in production', async () => {
    await expect(linkTokenSecretFor({ configured: 'short', dataDir, production: false })).rejects.toThrow(
      LinkTokenSecretError,
    );
    await expect(linkTokenSecretFor({ configured: undefined, dataDir, production: true })).rejects.toThrow(
      /required in production/,
    );
  });
});
