// The sync endpoint: Hocuspocus behind a WebSocket at /sync on the app's
// own HTTP server. A connection carries one or more documents; each is
// admitted by its own authentication message (the team token), and nothing
// of a document is sent before that succeeds.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import { documentNameProblem } from './document-name.js';
import { originAllowed } from './origin.js';
import type { DocumentStore } from './storage/documents.js';
import type { Teams } from './teams.js';

/** The path of the WebSocket endpoint. */
export const SYNC_PATH = '/sync';

/**
 * Why a document was refused; the reason reaches the client in the
 * permission-denied message (`onAuthenticationFailed({ reason })`). Not an
 * Error on purpose: Hocuspocus logs thrown Errors, and refusals are logged
 * once here.
 */
class Refusal extends Error {
  constructor(readonly reason: 'unauthorized' | 'forbidden' | 'invalid-document-name') {
    super(reason);
  }
}

/** What the connection's authentication left for the hooks that follow. */
interface Context {
  teamId?: string;
}

export interface SyncOptions {
  teams: Teams;
  store: DocumentStore;
  /** The Redis extension when several processes serve the same documents. */
  redis: Extension | null;
  allowedOrigins: ReadonlySet<string>;
  maxMessageBytes: number;
  storeDelayMs: number;
}

export interface Sync {
  /** Takes over an HTTP upgrade request for SYNC_PATH. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** How many documents are open. */
  documentCount(): number;
  /**
   * Refuses new connections, closes the open ones and writes every open
   * document; resolves to the names of documents that may not have been
   * written (a write failed, or they were still open after `timeoutMs`).
   */
  stop(timeoutMs: number): Promise<string[]>;
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  const body = `${text}\n`;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

// Hocuspocus reads headers and query parameters from a fetch Request.
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return new Request(`http://localhost${req.url ?? '/'}`, { headers });
}

const shown = (name: unknown) => JSON.stringify(String(name).slice(0, 120));

/** Builds the sync endpoint over `store`, admitting the holders of `teams`' tokens. */
export function createSync(options: SyncOptions): Sync {
  const { teams, store } = options;
  let stopping = false;

  const hocuspocus = new Hocuspocus<Context>({
    quiet: true,
    debounce: options.storeDelayMs,
    maxDebounce: Math.max(options.storeDelayMs * 5, 10_000),
    // Unauthenticated clients may queue at most one message's worth.
    maxUnauthenticatedQueueSize: options.maxMessageBytes,
    extensions: [
      ...(options.redis ? [options.redis] : []),
      new DatabaseExtension({
        fetch: ({ documentName }) => store.load(documentName),
        store: ({ documentName, document, state }) => store.save(documentName, document, state),
      }),
    ],
    async onAuthenticate({ token, documentName }) {
      try {
        const problem = documentNameProblem(documentName);
        if (problem) throw new Refusal('invalid-document-name');
        const team = teams.forToken(token);
        if (!team) throw new Refusal('unauthorized');
        const owner = await store.claim(documentName, team.id);
        if (owner !== team.id) throw new Refusal('forbidden');
        return { teamId: team.id } satisfies Context;
      } catch (err) {
        if (err instanceof Refusal) console.warn(`sync: refused document ${shown(documentName)}: ${err.reason}`);
        throw err;
      }
    },
    afterUnloadDocument({ documentName }) {
      store.forget(documentName);
      return Promise.resolve();
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const sockets = new Set<WebSocket>();

  function accept(ws: WebSocket, req: IncomingMessage): void {
    sockets.add(ws);
    let connection: ReturnType<typeof hocuspocus.handleConnection>;
    try {
      connection = hocuspocus.handleConnection(ws, toRequest(req), {});
    } catch (err) {
      // new Request() can reject a header that Node's parser let through;
      // that refuses this connection only.
      console.warn(`sync: connection refused: ${(err as Error).message}`);
      sockets.delete(ws);
      return ws.close(1011, 'Unusable request');
    }
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
      connection.handleMessage(bytes);
    });
    // ws closes the socket itself (1009) when a message is over maxPayload.
    ws.on('error', (err) => console.warn(`sync: connection closed: ${err.message}`));
    ws.on('close', (code, reason) => {
      sockets.delete(ws);
      connection.handleClose({ code, reason: reason.toString() });
    });
  }

  return {
    handleUpgrade(req, socket, head) {
      if (stopping) return refuseUpgrade(socket, 503, 'Service Unavailable');
      if (!originAllowed(req.headers, options.allowedOrigins)) {
        console.warn(`sync: refused a connection from origin ${shown(req.headers.origin)}`);
        return refuseUpgrade(socket, 403, 'Forbidden');
      }
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
    },

    documentCount: () => hocuspocus.getDocumentsCount(),

    async stop(timeoutMs) {
      stopping = true;
      const deadline = Date.now() + timeoutMs;
      hocuspocus.closeConnections();
      // Write every open document, not only those with a write pending: a
      // change that arrived through Redis is never scheduled for writing
      // here, and its author's process may be gone.
      const failed = new Set<string>();
      await Promise.all(
        [...hocuspocus.documents].map(([name, document]) =>
          store.save(name, document).catch((err: Error) => {
            failed.add(name);
            console.error(`sync: could not store ${shown(name)}: ${err.message}`);
          }),
        ),
      );
      hocuspocus.flushPendingStores();
      while ((hocuspocus.getDocumentsCount() > 0 || hocuspocus.loadingDocuments.size > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      for (const name of hocuspocus.documents.keys()) failed.add(name);
      for (const ws of sockets) ws.terminate();
      wss.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      return [...failed];
    },
  };
}
