/**
 * @module web-routes
 * Serves the built web app (web/dist): static assets, and index.html for every other GET so
 * the app's own routes work on reload.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function createWebRoutes(root: string): Hono {
  const web = new Hono();
  const base = resolve(root);
  web.get('*', async (c) => {
    const requested = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^([/\\])+/, '');
    const candidate = resolve(join(base, requested));
    const inside = candidate.startsWith(`${base}/`) && requested !== '';
    const path = inside && extname(candidate) ? candidate : join(base, 'index.html');
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) {
      if (path.endsWith('index.html'))
        return c.text('The web app is not built: run `npm run build:web`.', 404);
      return c.notFound();
    }
    return c.body(bytes, 200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': path.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
    });
  });
  return web;
}
