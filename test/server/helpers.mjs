// Shared helpers for the team server's tests (test/server/*.node.mjs). They
// run the BUILT server (dist/server/main.js) as child processes on free
// ports, talk to it with HocuspocusProvider in Node (ws as its WebSocket),
// or with raw WebSocket frames where a test must see every byte sent.
//
// The build is copied (see ../helpers/build.mjs) into node_modules/.cache/,
// so the copy still finds the packages in node_modules and a rebuild by
// another test file cannot pull it from under a running server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ROOT, builtCopy } from '../helpers/build.mjs';
import { spawnServer, waitFor } from '../../scripts/server-process.mjs';
import { PG_URL, REDIS_URL, freshSchema, redisReachable } from '../../scripts/services.mjs';

export { Y, WebSocket, randomUUID };

// Clients go first (so they stop reconnecting), then everything else,
// newest first (servers before the schema or folder they use).
const clients = [];
const cleanups = [];
after(async () => {
  for (const fn of [...clients, ...cleanups.reverse()]) await fn().catch((err) => console.error(`cleanup: ${err.message}`));
});

let build = null;
/** The private copy of dist/ (built when stale); once per test file. */
function builtServer() {
  build ??= builtCopy(join(ROOT, 'node_modules', '.cache', 'factcheck-server-tests'), 'dist-').then((dir) => {
    cleanups.unshift(() => rm(dir, { recursive: true, force: true }));
    return dir;
  });
  return build;
}

/** A new empty folder, removed after the file's tests. */
export async function tempDir(prefix = 'fc-server-test-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export { waitFor };

/**
 * Starts the built server with `env` (PORT 0 unless given; data in a new
 * temp folder unless FACTCHECK_DATA is given); resolves once it listens.
 */
export async function startServer(env = {}) {
  const dir = await builtServer();
  const data = env.FACTCHECK_DATA ?? (await tempDir('fc-server-data-'));
  const server = spawnServer(join(dir, 'server', 'main.js'), { FACTCHECK_DATA: data, ...env });
  cleanups.push(() => server.stop('SIGKILL'));
  const address = await server.listening;
  return { ...address, data, output: server.output, exited: server.exited, stop: server.stop };
}

/** Runs the built server expecting it to refuse to start; resolves to its exit code and output. */
export async function failedStart(env) {
  const dir = await builtServer();
  const server = spawnServer(join(dir, 'server', 'main.js'), { FACTCHECK_DATA: await tempDir('fc-server-data-'), ...env });
  server.listening.catch(() => {});
  return server.exited;
}

/**
 * A HocuspocusProvider for document `name` on `wsUrl`, as the browser
 * client would open it. `authenticated` and `denied` settle on the
 * server's answer; `synced()` resolves once the document is in sync.
 */
export function connect(wsUrl, name, token, doc = new Y.Doc()) {
  let authenticated, denied;
  const answered = {
    authenticated: new Promise((r) => (authenticated = r)),
    denied: new Promise((r) => (denied = r)),
  };
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly: the tests restart servers.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    onAuthenticated: () => authenticated(true),
    onAuthenticationFailed: ({ reason }) => denied(reason),
  });
  clients.push(async () => provider.destroy());
  return {
    doc,
    provider,
    ...answered,
    synced: () => waitFor(() => provider.isSynced, `"${name}" to sync`),
    /** Resolves once the server has applied every local change. */
    acknowledged: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `the server to apply the changes to "${name}"`),
    destroy: () => provider.destroy(),
  };
}

// --- The Y.Doc contract shared with the browser client --------------------

/** Writes an article as the client would: title, a paragraph of text, one claim. */
export function writeArticle(doc, { title, text, claimId = 'claim-1' }) {
  doc.transact(() => {
    const article = doc.getMap('article');
    article.set('title', title);
    article.set('createdAt', '2026-12-01T10:00:00.000Z');
    article.set('updatedAt', '2026-12-01T10:00:00.000Z');
    appendParagraph(doc, text);
    const claim = new Y.Map();
    doc.getMap('claims').set(claimId, claim);
    claim.set('status', 'unchecked');
    claim.set('note', '');
  });
}

/** Appends a paragraph the way y-prosemirror stores one: an XmlElement holding an XmlText. */
export function appendParagraph(doc, text) {
  const fragment = doc.getXmlFragment('prosemirror');
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  fragment.insert(fragment.length, [paragraph]);
}

/** What a test compares between copies of a document: text, title and claims. */
export function snapshot(doc) {
  return {
    text: doc.getXmlFragment('prosemirror').toString(),
    title: doc.getMap('article').get('title') ?? null,
    claims: doc.getMap('claims').toJSON(),
  };
}

// --- Raw frames (lib0 encoding: var-uints and length-prefixed strings) ---

function varUint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const bytes = (s) => [...Buffer.from(s, 'utf8')];
const varString = (s) => [...varUint(Buffer.byteLength(s)), ...bytes(s)];

/** The authentication frame a provider sends first for document `name`. */
export const authFrame = (name, token) => Buffer.from([...varString(name), 2, 0, ...varString(token)]);
/** A sync step 1 (asking for the whole document) for `name`. */
export const syncStep1Frame = (name) => Buffer.from([...varString(name), 0, 0, ...varUint(1), 0]);
/** A Yjs update for `name`. */
export const updateFrame = (name, update) => Buffer.concat([Buffer.from([...varString(name), 0, 2, ...varUint(update.length)]), Buffer.from(update)]);

/** Reads a frame's document name, message type and, for auth frames, the auth type and reason. */
export function parseFrame(frame) {
  let pos = 0;
  const readUint = () => {
    let n = 0;
    let mult = 1;
    for (;;) {
      const b = frame[pos++];
      n += (b & 0x7f) * mult;
      mult *= 128;
      if (b < 0x80) return n;
    }
  };
  const readString = () => {
    const len = readUint();
    const s = frame.subarray(pos, pos + len).toString('utf8');
    pos += len;
    return s;
  };
  const name = readString();
  const type = readUint();
  if (type !== 2) return { name, type };
  const auth = readUint();
  return { name, type, auth: auth === 1 ? 'permission-denied' : auth === 2 ? 'authenticated' : `auth-${auth}`, reason: auth === 1 ? readString() : undefined };
}

/**
 * A raw WebSocket to `wsUrl` that records every frame it receives.
 * `options.origin` sets the Origin header.
 */
export async function rawSocket(wsUrl, options = {}) {
  const ws = new WebSocket(wsUrl, options.origin ? { origin: options.origin } : {});
  const frames = [];
  let closed = null;
  ws.on('message', (data) => frames.push(Buffer.from(data)));
  const closing = new Promise((resolve) => ws.on('close', (code) => resolve((closed = code))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode })));
    ws.once('error', reject);
  });
  clients.push(async () => ws.terminate());
  return {
    ws,
    frames,
    send: (frame) => ws.send(frame),
    parsed: () => frames.map(parseFrame),
    closed: () => closed,
    closing,
    /** Waits for `count` frames that satisfy `match` (parsed). */
    waitFrames: (match, count, what) => waitFor(() => frames.map(parseFrame).filter(match).length >= count, what),
  };
}

// --- PostgreSQL and Redis, when the machine has them ----------------------

export { PG_URL, REDIS_URL, redisReachable };

/**
 * A fresh schema in PostgreSQL for this file, dropped afterwards (see
 * scripts/services.mjs); `url` is null when PostgreSQL does not answer.
 */
export async function freshPostgres() {
  const fresh = await freshSchema();
  if (fresh.url) cleanups.push(fresh.drop);
  return fresh;
}

/**
 * Skips a test whose service is missing, saying so (`skipped: no … at …`);
 * under CI=true a missing service fails the test instead.
 */
export function skipWithout(t, service, where) {
  const message = `skipped: no ${service} at ${where}`;
  if (process.env.CI === 'true') assert.fail(`${message} (CI=true: the service must be running)`);
  console.log(message);
  t.skip(message);
}
