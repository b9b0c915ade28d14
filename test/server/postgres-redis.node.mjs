// Several servers: storage in a PostgreSQL server (DATABASE_URL, a fresh
// schema per run), and two server processes joined by Redis (REDIS_URL):
// changes cross between them, a server killed with SIGKILL comes back and
// its clients reconnect without losing anything, and PostgreSQL alone holds
// the result. Without PostgreSQL or Redis these tests say "skipped: …"
// (and fail under CI=true).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, connect, appendParagraph, writeArticle, snapshot, waitFor, freshPostgres, redisReachable, skipWithout, PG_URL, REDIS_URL, randomUUID } from './helpers.mjs';
import { survivesCleanRestart, waitForText } from './scenarios.mjs';

const TOKEN = 'postgres-token-0123456789';
let postgres;
let redis = false;

before(async () => {
  postgres = await freshPostgres();
  redis = await redisReachable();
});

test('PostgreSQL: documents written through clients are loaded again after SIGTERM and a new start; the schema is migrated once', async (t) => {
  if (!postgres.url) return skipWithout(t, 'PostgreSQL', PG_URL);
  const server = await survivesCleanRestart({ DATABASE_URL: postgres.url, FACTCHECK_TEAM_TOKEN: TOKEN });
  assert.match(server.output(), /Storage: PostgreSQL at postgres:\/\//);
  const migrations = await postgres.query(`SELECT version, name FROM ${postgres.schema}.factcheck_migrations`);
  assert.deepEqual(migrations.rows, [{ version: 1, name: 'documents' }]);
  const rows = await postgres.query(`SELECT team_id, title, octet_length(state) > 0 AS stored FROM ${postgres.schema}.factcheck_documents ORDER BY title`);
  assert.deepEqual(rows.rows, [
    { team_id: 'default', title: 'Council budget 0', stored: true },
    { team_id: 'default', title: 'Council budget 1', stored: true },
  ]);
});

test('two servers joined by Redis: changes cross, a SIGKILLed server comes back, its clients reconnect, nothing is lost, and PostgreSQL alone holds it all', async (t) => {
  if (!postgres.url) return skipWithout(t, 'PostgreSQL', PG_URL);
  if (!redis) return skipWithout(t, 'Redis', REDIS_URL);
  const env = { DATABASE_URL: postgres.url, REDIS_URL, FACTCHECK_TEAM_TOKEN: TOKEN };
  let a = await startServer(env);
  const b = await startServer(env);
  const name = randomUUID();
  const onA = connect(a.wsUrl, name, TOKEN);
  const onB = connect(b.wsUrl, name, TOKEN);
  await Promise.all([onA.synced(), onB.synced()]);

  writeArticle(onA.doc, { title: 'Bridge repairs', text: 'from A, first' });
  await waitForText(onB, ['from A, first'], 'the client on B');
  appendParagraph(onB.doc, 'from B, first');
  await waitForText(onA, ['from B, first'], 'the client on A');
  onB.doc.getMap('claims').get('claim-1').set('status', 'verified');

  const killed = await a.stop('SIGKILL');
  assert.equal(killed.signal, 'SIGKILL');
  // Both sides keep editing while A is down.
  appendParagraph(onA.doc, 'from A, while its server was down');
  appendParagraph(onB.doc, 'from B, while A was down');

  a = await startServer({ ...env, PORT: String(a.port) });
  const everything = ['from A, first', 'from B, first', 'from A, while its server was down', 'from B, while A was down'];
  await waitForText(onA, everything, 'the reconnected client on A');
  await waitForText(onB, everything, 'the client on B');
  await onA.acknowledged();
  await onB.acknowledged();
  assert.deepEqual(snapshot(onA.doc), snapshot(onB.doc));
  assert.equal(snapshot(onA.doc).claims['claim-1'].status, 'verified');
  const expected = snapshot(onA.doc);

  onA.destroy();
  onB.destroy();
  for (const server of [b, a]) {
    const stopped = await server.stop('SIGTERM');
    assert.equal(stopped.code, 0, stopped.output);
  }

  const alone = await startServer({ DATABASE_URL: postgres.url, FACTCHECK_TEAM_TOKEN: TOKEN });
  const reader = connect(alone.wsUrl, name, TOKEN);
  await reader.synced();
  assert.deepEqual(snapshot(reader.doc), expected);
});

test('two servers on one PostgreSQL never overwrite what the other stored, even without Redis between them', async (t) => {
  if (!postgres.url) return skipWithout(t, 'PostgreSQL', PG_URL);
  const env = { DATABASE_URL: postgres.url, FACTCHECK_TEAM_TOKEN: TOKEN };
  const [a, b] = [await startServer(env), await startServer(env)];
  const name = randomUUID();
  const version = async () => Number((await postgres.query(`SELECT version FROM ${postgres.schema}.factcheck_documents WHERE name = $1`, [name])).rows[0]?.version ?? 0);
  // B loads the document first, so its copy grows from the empty version.
  const onB = connect(b.wsUrl, name, TOKEN);
  await onB.synced();
  const onA = connect(a.wsUrl, name, TOKEN);
  await onA.synced();
  writeArticle(onA.doc, { title: 'Written on A', text: 'only A has this' });
  await onA.acknowledged();
  onA.destroy(); // the last client leaving makes A write the document
  await waitFor(async () => (await version()) === 1, 'A to store');

  appendParagraph(onB.doc, 'only B has this');
  await onB.acknowledged();
  onB.destroy();
  await waitFor(async () => (await version()) === 2, 'B to store');

  const reader = connect((await startServer(env)).wsUrl, name, TOKEN);
  await reader.synced();
  const text = snapshot(reader.doc).text;
  assert.match(text, /only A has this/);
  assert.match(text, /only B has this/);
  assert.equal(snapshot(reader.doc).title, 'Written on A');
});
