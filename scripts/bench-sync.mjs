// `npm run bench:sync`: how the team server performs, measured from Node
// clients (HocuspocusProvider over ws) against the built server on
// loopback, and written to bench/sync-results.json:
//   a. latency: a keystroke on one client until another client has it,
//      both on one server, and on two servers joined by Redis;
//   b. convergence: 20 clients type 100 characters each into one article
//      at once; time from the last keystroke until all 20 agree;
//   c. the server's memory (RSS) with 100 open articles of 20,000 words,
//      imported, and with an editing history;
//   d. one store of a 20,000-word article, with PGlite and with PostgreSQL.
// Two servers, Redis and PostgreSQL need PostgreSQL and Redis (DATABASE_URL
// and REDIS_URL, else the local defaults); without them those figures are
// left out with a note. Options: --no-build, --only=latency,converge,memory,store
import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import Redis from 'ioredis';
import { spawnServer, waitFor } from './server-process.mjs';
import { PG_URL, REDIS_URL, freshSchema, redisReachable } from './services.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAIN = join(ROOT, 'dist', 'server', 'main.js');
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',') ?? ['latency', 'converge', 'memory', 'store'];
const TOKEN = 'bench-token-0123456789abcdef';
const TARGETS = { crossMedianMs: 50, crossP95Ms: 200, convergeMs: 1000 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (n, digits = 1) => (n === undefined || n === null ? null : Number(n.toFixed(digits)));
const stats = (values) => ({ median_ms: round(quantile(values, 0.5), 2), p95_ms: round(quantile(values, 0.95), 2), max_ms: round(Math.max(...values), 2), samples: values.length });

// --- servers and clients ----------------------------------------------------

const cleanups = [];
async function server(env) {
  const data = await mkdtemp(join(tmpdir(), 'fc-bench-sync-'));
  const process_ = spawnServer(MAIN, { FACTCHECK_TEAM_TOKEN: TOKEN, FACTCHECK_DATA: data, ...env });
  cleanups.push(async () => {
    await process_.stop('SIGTERM');
    await rm(data, { recursive: true, force: true });
  });
  return { ...(await process_.listening), pid: process_.child.pid, stop: process_.stop };
}

function client(wsUrl, name, doc = new Y.Doc()) {
  const provider = new HocuspocusProvider({ url: wsUrl, name, token: TOKEN, document: doc, WebSocketPolyfill: WebSocket });
  const c = {
    doc,
    provider,
    synced: () => waitFor(() => provider.isSynced, `${name} to sync`),
    acknowledged: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `the server to apply ${name}`, 600_000),
    destroy: () => provider.destroy(),
  };
  cleanups.push(async () => provider.destroy());
  return c;
}

/** Adds a paragraph as y-prosemirror stores one (an XmlElement holding an XmlText); returns the XmlText. */
function paragraph(doc, text = '') {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  if (text) t.insert(0, text);
  p.insert(0, [t]);
  const fragment = doc.getXmlFragment('prosemirror');
  fragment.insert(fragment.length, [p]);
  return t;
}

const WORDS = 'the council said on tuesday that its budget for roads and bridges would rise by four million dollars next year after a review found repairs were late'.split(' ');
/** An article of `words` words in paragraphs of 100, as an import would write it. */
function article(doc, words, seed) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  doc.transact(() => {
    doc.getMap('article').set('title', `Article ${seed}`);
    for (let p = 0; p < words / 100; p++) {
      const w = [];
      for (let i = 0; i < 100; i++) w.push(WORDS[next() % WORDS.length]);
      paragraph(doc, w.join(' ') + '.');
    }
  });
}

const textLength = (doc) =>
  doc
    .getXmlFragment('prosemirror')
    .toArray()
    .reduce((n, p) => n + p.get(0).length, 0);

// --- a. latency ---------------------------------------------------------------

/** `article` plus `edits` scattered keystrokes (two inserts, one delete in three), as a long editing session leaves it. */
function editedArticle(doc, words, seed, edits) {
  article(doc, words, seed);
  const texts = doc
    .getXmlFragment('prosemirror')
    .toArray()
    .map((p) => p.get(0));
  for (let e = 0; e < edits; e++) {
    const t = texts[(e * 7919) % texts.length];
    const at = (e * 104729) % Math.max(1, t.length);
    if (e % 3 === 2) t.delete(at, 1);
    else t.insert(at, 'e');
  }
}

async function latency(urlA, urlB, samples = 300, prefill = null) {
  const name = `latency-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const a = client(urlA, name);
  if (prefill) prefill(a.doc);
  const b = client(urlB, name);
  await Promise.all([a.acknowledged(), b.synced()]);
  const textA = paragraph(a.doc, 'x');
  const last = a.doc.getXmlFragment('prosemirror').length - 1;
  await waitFor(() => b.doc.getXmlFragment('prosemirror').length === last + 1, 'the paragraph to arrive');
  const textB = b.doc.getXmlFragment('prosemirror').get(last).get(0);
  const times = [];
  for (let i = 0; i < samples + 20; i++) {
    // Alternate the direction; wait for each change before the next.
    const [from, to, text] = i % 2 ? [a, b, textA] : [b, a, textB];
    const want = textLength(from.doc) + 1;
    const seen = new Promise((resolve) => {
      const check = () => {
        if (textLength(to.doc) >= want) {
          to.doc.off('update', check);
          resolve(performance.now());
        }
      };
      to.doc.on('update', check);
    });
    const t0 = performance.now();
    text.insert(text.length, 'k');
    const t1 = await seen;
    if (i >= 20) times.push(t1 - t0);
    await sleep(5);
  }
  a.destroy();
  b.destroy();
  return stats(times);
}

// --- b. convergence -------------------------------------------------------------

/** CPU time (user + system) a process has used, in ms (Linux clock ticks are 10 ms). */
async function cpuMs(pid) {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function redisCommands() {
  const r = new Redis(REDIS_URL);
  try {
    return Number(/total_commands_processed:(\d+)/.exec(await r.info('stats'))[1]);
  } finally {
    r.disconnect();
  }
}

async function converge(servers, clients = 20, chars = 100, intervalMs = 50, rounds = 3) {
  const urls = servers.map((s) => s.wsUrl);
  const results = [];
  let cpu = 0;
  let commands = 0;
  for (let round_ = 0; round_ < rounds; round_++) {
    const name = `converge-${Date.now()}-${round_}`;
    const peers = Array.from({ length: clients }, (_, i) => client(urls[i % urls.length], name));
    await Promise.all(peers.map((p) => p.synced()));
    const texts = peers.map((p) => paragraph(p.doc));
    await waitFor(() => peers.every((p) => p.doc.getXmlFragment('prosemirror').length === clients), 'every paragraph to arrive');
    const full = clients * chars;
    const reached = peers.map(() => null);
    peers.forEach((p, i) =>
      p.doc.on('update', () => {
        if (reached[i] === null && textLength(p.doc) === full) reached[i] = performance.now();
      }),
    );
    let lastKeystroke = 0;
    const cpuBefore = await Promise.all(servers.map((s) => cpuMs(s.pid)));
    const commandsBefore = servers.length > 1 ? await redisCommands() : 0;
    await Promise.all(
      peers.map(async (p, i) => {
        await sleep((i * intervalMs) / clients); // interleave the typists
        for (let c = 0; c < chars; c++) {
          texts[i].insert(texts[i].length, String.fromCharCode(97 + ((i + c) % 26)));
          lastKeystroke = Math.max(lastKeystroke, performance.now());
          await sleep(intervalMs);
        }
      }),
    );
    await waitFor(() => reached.every((t) => t !== null), 'all clients to converge', 60_000);
    const first = peers[0].doc.getXmlFragment('prosemirror').toString();
    if (!peers.every((p) => p.doc.getXmlFragment('prosemirror').toString() === first)) throw new Error('The clients hold different texts');
    results.push(Math.max(0, Math.max(...reached) - lastKeystroke));
    const cpuAfter = await Promise.all(servers.map((s) => cpuMs(s.pid)));
    cpu += cpuAfter.reduce((n, t, i) => n + t - cpuBefore[i], 0);
    if (servers.length > 1) commands += (await redisCommands()) - commandsBefore - 1;
    peers.forEach((p) => p.destroy());
  }
  const keystrokes = rounds * clients * chars;
  return {
    clients,
    chars_each: chars,
    keystroke_interval_ms: intervalMs,
    rounds,
    after_last_keystroke_ms: results.map((r) => round(r, 1)),
    worst_ms: round(Math.max(...results), 1),
    // What the fan-out costs: every keystroke reaches 19 other clients.
    server_cpu_ms_per_keystroke: round(cpu / keystrokes, 3),
    ...(servers.length > 1 ? { redis_commands_per_keystroke: round(commands / keystrokes, 1) } : {}),
  };
}

// --- c. memory ------------------------------------------------------------------

async function rssMB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** Opens `count` articles of `words` words on a new server; `edits` random keystrokes each before sending. */
async function memory(env, count = 100, words = 20_000, edits = 0) {
  const s = await server(env);
  const warm = client(s.wsUrl, 'warm-up');
  await warm.synced();
  await sleep(1000);
  const before = await rssMB(s.pid);
  const docs = [];
  let stateBytes = 0;
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    editedArticle(doc, words, i + 1, edits);
    stateBytes += Y.encodeStateAsUpdate(doc).length;
    const c = client(s.wsUrl, `memory-${edits}-${i}-${Date.now()}`, doc);
    docs.push(c);
    // A few at a time, so the measurement is of open documents, not of a queue.
    if (i % 5 === 4) await Promise.all(docs.slice(-5).map((d) => d.acknowledged()));
  }
  await Promise.all(docs.map((d) => d.acknowledged()));
  await sleep(3000);
  const after = await rssMB(s.pid);
  docs.forEach((d) => d.destroy());
  warm.destroy();
  await s.stop('SIGTERM');
  return {
    articles: count,
    words_each: words,
    keystrokes_each: edits,
    yjs_state_kb_each: round(stateBytes / count / 1024, 0),
    rss_before_mb: round(before, 0),
    rss_with_articles_mb: round(after, 0),
    per_article_mb: round((after - before) / count, 2),
  };
}

// --- d. store ------------------------------------------------------------------

async function storage() {
  const out = join(ROOT, 'bench', 'tmp', 'sync-storage.mjs');
  await mkdir(join(ROOT, 'bench', 'tmp'), { recursive: true });
  await build({
    stdin: {
      contents:
        "export { DocumentStore } from './server/storage/documents.ts'; export { migrate } from './server/storage/migrations.ts'; export { openPGlite } from './server/storage/pglite.ts'; export { openPostgres } from './server/storage/postgres.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    tsconfig: join(ROOT, 'server', 'tsconfig.json'),
    logLevel: 'warning',
  });
  const { DocumentStore, migrate, openPGlite, openPostgres } = await import(out);
  const doc = new Y.Doc();
  article(doc, 20_000, 7);
  const state = Y.encodeStateAsUpdate(doc);
  const measure = async (db) => {
    await migrate(db);
    const store = new DocumentStore(db);
    const name = `store-${Date.now()}`;
    await store.claim(name, 'bench');
    await store.load(name);
    const times = [];
    for (let i = 0; i < 25; i++) {
      const text = doc
        .getXmlFragment('prosemirror')
        .get(i % 200)
        .get(0);
      text.insert(0, 'x'); // a change, as before every real store
      const t0 = performance.now();
      await store.save(name, doc);
      if (i >= 5) times.push(performance.now() - t0);
    }
    // The merging path: another process stored since this copy was loaded.
    const merges = [];
    for (let i = 0; i < 5; i++) {
      await db.query('UPDATE factcheck_documents SET version = version + 1 WHERE name = $1', [name]);
      const t0 = performance.now();
      await store.save(name, doc);
      merges.push(performance.now() - t0);
    }
    return { state_kb: round(state.length / 1024, 0), store: stats(times), store_after_another_process_wrote: stats(merges) };
  };
  const result = {};
  const dir = await mkdtemp(join(tmpdir(), 'fc-bench-store-'));
  const lite = await openPGlite(dir);
  try {
    result.pglite = await measure(lite);
  } finally {
    await lite.close();
    await rm(dir, { recursive: true, force: true });
  }
  const fresh = await freshSchema();
  if (fresh.url) {
    const db = await openPostgres(fresh.url);
    try {
      result.postgres = await measure(db);
    } finally {
      await db.close();
      await fresh.drop();
    }
  } else result.postgres = { skipped: `no PostgreSQL at ${PG_URL}` };
  return result;
}

// --- run ---------------------------------------------------------------------------

if (!args.includes('--no-build')) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const pg = await freshSchema();
const redis = await redisReachable();
if (pg.url) cleanups.push(pg.drop);
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.versions.node}`,
  how: 'client-to-client in Node on loopback: HocuspocusProvider clients (ws) in this process, the built server (dist/server/main.js) in child processes; times from performance.now() in this process',
  services: { postgres: pg.url ? PG_URL : `none (${pg.why})`, redis: redis ? REDIS_URL : 'none' },
  targets: { cross_server_median_ms: TARGETS.crossMedianMs, cross_server_p95_ms: TARGETS.crossP95Ms, converge_after_last_keystroke_ms: TARGETS.convergeMs },
};
const joined = pg.url && redis;
const skipped = `needs PostgreSQL and Redis (${pg.url ? '' : `no PostgreSQL at ${PG_URL}`}${!pg.url && !redis ? ', ' : ''}${redis ? '' : `no Redis at ${REDIS_URL}`})`;
try {
  let one, a, b;
  if (only.includes('latency') || only.includes('converge')) {
    one = await server({});
    if (joined) [a, b] = [await server({ DATABASE_URL: pg.url, REDIS_URL }), await server({ DATABASE_URL: pg.url, REDIS_URL })];
  }
  if (only.includes('latency')) {
    console.log('a. latency …');
    results.latency = {
      one_server: await latency(one.wsUrl, one.wsUrl),
      two_servers_redis: joined ? await latency(a.wsUrl, b.wsUrl) : { skipped },
      // The same in a 20,000-word article after 3,000 keystrokes: Redis
      // peers answer each change with a diff that carries the whole delete set.
      two_servers_redis_large_article: joined ? await latency(a.wsUrl, b.wsUrl, 200, (doc) => editedArticle(doc, 20_000, 99, 3_000)) : { skipped },
    };
  }
  if (only.includes('converge')) {
    console.log('b. 20 clients typing …');
    results.converge = {
      one_server: await converge([one]),
      two_servers_redis: joined ? await converge([a, b]) : { skipped },
    };
  }
  if (only.includes('memory')) {
    console.log('c. memory with 100 open articles …');
    const env = pg.url ? { DATABASE_URL: pg.url } : {};
    results.memory = {
      storage: pg.url ? 'PostgreSQL (so PGlite is not in the RSS)' : 'PGlite (its ~450–850 MB are in the RSS)',
      imported: await memory(env, 100, 20_000, 0),
      edited: await memory(env, 100, 20_000, 3_000),
    };
  }
  if (only.includes('store')) {
    console.log('d. store …');
    results.store = await storage();
  }
} finally {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
}

// --- report ---------------------------------------------------------------------

const rows = [];
const mark = (ok) => (ok === null ? '' : ok ? '✓' : '✗');
const L = results.latency;
if (L) {
  rows.push(['a. latency, one server: median / p95', `${L.one_server.median_ms} / ${L.one_server.p95_ms} ms`, '', '']);
  const x = L.two_servers_redis;
  rows.push(['a. latency, two servers + Redis: median', x.skipped ? 'skipped' : `${x.median_ms} ms`, `< ${TARGETS.crossMedianMs} ms`, x.skipped ? '' : mark(x.median_ms < TARGETS.crossMedianMs)]);
  rows.push(['a. latency, two servers + Redis: p95', x.skipped ? 'skipped' : `${x.p95_ms} ms`, `< ${TARGETS.crossP95Ms} ms`, x.skipped ? '' : mark(x.p95_ms < TARGETS.crossP95Ms)]);
  const big = L.two_servers_redis_large_article;
  rows.push([
    'a. latency, two servers + Redis, 20,000 words edited: median / p95',
    big.skipped ? 'skipped' : `${big.median_ms} / ${big.p95_ms} ms`,
    `< ${TARGETS.crossMedianMs} / ${TARGETS.crossP95Ms} ms`,
    big.skipped ? '' : mark(big.median_ms < TARGETS.crossMedianMs && big.p95_ms < TARGETS.crossP95Ms),
  ]);
}
const C = results.converge;
if (C) {
  for (const [label, c] of [
    ['one server', C.one_server],
    ['two servers + Redis', C.two_servers_redis],
  ]) {
    rows.push([
      `b. 20 clients × 100 chars, ${label}: converged after last keystroke (worst of ${c.rounds ?? 3})`,
      c.skipped ? 'skipped' : `${c.worst_ms} ms`,
      `≤ ${TARGETS.convergeMs} ms`,
      c.skipped ? '' : mark(c.worst_ms <= TARGETS.convergeMs),
    ]);
  }
}
const M = results.memory;
if (M) {
  for (const [label, m] of [
    ['imported', M.imported],
    ['with 3,000 keystrokes each', M.edited],
  ]) {
    rows.push([`c. RSS, 100 open 20,000-word articles, ${label}`, `${m.rss_with_articles_mb} MB (${m.rss_before_mb} MB empty; ${m.per_article_mb} MB each)`, '', '']);
  }
}
const S = results.store;
if (S) {
  for (const [label, s] of [
    ['PGlite', S.pglite],
    ['PostgreSQL', S.postgres],
  ]) {
    rows.push([
      `d. store of a 20,000-word article, ${label}: median / p95`,
      s.skipped ? 'skipped' : `${s.store.median_ms} / ${s.store.p95_ms} ms (merging: ${s.store_after_another_process_wrote.median_ms} ms)`,
      '',
      '',
    ]);
  }
}
const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(`\n${results.how}\n${results.machine}\n`);
console.log(`${'figure'.padEnd(width[0])}  ${'measured'.padEnd(width[1])}  ${'target'.padEnd(width[2])}`);
for (const r of rows) console.log(`${r[0].padEnd(width[0])}  ${r[1].padEnd(width[1])}  ${r[2].padEnd(width[2])}  ${r[3]}`);
if (only.length === 4) {
  await writeFile(join(ROOT, 'bench', 'sync-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten to bench/sync-results.json');
} else {
  await mkdir(join(ROOT, 'bench', 'tmp'), { recursive: true });
  await writeFile(join(ROOT, 'bench', 'tmp', 'sync-results-partial.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\npartial run: written to bench/tmp/sync-results-partial.json');
}
process.exit(0);
