// Static serving of dist/ under the strict Content-Security-Policy the app
// is built to run under. The team server (server/http.ts, `npm start`,
// `npm run serve`) serves the app through staticHandler; serve() is the
// static-only server that the e2e tests, the benchmark and the screenshot
// script start.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

// A Host header we are willing to repeat in a header: a name or an IP
// literal, and a port. Anything else gets the policy without ws: sources.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The policy for a page requested from `host` (the request's Host header):
 * scripts, styles and everything else from this origin only, and WebSocket
 * connections back to the same host, for the sync endpoint (`'self'` covers
 * ws:/wss: only in browsers that implement CSP 3, so they are named).
 */
export function cspFor(host) {
  const sync = typeof host === 'string' && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'${sync}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * A request handler serving the files under `dir`, except those under the
 * top-level folders named in `hidden`; everything else is a plain 404.
 */
export function staticHandler(dir, { hidden = [] } = {}) {
  const root = normalize(dir + sep);
  const hiddenRoots = hidden.map((name) => join(root, name) + sep);
  return async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root) || hiddenRoots.some((h) => (file + sep).startsWith(h))) {
        throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': cspFor(req.headers.host),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('Not found');
    }
  };
}

/** Starts a static server for `dir`; resolves to the server once it listens. */
export function serve(dir, port, host = '127.0.0.1') {
  const server = createServer(staticHandler(dir));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
