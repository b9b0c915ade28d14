/**
 * Seeded mutations of a valid export, imported through the real app
 * (`<factcheck-app>`, IndexedDB and all) with `app.importJSON`.
 *
 * For each mutation the import must either
 * - reject with an `Error` whose message is not empty, and then the
 *   `articles`, `documents` and `claims` stores are exactly as before and
 *   the open article is still the one that was open; or
 * - resolve to an article id whose article, document and claims are all in
 *   IndexedDB as the file gave them (new ids for a copy), nothing else in
 *   the database changed, and whose re-export (`app.exportJSON()`) keeps
 *   the format's contract, holds the same claims, and is itself importable.
 *
 * The app must agree with `parseNative` on which files are refused, and no
 * error or unhandled rejection may reach `window`.
 *
 * Every failure names the seed and the mutation; the cases depend on
 * nothing but the seed.
 */
import { expect } from '@open-wc/testing';
import type { FactcheckApp } from '../../components/factcheck-app.js';
import { parseNative, parseNativeJson, parseW3C, type NativeParseResult } from '../../src/formats/index.js';
import { freshDbName, mountApp, readStore } from '../helpers/app.js';
import { mulberry32, type Random } from '../helpers/prng.js';
import { checkNativeContract, claimsOf, clone, emojiBase, nativeMutation, shortJson, spliceRaw, type Json, type NativeCase } from '../helpers/mutate.js';

const SEEDS = [0x1a2b3c4d, 0x00fade00, 0x00000007];
/** Mutations per seed: 3 × 10 = 30 imports. */
const PER_SEED = 10;
const STORES = ['articles', 'documents', 'claims'] as const;

const hex = (seed: number) => `0x${(seed >>> 0).toString(16).padStart(8, '0')}`;

type Row = Record<string, unknown>;
type Snapshot = Record<(typeof STORES)[number], Row[]>;

async function snapshot(app: FactcheckApp, dbName: string): Promise<Snapshot> {
  await app.flush();
  const [articles, documents, claims] = await Promise.all(STORES.map((s) => readStore<Row>(dbName, s)));
  return { articles: articles!, documents: documents!, claims: claims! };
}

/** JSON with sorted keys (so key order does not matter), `-0` as `0`, `undefined` fields dropped. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Row)[k]]),
        )
      : v,
  );
}

/** A claim as a comparable string, without its id (a copy gets new ids) and the row's `articleId`. */
function claimKey(claim: Row): string {
  const { id: _id, articleId: _a, ...rest } = claim;
  return canonical(rest);
}

const sorted = (xs: string[]) => [...xs].sort();

// ---------------------------------------------------------------------------
// Mutations that the app, beyond the reader, must get right: valid files at
// the edges of what the editor's document can hold.

/** A claim on code points `start`–`end` of `text`, with its context, copying the record of `like`. */
function claimOn(text: string, start: number, end: number, like: Row, id: string): Row {
  const cps = [...text];
  return {
    ...clone(like),
    id,
    start,
    end,
    orphaned: false,
    changed: false,
    quote: cps.slice(start, end).join(''),
    prefix: cps.slice(Math.max(0, start - 32), start).join(''),
    suffix: cps.slice(end, end + 32).join(''),
  };
}

function uuidFrom(rng: Random): string {
  const h = () => rng.int(0, 0xffff).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
}

const EDGE_KINDS = 8;

function appEdgeMutation(rng: Random, valid: Json, kind = rng.int(0, EDGE_KINDS - 1)): NativeCase {
  const d = clone(valid) as Row & { article: Row; claims: Row[] };
  const text = d.article['text'] as string;
  const like = d.claims[0] ?? {};
  const sep = [...text.slice(0, text.indexOf('\n\n'))].length; // code point of the first "\n\n"
  switch (kind) {
    case 0:
      // A new article that reuses the claim ids of one already in the database.
      d.article['id'] = uuidFrom(rng);
      return { desc: `article.id changed to ${String(d.article['id'])}, claim ids kept (they belong to the article already imported)`, data: d, expect: 'accept' };
    case 1: {
      // Quotes that start or end inside the "\n\n" between two paragraphs.
      const [start, end, what] = rng.pick([
        [sep, sep + 1, 'the first "\\n" of a paragraph break'],
        [sep + 1, sep + 2, 'the second "\\n" of a paragraph break'],
        [sep, sep + 2, 'a whole paragraph break "\\n\\n"'],
        [sep - 4, sep + 1, 'the end of a heading and the first "\\n" after it'],
        [sep + 1, sep + 10, 'the second "\\n" of a paragraph break and the start of the next paragraph'],
      ] as Array<[number, number, string]>);
      d.claims.push(claimOn(text, start, end, like, uuidFrom(rng)));
      // Either outcome is right: refused (the offsets are no place in the document), or kept exactly.
      return { desc: `a claim on ${what} (${start}–${end}, quote ${shortJson([...text].slice(start, end).join(''))})`, data: d, expect: 'any' };
    }
    case 2: {
      // Runs of three and four newlines: paragraphs that start with a line break.
      const t = 'Title 🙂\n\n\nThe deal is worth $75 million.\n\n\n\nEnd 🚀 of story.';
      d.article['text'] = t;
      const cps = [...t];
      const at = (q: string) => [...t.slice(0, t.indexOf(q))].length;
      d.claims = [
        claimOn(t, at('$75 million'), at('$75 million') + 11, like, uuidFrom(rng)),
        claimOn(t, at('\nThe deal'), at('\nThe deal') + 9, like, uuidFrom(rng)),
        claimOn(t, at('End 🚀'), at('End 🚀') + 5, like, uuidFrom(rng)),
        claimOn(t, cps.length - 1, cps.length, like, uuidFrom(rng)),
      ];
      return { desc: 'article text with "\\n\\n\\n" and "\\n\\n\\n\\n" runs, claims starting on a newline and at the very end', data: d, expect: 'accept' };
    }
    case 3: {
      const t = 'Title\r\n\r\nThe 🚀 deal is worth $75 million.\r\n';
      d.article['text'] = t;
      const s = [...t.slice(0, t.indexOf('$75'))].length;
      d.claims = [claimOn(t, s, s + 11, like, uuidFrom(rng)), claimOn(t, 5, 7, like, uuidFrom(rng))];
      return { desc: 'article text with "\\r\\n" line endings, a claim on "\\r\\n"', data: d, expect: 'accept' };
    }
    case 4:
      d.article['text'] = '';
      d.claims = d.claims.filter((c) => c['orphaned'] === true);
      return { desc: 'an empty article text, only the orphans kept', data: d, expect: 'accept' };
    case 5: {
      // A claim at offset 0 whose start is written "-0".
      const c = claimOn(text, 0, 6, like, uuidFrom(rng));
      d.claims.push(c);
      return { desc: `a claim at 0–6 (${shortJson(c['quote'])}) with start written as -0`, text: spliceRaw(d, ['claims', d.claims.length - 1, 'start'], '-0'), expect: 'accept' };
    }
    case 6:
      for (const c of d.claims) c['orphaned'] = true;
      return { desc: 'every claim orphaned', data: d, expect: 'accept' };
    default: {
      // Two claims on the same words, and one inside another.
      const i = rng.int(0, Math.max(0, d.claims.length - 1));
      const c = d.claims[i]!;
      if (c['orphaned'] === true) return { desc: 'unchanged', data: d, expect: 'accept' };
      d.claims.push(claimOn(text, c['start'] as number, c['end'] as number, c, uuidFrom(rng)));
      d.claims.push(claimOn(text, (c['start'] as number) + 1, c['end'] as number, c, uuidFrom(rng)));
      return { desc: `claims[${i}]'s words tagged twice more (same range, and from one code point in)`, data: d, expect: 'accept' };
    }
  }
}

// ---------------------------------------------------------------------------

describe('import fuzz: app.importJSON with seeded mutations of a valid export', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${e.reason instanceof Error ? `${e.reason.name}: ${e.reason.message}` : String(e.reason)}`);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** Mounts an app on a fresh database and imports the base export; resolves to the app's own export of it. */
  async function setUp(): Promise<{ app: FactcheckApp; dbName: string; valid: Json; appErrors: string[] }> {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    const appErrors: string[] = [];
    app.addEventListener('fc-error', (e) => appErrors.push((e as CustomEvent<{ message: string }>).detail.message));
    // A valid export as the app itself writes it: the sample article with emoji, imported, then exported.
    const sample = (await (await fetch('/samples/kosovo-javelin.txt')).text()).replace(/^\n+|\n+$/g, '');
    const base = emojiBase(sample);
    await app.importJSON(clone(base.data));
    const valid = clone(app.exportJSON()) as unknown as Json;
    expect(claimsOf(valid).length, 'the base export has claims').to.equal(base.claims.length);
    return { app, dbName, valid, appErrors };
  }

  /** Runs `cases` one after the other on one app, then fails once with every problem. */
  async function runAll(app: FactcheckApp, dbName: string, appErrors: string[], cases: Array<{ label: string; c: NativeCase }>): Promise<number> {
    const failures: string[] = [];
    let accepted = 0;
    for (const { label, c } of cases) {
      try {
        if (await importOne(app, dbName, c, label)) accepted++;
      } catch (e) {
        failures.push(e instanceof Error ? e.message : String(e));
      }
      if (uncaught.length) failures.push(`${label}: uncaught: ${uncaught.splice(0).join(' | ')}`);
      if (appErrors.length) failures.push(`${label}: the app reported fc-error: ${appErrors.splice(0).join(' | ')}`);
    }
    if (failures.length) expect.fail(`${failures.length} of ${cases.length} imports failed:\n${failures.join('\n')}`);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    return accepted;
  }

  for (const seed of SEEDS) {
    it(`seed ${hex(seed)}: ${PER_SEED} imports either change nothing or import everything`, async function () {
      this.timeout(300_000);
      uncaught.length = 0;
      const rng = mulberry32(seed);
      const { app, dbName, valid, appErrors } = await setUp();
      const cases = Array.from({ length: PER_SEED }, (_, i) => {
        const c = rng.next() < 0.35 ? appEdgeMutation(rng, valid) : nativeMutation(rng, valid);
        return { label: `seed ${hex(seed)} · #${i} ${c.desc}`, c };
      });
      const accepted = await runAll(app, dbName, appErrors, cases);
      console.log(`import fuzz seed ${hex(seed)}: ${accepted} accepted, ${PER_SEED - accepted} refused`);
    });
  }

  it(`every one of the ${EDGE_KINDS} edge cases once (seed 0x0000ed9e)`, async function () {
    this.timeout(300_000);
    uncaught.length = 0;
    const rng = mulberry32(0xed9e);
    const { app, dbName, valid, appErrors } = await setUp();
    const cases = Array.from({ length: EDGE_KINDS }, (_, kind) => {
      const c = appEdgeMutation(rng, valid, kind);
      return { label: `seed 0x0000ed9e · edge ${kind} ${c.desc}`, c };
    });
    await runAll(app, dbName, appErrors, cases);
  });
});

/** Imports one mutated file and checks the outcome; resolves to whether it was accepted. */
async function importOne(app: FactcheckApp, dbName: string, c: NativeCase, label: string): Promise<boolean> {
  const parsed: NativeParseResult = c.text !== undefined ? parseNativeJson(c.text) : parseNative(c.data);
  const before = await snapshot(app, dbName);
  const openBefore = app.exportJSON().article.id;

  let id: string | undefined;
  let error: unknown;
  try {
    id = await app.importJSON(c.text ?? c.data);
  } catch (e) {
    error = e;
  }

  if (id === undefined) {
    expect(error, `${label}: importJSON rejected with ${shortJson(error)}, not an Error`).to.be.instanceOf(Error);
    const message = (error as Error).message;
    expect(message.trim(), `${label}: the rejection has an empty message`).to.not.equal('');
    expect(parsed.ok, `${label}: the app refused a file parseNative accepts: ${message.slice(0, 300)}`).to.equal(false);
    expect(c.expect, `${label}: refused a valid file: ${message.slice(0, 300)}`).to.not.equal('accept');
    const afterwards = await snapshot(app, dbName);
    for (const store of STORES) {
      expect(canonical(afterwards[store]) === canonical(before[store]), `${label}: refused, but the ${store} store changed`).to.equal(true);
    }
    expect(app.exportJSON().article.id, `${label}: refused, but another article is open`).to.equal(openBefore);
    return false;
  }

  expect(parsed.ok, `${label}: the app imported a file parseNative refuses: ${parsed.ok ? '' : parsed.errors.slice(0, 3).join(' | ')}`).to.equal(true);
  expect(c.expect, `${label}: imported a file that must be refused`).to.not.equal('refuse');
  if (!parsed.ok) return true;
  const file = parsed.value;
  expect(id, `${label}: resolved to ${shortJson(id)}, not an id`)
    .to.be.a('string')
    .and.not.equal('');
  const copy = id !== file.article.id;
  const after = await snapshot(app, dbName);

  // The article, its document and every claim are in the database as the file gave them.
  const article = after.articles.find((a) => a['id'] === id);
  expect(article, `${label}: no articles row for ${id}`).to.not.equal(undefined);
  expect(article!['title'], `${label}: articles row title`).to.equal(copy ? `${file.article.title} (imported copy)` : file.article.title);
  const document = after.documents.find((d) => d['id'] === id);
  expect(document, `${label}: no documents row for ${id}`).to.not.equal(undefined);
  expect(document!['text'] === file.article.text, `${label}: the stored text differs from the file's (${shortJson(document!['text'])} vs ${shortJson(file.article.text)})`).to.equal(true);
  const rows = after.claims.filter((r) => r['articleId'] === id);
  const want = sorted(file.claims.map((x) => claimKey(x as unknown as Row)));
  const stored = sorted(rows.map(claimKey));
  expect(stored.length, `${label}: ${rows.length} claim rows stored for ${file.claims.length} claims in the file`).to.equal(file.claims.length);
  expectSameClaims(stored, want, `${label}: the stored claims differ from the file's`);
  // Ids stay as the file gave them, unless the article is a copy or another article's claim already uses one.
  const reused = file.claims.some((x) => before.claims.some((r) => r['id'] === x.id));
  if (!copy && !reused) expect(sorted(rows.map((r) => String(r['id']))), `${label}: stored claim ids`).to.deep.equal(sorted(file.claims.map((x) => x.id)));

  // Nothing else in the database changed.
  // (A claim row of another article that now belongs to this one counts as changed.)
  const mine = (store: string, r: Row) => (store === 'claims' ? r['articleId'] === id : r['id'] === id);
  for (const store of STORES) {
    const others = (snap: Snapshot) => canonical(snap[store].filter((r) => !mine(store, r)));
    expect(others(after) === others(before), `${label}: importing changed ${store} rows of other articles (${diffIds(before[store], after[store], (r) => !mine(store, r))})`).to.equal(true);
  }

  // The re-export keeps the contract, holds the same claims, and can be imported again.
  expect(app.exportJSON().article.id, `${label}: the imported article is not the one open`).to.equal(id);
  const again = JSON.parse(JSON.stringify(app.exportJSON())) as { article: Row; claims: Row[] };
  checkNativeContract(again, `${label}: re-export`);
  expect(again.article['text'] === file.article.text, `${label}: the re-exported text differs from the file's`).to.equal(true);
  expectSameClaims(sorted(again.claims.map(claimKey)), want, `${label}: the re-exported claims differ from the file's`);
  const reread = parseNative(again);
  expect(reread.ok, `${label}: the app's own re-export is refused: ${reread.ok ? '' : reread.errors.slice(0, 3).join(' | ')}`).to.equal(true);
  return true;
}

function expectSameClaims(actual: string[], expected: string[], message: string): void {
  if (canonical(actual) === canonical(expected)) return;
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  const short = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);
  expect.fail(`${message}: expected ${missing.map(short).join(', ')}; found ${extra.map(short).join(', ')}`);
}

function diffIds(before: Row[], after: Row[], keep: (r: Row) => boolean): string {
  const b = new Map(before.filter(keep).map((r) => [String(r['id']), canonical(r)]));
  const a = new Map(after.filter(keep).map((r) => [String(r['id']), canonical(r)]));
  const changed = [...new Set([...b.keys(), ...a.keys()])].filter((k) => b.get(k) !== a.get(k));
  return `${changed.length} rows: ${changed.slice(0, 5).join(', ')}`;
}

// ---------------------------------------------------------------------------
// The smallest inputs for what the seeded cases found, one import each.

describe('import fuzz: minimal cases', () => {
  const text = 'Title\n\nBody text.';
  const claim = (id: string, start: number, end: number): Row => ({
    id,
    quote: [...text].slice(start, end).join(''),
    prefix: [...text].slice(Math.max(0, start - 32), start).join(''),
    suffix: [...text].slice(end, end + 32).join(''),
    start,
    end,
    status: 'verified',
    note: '',
    sources: [],
    reviewer: 'Ada',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    history: [],
  });
  const file = (articleId: string, claims: Row[]) => ({
    format: 'factcheck-annotations',
    version: 1,
    exportedAt: '2026-01-01T12:00:00.000Z',
    article: { id: articleId, title: 'Title', text },
    claims,
  });
  const cases: Array<[string, number, number]> = [
    ['the first "\\n" of the paragraph break', 5, 6],
    ['the second "\\n" of the paragraph break', 6, 7],
    ['the whole paragraph break "\\n\\n"', 5, 7],
    ['"e\\n": the end of the heading and the first "\\n"', 4, 6],
    ['"\\nBody": the second "\\n" and the next word', 6, 11],
  ];
  for (const [what, start, end] of cases) {
    it(`a claim on ${what} (${start}–${end} of ${JSON.stringify(text)}) is kept where it is, or the file is refused`, async () => {
      const dbName = freshDbName();
      const app = await mountApp(dbName);
      await importOne(
        app,
        dbName,
        { desc: `claim ${start}–${end}`, data: file('a0000000-0000-4000-8000-000000000001', [claim('c0000000-0000-4000-8000-000000000001', start, end)]), expect: 'any' },
        `minimal · claim on ${what}`,
      );
    });
  }

  it("a new article whose claim ids are those of another article's claims leaves the other article's claims alone", async () => {
    const dbName = freshDbName();
    const app = await mountApp(dbName);
    const first = file('a0000000-0000-4000-8000-000000000001', [claim('c0000000-0000-4000-8000-000000000001', 7, 11)]);
    await app.importJSON(first);
    const second = file('a0000000-0000-4000-8000-000000000002', [claim('c0000000-0000-4000-8000-000000000001', 7, 11)]);
    await importOne(app, dbName, { desc: 'second article, same claim id', data: second, expect: 'any' }, 'minimal · claim id reused by another article');
  });
});

// ---------------------------------------------------------------------------
// What two problems of the W3C reader (found by test/formats/fuzz.test.ts) do in the app.

describe('import fuzz: W3C annotations with hostile values, through the app', () => {
  it('a Hypothesis file whose TextPositionSelector starts at -1 imports (the hint ignored) instead of failing with a RangeError', async () => {
    const app = await mountApp(freshDbName());
    const text = app.exportJSON().article.text;
    const quote = '$75 million';
    const file = {
      export_date: '2026-01-02T10:00:00Z',
      annotations: [
        { user: 'acct:ada@hypothes.is', text: 'fine', target: [{ selector: [{ type: 'TextQuoteSelector', exact: quote }] }] },
        {
          user: 'acct:ada@hypothes.is',
          text: 'bad hint',
          target: [
            {
              selector: [
                { type: 'TextPositionSelector', start: -1, end: 20 },
                { type: 'TextQuoteSelector', exact: quote },
              ],
            },
          ],
        },
      ],
    };
    expect(parseW3C(file, text).ok, 'parseW3C accepts the file').to.equal(true);
    let error: unknown;
    try {
      await app.importW3C(file);
    } catch (e) {
      error = e;
    }
    expect(error === undefined ? undefined : `${(error as Error).name}: ${(error as Error).message}`, 'importW3C rejected').to.equal(undefined);
    expect(app.claims.filter((c) => c.quote === quote).length).to.equal(2);
  });

  it("a source URL with an unpaired surrogate does not end up in the app's own export", async () => {
    const app = await mountApp(freshDbName());
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'SpecificResource', purpose: 'linking', source: { id: 'https://example.org/\ud800' } }],
      target: { source: 'https://x.example/', selector: { type: 'TextQuoteSelector', exact: '$75 million' } },
    };
    await app.importW3C(annotation);
    const exported = JSON.parse(JSON.stringify(app.exportJSON())) as unknown;
    const reread = parseNative(exported);
    expect(reread.ok, `the app's export is refused by its own reader: ${reread.ok ? '' : reread.errors.join(' | ')}`).to.equal(true);
  });
});
