// The HTTP side: the built app (dist/) with its strict CSP, and the JSON
// API the client uses to list its team's shared articles.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticHandler } from '../scripts/serve.mjs';
import { isCrossOriginAllowed, originAllowed } from './origin.js';
import type { DocumentStore } from './storage/documents.js';
import type { Teams } from './teams.js';

export interface HttpOptions {
  /** The built app (dist/). */
  staticDir: string;
  teams: Teams;
  store: DocumentStore;
  allowedOrigins: ReadonlySet<string>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** The request handler for everything but the WebSocket upgrade. */
export function createHttpHandler(options: HttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  // dist/server/ is this server's own bundle, not part of the app.
  const serveStatic = staticHandler(options.staticDir, { hidden: ['server'] });

  async function articles(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    // Pages from the allowed other origins may read the answer (CORS).
    const cors: Record<string, string> = isCrossOriginAllowed(origin, options.allowedOrigins) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
    if (!originAllowed(req.headers, options.allowedOrigins)) {
      return json(res, 403, { error: `Pages from ${origin} may not use this server (see FACTCHECK_ALLOWED_ORIGINS)` });
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Authorization', 'Access-Control-Max-Age': '600' });
      return void res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return json(res, 405, { error: `${req.method} is not supported here; use GET` }, { ...cors, Allow: 'GET, HEAD, OPTIONS' });
    }
    const team = options.teams.forAuthorization(req.headers.authorization);
    if (!team) {
      const error = req.headers.authorization ? 'The team token is not valid' : 'A team token is required: send "Authorization: Bearer <token>"';
      return json(res, 401, { error }, { ...cors, 'WWW-Authenticate': 'Bearer' });
    }
    json(res, 200, await options.store.list(team.id), cors);
  }

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = path === '/api/articles' ? articles(req, res) : path.startsWith('/api/') ? Promise.resolve(json(res, 404, { error: `No API at ${path}` })) : serveStatic(req, res);
    route.catch((err: Error) => {
      console.error(`http: ${req.method} ${path} failed: ${err.message}`);
      if (!res.headersSent) json(res, 500, { error: 'The server could not answer; see its log' });
      else res.destroy();
    });
  };
}
