// Compresses the static servers' answers as the production frontend images do (docker/nginx/static.conf:
// gzip level 5, answers of 1 KiB and more, the same content types), so `npm start`, the browser tests and
// the bundle benchmark download what a resident's browser downloads.
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** nginx's gzip_comp_level in static.conf. */
export const gzipLevel = 5;
/** nginx's gzip_min_length in static.conf. */
export const gzipMinLength = 1024;

// static.conf's gzip_types, and text/html, which nginx always compresses.
const compressibleTypes = new Set([
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'image/svg+xml',
  'application/wasm',
]);

export function isCompressibleType(contentType: string): boolean {
  return compressibleTypes.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '');
}

/** Whether the request's Accept-Encoding takes gzip (a q of 0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function addVary(reply: FastifyReply, field: string) {
  const existing = reply.getHeader('vary');
  const fields = typeof existing === 'string' && existing ? existing.split(',').map((f) => f.trim()) : [];
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
  reply.header('vary', fields.join(', '));
}

function shouldCompress(request: FastifyRequest, reply: FastifyReply): boolean {
  if (reply.statusCode !== 200 || request.method === 'HEAD') return false;
  if (reply.getHeader('content-encoding')) return false;
  if (!isCompressibleType(String(reply.getHeader('content-type') ?? ''))) return false;
  const length = Number(reply.getHeader('content-length'));
  if (Number.isFinite(length) && length < gzipMinLength) return false;
  return acceptsGzip(request.headers['accept-encoding']);
}

export function addGzipResponses(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (isCompressibleType(type)) addVary(reply, 'Accept-Encoding');
    if (!shouldCompress(request, reply)) return payload;
    let compressed: Buffer | Readable;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const body = Buffer.from(payload);
      if (body.length < gzipMinLength) return payload;
      compressed = gzipSync(body, { level: gzipLevel });
      reply.header('content-length', compressed.length);
    } else if (payload instanceof Readable) {
      compressed = payload.pipe(createGzip({ level: gzipLevel }));
      reply.removeHeader('content-length');
    } else {
      return payload;
    }
    reply.header('content-encoding', 'gzip');
    // The compressed copy is a different representation: its validator is weak, as nginx makes it.
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string' && !etag.startsWith('W/')) reply.header('etag', `W/${etag}`);
    return compressed;
  });
}
