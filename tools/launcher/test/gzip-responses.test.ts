import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip } from '../src/gzip-responses';
import { startStaticServer, type RunningStaticServer } from '../src/static-server';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without fetch's automatic decompression: the bytes as they travel. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('gzip from the static server, as nginx in the frontend images', () => {
  let server: RunningStaticServer;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i % 7}`))};\n`;
  const shellOrigin = 'http://127.0.0.1:4200';

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'asiointi-gzip-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), `<!doctype html><title>shell</title>${'<p>x</p>'.repeat(200)}`);
    writeFileSync(path.join(root, 'assets', 'big-1a2b.js'), script);
    writeFileSync(path.join(root, 'assets', 'small-1a2b.js'), 'export {}');
    writeFileSync(path.join(root, 'assets', 'picture-1a2b.png'), Buffer.alloc(4096, 1));
    server = await startStaticServer({ root, host: '127.0.0.1', port: 0, spaFallback: true, allowedOrigins: [shellOrigin] });
  });
  afterAll(() => server.close());

  it('compresses a script of 1 KiB or more for a browser that takes gzip, and the bytes unpack to the file', async () => {
    const answer = await rawGet(`${server.url}/assets/big-1a2b.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(gunzipSync(answer.body).toString()).toBe(script);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toMatch(/\bOrigin\b/);
    expect(answer.headers.vary).toMatch(/\bAccept-Encoding\b/);
  });

  it('compresses the page of a client-side route too', async () => {
    const answer = await rawGet(`${server.url}/booking/find`, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toContain('<title>shell</title>');
  });

  it('sends the file as it is to a client that does not take gzip, a small file and a picture', async () => {
    const plain = await rawGet(`${server.url}/assets/big-1a2b.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const refused = await rawGet(`${server.url}/assets/big-1a2b.js`, { 'accept-encoding': 'gzip;q=0, br' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const small = await rawGet(`${server.url}/assets/small-1a2b.js`, { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('export {}');
    const picture = await rawGet(`${server.url}/assets/picture-1a2b.png`, { 'accept-encoding': 'gzip' });
    expect(picture.headers['content-encoding']).toBeUndefined();
    expect(picture.body.length).toBe(4096);
  });

  it('reads Accept-Encoding by its codings and weights, whatever the header holds', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('x-gzip-like')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (header) => typeof acceptsGzip(header) === 'boolean'));
  });
});
