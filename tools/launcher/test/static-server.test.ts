import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, startStaticServer, type RunningStaticServer } from '../src/static-server';

describe('static server for frontend builds', () => {
  let server: RunningStaticServer;
  const shellOrigin = 'http://127.0.0.1:4200';

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'asiointi-static-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(path.join(root, 'remoteEntry.js'), 'export {}');
    writeFileSync(path.join(root, 'assets', 'index-3f2a1b.js'), 'export {}');
    server = await startStaticServer({ root, host: '127.0.0.1', port: 0, spaFallback: true, allowedOrigins: [shellOrigin] });
  });
  afterAll(() => server.close());

  it('never caches federation entry points and caches hashed assets for good', async () => {
    const entry = await fetch(`${server.url}/remoteEntry.js`);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/assets/index-3f2a1b.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('mf-manifest.json')).toBe('no-cache');
  });

  it('lets the shell origin load files cross-origin and no other origin', async () => {
    const allowed = await fetch(`${server.url}/remoteEntry.js`, { headers: { origin: shellOrigin } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(shellOrigin);
    const other = await fetch(`${server.url}/remoteEntry.js`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says that every answer varies by origin, so a copy cached without CORS is not reused for CORS', async () => {
    const withoutOrigin = await fetch(`${server.url}/assets/index-3f2a1b.js`);
    expect(withoutOrigin.headers.get('access-control-allow-origin')).toBeNull();
    expect(withoutOrigin.headers.get('vary')).toMatch(/\bOrigin\b/i);
    const withOrigin = await fetch(`${server.url}/assets/index-3f2a1b.js`, { headers: { origin: shellOrigin } });
    expect(withOrigin.headers.get('vary')).toMatch(/\bOrigin\b/i);
  });

  it('answers client-side routes with the page and missing assets with 404', async () => {
    const page = await fetch(`${server.url}/booking/some/route`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>shell</title>');
    const missing = await fetch(`${server.url}/assets/missing.js`);
    expect(missing.status).toBe(404);
  });
});
