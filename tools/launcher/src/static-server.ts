// Serves a static frontend build the way the CDN does in production: federation entry points and
// manifests are never cached, content-hashed assets are cached for good, text is gzip-compressed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { addGzipResponses } from './gzip-responses';

const neverCached = new Set(['remoteEntry.js', 'mf-manifest.json', 'remotes.json', 'index.html']);

export interface StaticServerOptions {
  root: string;
  host: string;
  port: number;
  /** Serve index.html for unknown paths (the shell's client-side routes). */
  spaFallback?: boolean;
  /** Origins allowed to load these files from another origin (a remote is loaded by the shell). */
  allowedOrigins?: string[];
  /** Extra routes, e.g. the shell's generated remotes.json. */
  routes?: (app: FastifyInstance) => void;
}

export interface RunningStaticServer {
  url: string;
  close(): Promise<void>;
}

export function cacheControlFor(fileName: string): string {
  if (neverCached.has(fileName)) return 'no-cache';
  return 'public, max-age=31536000, immutable';
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningStaticServer> {
  if (!existsSync(options.root)) {
    throw new Error(`No build at ${options.root}: run "npx nx run-many -t build" first.`);
  }
  const app = Fastify({ logger: false });
  if (options.allowedOrigins) {
    const allowed = new Set(options.allowedOrigins);
    app.addHook('onSend', async (request, reply) => {
      // Every answer varies by Origin, also one to a request without it: the browser caches a
      // stylesheet the remote loads without CORS for good, and must not hand that copy (which
      // allows no origin) to a later CORS request for the same file (e.g. axe reading the CSS).
      reply.header('vary', 'Origin');
      const origin = request.headers.origin;
      if (origin && allowed.has(origin)) reply.header('access-control-allow-origin', origin);
    });
  }
  // After the CORS hook, so that its Vary: Origin is kept and Accept-Encoding added to it.
  addGzipResponses(app);
  await app.register(fastifyStatic, {
    root: options.root,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(path.basename(filePath)));
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  options.routes?.(app);
  if (options.spaFallback) {
    app.setNotFoundHandler((request, reply) => {
      const wantsPage = request.method === 'GET' && !request.url.startsWith('/assets/');
      if (!wantsPage) return reply.code(404).send({ error: 'NOT_FOUND' });
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${options.host}:${port}`, close: () => app.close() };
}
