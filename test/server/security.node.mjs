// Who the sync endpoint and the API let in, and what a refused client gets:
// nothing of a team's documents, ever. One server (embedded PGlite) with a
// teams file of two teams, and a small message limit.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, tempDir, waitFor, connect, rawSocket, authFrame, syncStep1Frame, updateFrame, writeArticle, snapshot, Y, randomUUID } from './helpers.mjs';

const METRO = 'metro-token-0123456789abcdef';
const SPORTS = 'sports-token-0123456789abcdef';
const LIMIT = 64 * 1024;
const ALLOWED = 'https://desk.example.org';
const SECRET = `secret-words-${randomUUID()}`;

let server;
let metroDoc; // a document of the metro team holding SECRET

before(async () => {
  const dir = await tempDir();
  const teamsFile = join(dir, 'teams.json');
  await writeFile(
    teamsFile,
    JSON.stringify({
      teams: [
        { id: 'metro', name: 'Metro desk', token: METRO },
        { id: 'sports', name: 'Sports desk', token: SPORTS },
      ],
    }),
  );
  server = await startServer({ FACTCHECK_TEAMS_FILE: teamsFile, FACTCHECK_MAX_MESSAGE_BYTES: String(LIMIT), FACTCHECK_ALLOWED_ORIGINS: ALLOWED });
  metroDoc = randomUUID();
  const writer = connect(server.wsUrl, metroDoc, METRO);
  await writer.synced();
  writeArticle(writer.doc, { title: 'Metro budget', text: SECRET });
  await writer.acknowledged();
});

/**
 * Opens a raw socket, asks for `name` with `token` (auth, then a sync
 * request, as a provider does), and waits for the refusal of a second
 * attempt, so that anything the first could have caused has arrived.
 */
async function refusedRaw(name, token) {
  const socket = await rawSocket(server.wsUrl);
  socket.send(authFrame(name, token));
  socket.send(syncStep1Frame(name));
  await socket.waitFrames((f) => f.auth === 'permission-denied', 1, 'the refusal');
  socket.send(authFrame(name, token));
  socket.send(syncStep1Frame(name));
  await socket.waitFrames((f) => f.auth === 'permission-denied', 2, 'the second refusal');
  return socket;
}

function assertNothingSent(socket, reason) {
  assert.deepEqual(
    socket.parsed().map(({ type, auth, reason }) => ({ type, auth, reason })),
    [
      { type: 2, auth: 'permission-denied', reason },
      { type: 2, auth: 'permission-denied', reason },
    ],
    'only the two refusals arrive',
  );
  assert.ok(!Buffer.concat(socket.frames).includes(SECRET), 'none of the text arrives');
}

test('a client without a token is refused and gets nothing of the document', async () => {
  const socket = await refusedRaw(metroDoc, '');
  assertNothingSent(socket, 'unauthorized');
});

test('a client with a wrong token is refused and gets nothing of the document', async () => {
  const socket = await refusedRaw(metroDoc, 'not-the-token-0123456789');
  assertNothingSent(socket, 'unauthorized');
});

test("another team's token is refused for a document its team did not create", async () => {
  const socket = await refusedRaw(metroDoc, SPORTS);
  assertNothingSent(socket, 'forbidden');
  // Through the provider too: the failure says why, the copy stays empty.
  const reader = connect(server.wsUrl, metroDoc, SPORTS);
  assert.equal(await reader.denied, 'forbidden');
  assert.equal(reader.doc.getXmlFragment('prosemirror').length, 0);
  assert.equal(reader.doc.getMap('article').size, 0);
});

test('the right token opens the document with its contents', async () => {
  const reader = connect(server.wsUrl, metroDoc, METRO);
  await reader.synced();
  assert.equal(snapshot(reader.doc).title, 'Metro budget');
  assert.match(snapshot(reader.doc).text, new RegExp(SECRET));
});

test('a document belongs to the team that created it: the other team cannot take a name in use', async () => {
  const name = randomUUID();
  const sports = connect(server.wsUrl, name, SPORTS);
  await sports.synced();
  const metro = connect(server.wsUrl, name, METRO);
  assert.equal(await metro.denied, 'forbidden');
});

test('document names other than 1–100 letters, digits, "-" and "_" are refused', async () => {
  for (const name of ['../etc/passwd', '..', '', 'a'.repeat(101), 'with space', 'a/b', 'ünïcode']) {
    const socket = await refusedRaw(name, METRO);
    assert.deepEqual(
      socket.parsed().map((f) => f.reason),
      ['invalid-document-name', 'invalid-document-name'],
      `the name ${JSON.stringify(name)}`,
    );
  }
  const longest = connect(server.wsUrl, 'a'.repeat(100), METRO);
  assert.equal(await longest.authenticated, true);
});

test('a message over the size limit closes the connection (1009) and changes nothing', async () => {
  const name = randomUUID();
  const writer = connect(server.wsUrl, name, METRO);
  await writer.synced();
  writeArticle(writer.doc, { title: 'Small', text: 'small' });
  await writer.acknowledged();

  const socket = await rawSocket(server.wsUrl);
  socket.send(authFrame(name, METRO));
  await socket.waitFrames((f) => f.auth === 'authenticated', 1, 'authentication');
  const big = new Y.Doc();
  const marker = `too-big-${randomUUID()}`;
  big.getXmlFragment('prosemirror').insert(0, [new Y.XmlText(marker + 'x'.repeat(LIMIT))]);
  socket.send(updateFrame(name, Y.encodeStateAsUpdate(big)));
  assert.equal(await socket.closing, 1009);

  // Still served, and without the oversized text, to a client already
  // connected and to a fresh one.
  const fresh = connect(server.wsUrl, name, METRO);
  await fresh.synced();
  assert.doesNotMatch(snapshot(fresh.doc).text, new RegExp(marker));
  assert.doesNotMatch(snapshot(writer.doc).text, new RegExp(marker));
  assert.equal(snapshot(fresh.doc).title, 'Small');
});

test('a message under the size limit is applied', async () => {
  const name = randomUUID();
  const writer = connect(server.wsUrl, name, METRO);
  await writer.synced();
  writeArticle(writer.doc, { title: 'Long', text: 'y'.repeat(LIMIT / 2) });
  await writer.acknowledged();
  const fresh = connect(server.wsUrl, name, METRO);
  await fresh.synced();
  assert.equal(snapshot(fresh.doc).text, snapshot(writer.doc).text);
});

test('the endpoint refuses pages from other origins, and admits its own, the allowed ones and clients without Origin', async () => {
  await assert.rejects(rawSocket(server.wsUrl, { origin: 'https://evil.example' }), { status: 403 });
  await assert.rejects(rawSocket(server.wsUrl, { origin: `http://127.0.0.1:${server.port + 1}` }), { status: 403 });
  await assert.rejects(rawSocket(server.wsUrl, { origin: 'null' }), { status: 403 });
  for (const origin of [server.url, `https://127.0.0.1:${server.port}`, ALLOWED, undefined]) {
    const socket = await rawSocket(server.wsUrl, { origin });
    socket.send(authFrame(metroDoc, METRO));
    await socket.waitFrames((f) => f.auth === 'authenticated', 1, `authentication from ${origin}`);
  }
});

test('only /sync upgrades to a WebSocket', async () => {
  await assert.rejects(rawSocket(server.wsUrl.replace('/sync', '/other')), { status: 404 });
});

test('GET /api/articles lists the stored articles of the token’s team only', async () => {
  const headers = { Authorization: `Bearer ${METRO}` };
  // Written when the document is stored (after the store delay, 2 s by default).
  const list = await waitFor(async () => {
    const response = await fetch(`${server.url}/api/articles`, { headers });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const body = await response.json();
    return body.some((a) => a.id === metroDoc) && body;
  }, 'the article in the list');
  const entry = list.find((a) => a.id === metroDoc);
  assert.equal(entry.title, 'Metro budget');
  assert.ok(!Number.isNaN(Date.parse(entry.updatedAt)));
  assert.deepEqual(Object.keys(entry).sort(), ['id', 'title', 'updatedAt']);

  const sports = await (await fetch(`${server.url}/api/articles`, { headers: { Authorization: `Bearer ${SPORTS}` } })).json();
  assert.ok(!sports.some((a) => a.id === metroDoc), "the other team's list does not show it");
});

test('GET /api/articles without a valid token is 401 with a JSON error, and 403 from a foreign origin', async () => {
  for (const headers of [{}, { Authorization: 'Bearer wrong-token-0123456789' }, { Authorization: METRO }, { Authorization: 'Basic abc' }]) {
    const response = await fetch(`${server.url}/api/articles`, { headers });
    assert.equal(response.status, 401, JSON.stringify(headers));
    const body = await response.json();
    assert.equal(typeof body.error, 'string');
    assert.ok(!JSON.stringify(body).includes('Metro budget'));
  }
  const foreign = await fetch(`${server.url}/api/articles`, { headers: { Authorization: `Bearer ${METRO}`, Origin: 'https://evil.example' } });
  assert.equal(foreign.status, 403);
  assert.equal(typeof (await foreign.json()).error, 'string');

  const allowed = await fetch(`${server.url}/api/articles`, { headers: { Authorization: `Bearer ${METRO}`, Origin: ALLOWED } });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
  const preflight = await fetch(`${server.url}/api/articles`, { method: 'OPTIONS', headers: { Origin: ALLOWED, 'Access-Control-Request-Headers': 'authorization' } });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-headers'), /Authorization/i);
});
