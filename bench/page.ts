/**
 * The bench page: bundled by scripts/bench.mjs into bench/tmp/page.js and
 * driven by playwright. Every figure is measured here, in the page, with
 * performance.now(); the driver only calls `window.bench.*` and collects
 * the numbers.
 *
 * "Painted" means: the frame that shows the change has been rendered (style,
 * layout and paint recorded). Synchronous actions start inside a
 * requestAnimationFrame callback and end in the first task after that frame
 * (a MessageChannel message), so no idle wait for the next vsync is counted.
 * Asynchronous ones (open, import, highlight) force style and layout when
 * their work is done, then add the paint time of the next frame (from its
 * rAF callback to the first task after it).
 */
import '../components/index.js';
import type { FactcheckApp } from '../components/factcheck-app.js';
import type { FcEditor } from '../components/fc-editor.js';
import { EditorState, TextSelection } from 'prosemirror-state';
import { anchorQuote, type QuoteDescription } from '../src/anchoring/index.js';
import { docFromPlainText, docText, textMap } from '../src/article/index.js';
import { claimsOf, claimsPlugin, loadClaimsAction, loadClaimsTransaction, setStatus, STATUS_IDS, type StoredClaim, type StatusId } from '../src/claims/index.js';
import { Repository, type ArticleRow } from '../src/store/index.js';
import { exportW3C } from '../src/formats/w3c.js';
import { CodePointIndex } from '../src/text/codepoints.js';
import { createTextQuoteSelectorMatcher, highlightText } from '@apache-annotator/dom';
import approxSearch from 'approx-string-match';
// Resolved by scripts/bench.mjs: src/detect/index.ts when it exists and
// builds, else a stub whose detectClaims is null.
import { detectClaims } from 'bench:detect';
import { generateArticle, generateClaims, reviseText, Random, type GeneratedArticle, type Truth } from './gen.js';

// ---- timing helpers ----------------------------------------------------

const now = () => performance.now();

// While the driver profiles, every timed window is recorded, and a 25 ms
// spin in a function of its own calibrates performance.now() against the
// profile's clock, so the summary can keep only the samples inside timed
// windows. Nothing here runs inside the measured time.
let profiling = false;
let windows: Array<[number, number]> = [];
let openedAt = 0;
function BENCH_CALIBRATE(): { start: number; end: number } {
  const start = now();
  let x = 0;
  while (now() - start < 25) for (let i = 0; i < 1000; i++) x += i;
  return { start: start + (x < 0 ? 1 : 0), end: now() };
}
/** The start of a timed window. */
function begin(): number {
  freshTextIndex();
  if (profiling) console.timeStamp('BENCH_START');
  const t = now();
  if (profiling) openedAt = t;
  return t;
}
/** The end of a timed window. */
function end(): number {
  const t = now();
  if (profiling && openedAt) {
    windows.push([openedAt, t]);
    console.timeStamp('BENCH_END');
  }
  openedAt = 0;
  return t;
}

function nextTask(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(now());
    channel.port2.postMessage(0);
  });
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
}

/** Runs `fn` at the start of a frame; ms until that frame is rendered. */
function inFrame(fn: () => unknown, afterPaint?: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- it catches every error and rejects with it
    requestAnimationFrame(async () => {
      try {
        const t0 = begin();
        await fn();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const ms = end() - t0;
          // Checks of what was painted run here, first in the task after the frame and untimed.
          try {
            afterPaint?.();
            resolve(ms);
          } catch (error) {
            reject(error);
          }
        };
        channel.port2.postMessage(0);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Forces style and layout now, then adds the next frame's rendering: the time the change is painted, minus vsync idle. */
async function paintedAt(el: Element): Promise<number> {
  el.getBoundingClientRect();
  const laidOut = now();
  const frame = await nextFrame();
  const after = await nextTask();
  end();
  return laidOut + (after - frame);
}

/** Lets pending timers, IndexedDB callbacks and GC settle between runs. */
async function settle(ms = 30): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await nextFrame();
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`bench check failed: ${message}`);
}

// ---- the generated work ------------------------------------------------

/**
 * src/anchoring keeps a one-entry cache of the last text it indexed and
 * compares texts by value. When it holds an equal copy of the article's text
 * (another string object: generateClaims' text, or the text of the same
 * article opened before on this page), every look-up costs a whole-string
 * comparison: storedClaims() then costs ~10 µs a claim more on 20,000
 * words, ~90 µs on 100,000 (see bench/README.md). A freshly loaded page does not start that way, so each
 * run starts with the cache holding something else.
 */
function freshTextIndex(): void {
  anchorQuote('x', { quote: 'x' });
}

interface Prepared {
  words: number;
  article: GeneratedArticle;
  claims: StoredClaim[];
  row: ArticleRow;
  dbName: string;
  exportText?: string;
  revision?: { text: string; truth: Truth[]; selectors: QuoteDescription[] };
}

let P: Prepared | null = null;
let work: FactcheckApp | null = null;
const host = () => document.getElementById('host')!;

function prepared(): Prepared {
  if (!P) throw new Error('prepare() first');
  return P;
}

function seedOf(words: number, claims: number): number {
  return (words * 31 + claims) >>> 0;
}

// eslint-disable-next-line @typescript-eslint/require-await -- every step the runner calls returns a promise
async function prepare(words: number, claims: number): Promise<object> {
  const t0 = now();
  const article = generateArticle(seedOf(words, claims), words);
  const list = generateClaims(seedOf(words, claims) + 1, article, claims);
  const doc = docFromPlainText(article.text);
  const text = docText(doc);
  check(text === article.text, 'docText(docFromPlainText(text)) === text');
  const row: ArticleRow = {
    id: article.id,
    title: article.title,
    createdAt: article.createdAt,
    updatedAt: article.createdAt,
    doc: doc.toJSON(),
    text,
  };
  P = { words, article, claims: list, row, dbName: `bench-${words}-${claims}-${Date.now()}` };
  freshTextIndex();
  return { words: article.words, claims: list.length, chars: text.length, blocks: article.blocks.length, ms: now() - t0 };
}

async function seed(dbName = prepared().dbName): Promise<void> {
  const { row, claims } = prepared();
  const repo = await Repository.open(dbName);
  await repo.saveArticles([{ article: row, claims }]);
  await repo.setMeta('lastArticle', row.id);
  repo.close();
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    const done = () => resolve();
    req.onsuccess = done;
    req.onerror = done;
    // Connections of removed apps close on versionchange; never hang on one that does not.
    setTimeout(done, 2000);
  });
}

// ---- the app -------------------------------------------------------------

const shadowOf = (app: FactcheckApp) => app.shadowRoot!;
const editorOf = (app: FactcheckApp) => shadowOf(app).querySelector('fc-editor') as FcEditor;
/** The sidebar's parts are inside its own shadow root. */
const sidebarOf = (app: FactcheckApp) => shadowOf(app).querySelector('fc-sidebar')?.shadowRoot ?? null;
const listOf = (app: FactcheckApp) => sidebarOf(app)?.querySelector('fc-claim-list') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
const panelOf = (app: FactcheckApp) => sidebarOf(app)?.querySelector('fc-claim-panel') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
const articleRoot = (app: FactcheckApp) => editorOf(app).shadowRoot!.querySelector('.ProseMirror')!;

function makeApp(dbName: string): FactcheckApp {
  const app = document.createElement('factcheck-app');
  app.setAttribute('db-name', dbName);
  app.setAttribute('sample', 'sample.txt');
  // A removed app's connection is closed by deleting its database, which it reports; only live apps' errors count.
  app.addEventListener('fc-error', (e) => app.isConnected && console.error(`fc-error: ${e.detail.message}`));
  return app;
}

async function renderedAll(app: FactcheckApp): Promise<void> {
  await app.updateComplete;
  await editorOf(app).updateComplete;
  await listOf(app)?.updateComplete;
  await panelOf(app)?.updateComplete;
}

function highlightedIds(root: ParentNode): Set<string> {
  return new Set([...root.querySelectorAll<HTMLElement>('.fc-claim[data-claim-id]')].map((el) => el.dataset['claimId']!));
}

async function removeApp(app: FactcheckApp): Promise<number> {
  let saves = 0;
  const count = () => saves++;
  app.addEventListener('fc-saved', count);
  await app.flush();
  app.removeEventListener('fc-saved', count);
  app.remove();
  return saves;
}

/** Opens the seeded article in a fresh <factcheck-app>: from reading IndexedDB to an editable, highlighted article on screen. */
async function openOnce(): Promise<{ ms: number; saves: number }> {
  const { dbName, claims } = prepared();
  const app = makeApp(dbName);
  const t0 = begin();
  host().append(app);
  await app.ready;
  await renderedAll(app);
  const t1 = await paintedAt(articleRoot(app));
  const root = articleRoot(app);
  check(root.getAttribute('contenteditable') === 'true', 'the article is editable');
  check(highlightedIds(root).size === claims.length, `all ${claims.length} claims highlighted (saw ${highlightedIds(root).size})`);
  // A write the open scheduled (if any) is flushed here, outside the timing, and counted.
  const saves = await removeApp(app);
  return { ms: t1 - t0, saves };
}

async function measureOpen(runs: number): Promise<object> {
  const times: number[] = [];
  let saves = 0;
  for (let i = -1; i < runs; i++) {
    const r = await openOnce();
    if (i >= 0) {
      times.push(r.ms);
      saves += r.saves;
    }
    await settle(50);
  }
  return { times, detail: { savesAfterOpen: saves } };
}

async function mountWork(): Promise<void> {
  const app = makeApp(prepared().dbName);
  host().append(app);
  await app.ready;
  await renderedAll(app);
  await paintedAt(articleRoot(app));
  work = app;
}

async function unmountWork(): Promise<void> {
  if (work) await removeApp(work);
  work = null;
}

function workApp(): FactcheckApp {
  if (!work) throw new Error('mountWork() first');
  return work;
}

async function measureExportJSON(runs: number): Promise<object> {
  const app = workApp();
  const times: number[] = [];
  let text = '';
  for (let i = -1; i < runs; i++) {
    const t0 = begin();
    const data = app.exportJSON();
    text = JSON.stringify(data, null, 2);
    const ms = end() - t0;
    check(data.claims.length === prepared().claims.length, 'every claim exported');
    if (i >= 0) times.push(ms);
    await settle(10);
  }
  prepared().exportText = text;
  return { times, detail: { bytes: text.length } };
}

async function measureExportW3C(runs: number): Promise<object> {
  const app = workApp() as FactcheckApp & { exportW3C?: () => unknown };
  const times: number[] = [];
  let bytes = 0;
  for (let i = -1; i < runs; i++) {
    const t0 = begin();
    const data = (app.exportW3C ? app.exportW3C() : exportW3C({ ...prepared().article, updatedAt: prepared().article.createdAt }, app.claims)) as { total: number };
    const text = JSON.stringify(data, null, 2);
    const ms = end() - t0;
    check(data.total === prepared().claims.length, 'every claim in the W3C collection');
    bytes = text.length;
    if (i >= 0) times.push(ms);
    await settle(10);
  }
  return { times, detail: { bytes } };
}

async function measureImport(runs: number): Promise<object> {
  const text = prepared().exportText;
  if (!text) throw new Error('export-json first');
  const times: number[] = [];
  // Only the importing app on screen.
  if (work) work.style.display = 'none';
  for (let i = -1; i < runs; i++) {
    const name = `${prepared().dbName}-import-${i + 1}`;
    const app = makeApp(name);
    host().append(app);
    await app.ready; // the empty database opens the tiny sample first
    await renderedAll(app);
    await settle(20);
    const t0 = begin();
    await app.importJSON(text);
    await renderedAll(app);
    const t1 = await paintedAt(articleRoot(app));
    check(app.claims.length === prepared().claims.length, 'every claim imported');
    check(highlightedIds(articleRoot(app)).size === prepared().claims.length, 'every imported claim highlighted');
    if (i >= 0) times.push(t1 - t0);
    await removeApp(app);
    await deleteDb(name);
    await settle(20);
  }
  if (work) work.style.display = '';
  return { times };
}

/** How many times the tag figure ran on this page: a profiled rerun must tag new words, not twins of the timed run's claims (a slower path). */
let tagRounds = 0;

/** Positions of `count` word-aligned spans to tag, in the open article. */
function spansToTag(count: number): Array<{ start: number; end: number }> {
  const { article } = prepared();
  const rng = new Random(seedOf(article.words, 7 + 1000 * tagRounds++));
  const body = article.blocks.slice(1);
  const index = new CodePointIndex(article.text);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < count; i++) {
    const block = rng.pick(body);
    const text = index.slice(block.start, block.end);
    const words = text.split(' ');
    const first = rng.int(0, Math.max(0, words.length - 4));
    let start = block.start;
    for (let w = 0; w < first; w++) start += [...words[w]!].length + 1;
    const len = [...words.slice(first, first + 3).join(' ')].length;
    out.push({ start, end: start + len });
  }
  return out;
}

async function measureTag(runs: number): Promise<object> {
  const app = workApp();
  const editor = editorOf(app);
  const view = editor.editorView!;
  const spans = spansToTag(runs + 1);
  const times: number[] = [];
  // The sidebar draws the new entry in the next frame: that frame's work, and the two together.
  const listFrames: number[] = [];
  const totals: number[] = [];
  for (let i = -1; i < runs; i++) {
    const { start, end } = spans[i + 1]!;
    const map = textMap(view.state.doc);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, map.toPos(start), map.toPos(end))));
    await renderedAll(app);
    await settle(10);
    let id = '';
    let nextFrameAt = 0;
    const ms = await inFrame(
      () => {
        // Registered before anything the app asks for, so it marks the start of the next frame.
        requestAnimationFrame(() => (nextFrameAt = now()));
        check(app.tagSelection(), 'tagSelection() tagged');
        id = claimsOf(view.state).active!;
      },
      // The dispatch draws the highlight synchronously: the DOM in the first task after the frame is the DOM that was painted.
      () => check(!!articleRoot(app).querySelector(`.fc-claim[data-claim-id="${id}"]`), 'the new highlight is in the DOM when the frame is painted'),
    );
    await nextFrame();
    const listPainted = await nextTask();
    check(!!listOf(app)!.shadowRoot!.querySelector(`[data-claim-id="${id}"]`), 'the new claim is in the sidebar one frame later');
    await renderedAll(app);
    if (i >= 0) {
      times.push(ms);
      listFrames.push(listPainted - nextFrameAt);
      totals.push(ms + listPainted - nextFrameAt);
    }
  }
  await app.flush();
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1]! * 100) / 100;
  return { times, detail: { listFrameMedianMs: median(listFrames), bothFramesMedianMs: median(totals) } };
}

async function measureStatus(runs: number): Promise<object> {
  const app = workApp();
  const view = editorOf(app).editorView!;
  const { claims } = prepared();
  const id = claims[Math.floor(claims.length / 2)]!.id;
  listOf(app)!.dispatchEvent(new CustomEvent('fc-claim-select', { detail: { id }, bubbles: true, composed: true }));
  await renderedAll(app);
  await settle(20);
  const panel = panelOf(app);
  check(!!panel, 'the claim panel is open');
  const times: number[] = [];
  for (let i = -1; i < runs; i++) {
    const current = claimsOf(view.state).records.get(id)!.status;
    const status = STATUS_IDS[((STATUS_IDS as readonly string[]).indexOf(current) + 1) % STATUS_IDS.length] as StatusId;
    const ms = await inFrame(async () => {
      panel!.dispatchEvent(new CustomEvent('fc-status-change', { detail: { id, status }, bubbles: true, composed: true }));
      await renderedAll(app);
    });
    const marks = [...articleRoot(app).querySelectorAll<HTMLElement>(`.fc-claim[data-claim-id="${id}"]`)];
    check(marks.length > 0 && marks.every((m) => m.dataset['status'] === status), 'the highlight shows the new status');
    const badge = listOf(app)!.shadowRoot!.querySelector<HTMLElement>(`[data-claim-id="${id}"] .badge`);
    check(badge?.dataset['status'] === status, 'the sidebar shows the new status');
    if (i >= 0) times.push(ms);
    await settle(10);
  }
  await app.flush();
  return { times };
}

async function measureKeystroke(runs: number): Promise<object> {
  const app = workApp();
  const view = editorOf(app).editorView!;
  // The end of the middle paragraph: typing there changes no claim's words.
  let pos = 0;
  const middle = Math.floor(view.state.doc.childCount / 2);
  view.state.doc.forEach((node, offset, index) => {
    if (index === middle) pos = offset + node.nodeSize - 1;
  });
  check(highlightedIds(articleRoot(app)).size >= prepared().claims.length, 'every claim highlighted');
  const times: number[] = [];
  for (let i = -1; i < runs; i++) {
    const before = view.state.doc.content.size;
    const ms = await inFrame(async () => {
      view.dispatch(view.state.tr.insertText('x', pos));
      await renderedAll(app);
    });
    check(view.state.doc.content.size === before + 1, 'one character typed');
    pos += 1;
    if (i >= 0) times.push(ms);
    // Typing speed of a fast typist: ~80 ms a key, below the 300 ms save debounce.
    await new Promise((r) => setTimeout(r, 60));
  }
  await app.flush();
  return { times };
}

// ---- save --------------------------------------------------------------

/**
 * One claim saved, three ways: what the app does (a status change, then
 * `app.flush()`: the saver makes its write from the editor state and puts
 * it in IndexedDB), `Repository.saveArticle` of a whole snapshot with that
 * one claim changed, and the one claim put alone with idb (the floor).
 */
async function measureSave(runs: number): Promise<object> {
  const app = workApp();
  const editor = editorOf(app);
  const { dbName, row } = prepared();
  const repo = await Repository.open(dbName);
  const snapshot = (await repo.loadArticle(row.id))!;
  const id = snapshot.claims[Math.floor(snapshot.claims.length / 3)]!.id;
  const i = snapshot.claims.findIndex((c) => c.id === id);
  await app.flush();
  // How many claims one save writes: count IndexedDB puts into the claims store during a flush.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back
  const put = IDBObjectStore.prototype.put;
  const counter = { claims: 0 };
  const next = (status: StatusId) => STATUS_IDS[((STATUS_IDS as readonly string[]).indexOf(status) + 1) % STATUS_IDS.length] as StatusId;
  const appTimes: number[] = [];
  // Of the app's save, the time inside the repository's write (IndexedDB); the rest is making the write.
  const writeTimes: number[] = [];
  const proto = Repository.prototype as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const writer = ['saveChanges', 'saveArticle'].find((k) => typeof proto[k] === 'function')!;
  const original = proto[writer]!;
  let recording = false;
  const deltas: Array<{ document: boolean; put: number }> = [];
  proto[writer] = async function (this: unknown, ...a: unknown[]) {
    const delta = a[0] as { document?: unknown; put?: unknown[] };
    if (recording) deltas.push({ document: !!delta.document, put: delta.put?.length ?? -1 });
    const t = now();
    try {
      return await original.apply(this, a);
    } finally {
      if (recording) writeTimes.push(now() - t);
    }
  };
  const fullTimes: number[] = [];
  const directTimes: number[] = [];
  const single: number[] = [];
  let written = -1;
  for (let r = -1; r < runs; r++) {
    const record = claimsOf(editor.state!).records.get(id)!;
    check(editor.run(setStatus(id, next(record.status))), 'status changed');
    // The re-render the change causes, and the frame that paints it, are
    // not part of the save (without waiting for the paint, the frame lands
    // inside the IndexedDB write and is counted as saving).
    await renderedAll(app);
    await nextFrame();
    await nextTask();
    if (r === -1) {
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...a: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'claims') counter.claims++;
        return put.apply(this, a);
      };
    }
    recording = r >= 0;
    let t0 = begin();
    await app.flush();
    recording = false;
    if (r >= 0) appTimes.push(end() - t0);
    else {
      end();
      IDBObjectStore.prototype.put = put;
      written = counter.claims;
    }
    await settle(10);

    const claim = snapshot.claims[i]!;
    const changed = { ...claim, status: next(claim.status), updatedAt: new Date().toISOString() };
    snapshot.claims[i] = changed;

    // The repository's delta write alone, with the same one-claim change.
    if (writer === 'saveChanges') {
      const { doc: _doc, text: _text, ...meta } = snapshot.article;
      t0 = begin();
      await (repo as unknown as { saveChanges(d: object): Promise<unknown> }).saveChanges({ article: meta, put: [changed], remove: [] });
      if (r >= 0) directTimes.push(end() - t0);
      else end();
      await settle(10);
    }

    t0 = begin();
    const tx = repo.db.transaction('claims', 'readwrite');
    await Promise.all([tx.store.put({ ...changed, articleId: row.id }), tx.done]);
    if (r >= 0) single.push(end() - t0);
    else end();
    await settle(10);
  }
  // A save after typing one character in the middle of the article: every
  // claim after it moved, so all are described again and compared, and the
  // document is written (no target; `detail` only).
  const typed: number[] = [];
  const view = editor.editorView!;
  let pos = 0;
  const middle = Math.floor(view.state.doc.childCount / 2);
  view.state.doc.forEach((_node, offset, index) => {
    if (index === middle) pos = offset + 1;
  });
  for (let r = -1; r < Math.min(runs, 10); r++) {
    view.dispatch(view.state.tr.insertText('x', pos));
    await renderedAll(app);
    await nextFrame();
    await nextTask();
    const t0 = begin();
    await app.flush();
    if (r >= 0) typed.push(end() - t0);
    else end();
    await settle(10);
  }
  // Last, so its megabytes of writes cannot slow the small writes above: the
  // whole snapshot with one claim changed (seconds on big articles; three runs).
  for (let r = 0; r < 3; r++) {
    const claim = snapshot.claims[i]!;
    snapshot.claims[i] = { ...claim, status: next(claim.status), updatedAt: new Date().toISOString() };
    const t0 = begin();
    await repo.saveArticle(snapshot);
    fullTimes.push(end() - t0);
    await settle(10);
  }
  repo.close();
  proto[writer] = original;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return {
    ours: {
      times: appTimes,
      detail: {
        path: 'setStatus + app.flush()',
        claimsWritten: written,
        [`in Repository.${writer} median ms`]: Math.round(median(writeTimes) * 10) / 10,
        'writes with the document': deltas.filter((d) => d.document).length,
        ...(directTimes.length ? { 'saveChanges(one claim) alone median ms': Math.round(median(directTimes) * 10) / 10 } : {}),
        'after typing one character, median ms': Math.round(median(typed) * 10) / 10,
        'saveArticle(whole snapshot) median ms': Math.round(median(fullTimes) * 10) / 10,
        'saveArticle claims written': snapshot.claims.length,
      },
    },
    idb: { times: single, detail: { path: 'one put, one transaction', claimsWritten: 1 } },
  };
}

// ---- re-anchoring ------------------------------------------------------

interface Placement {
  start: number;
  end: number;
  exact: boolean;
}

function prepareRevision(edits: number): object {
  const p = prepared();
  const { text, truth } = reviseText(seedOf(p.words, p.claims.length) + 2, p.article.text, p.claims, edits);
  const selectors = p.claims.map(({ quote, prefix, suffix, start, end }) => ({ quote, prefix, suffix, start, end }));
  p.revision = { text, truth, selectors };
  return { touched: truth.filter((t) => t.touched).length, chars: text.length };
}

/** The correctness rule (see bench/README.md). */
function score(placements: Array<Placement | null>, truth: Truth[]) {
  let correct = 0;
  let untouchedOk = 0;
  let touchedOk = 0;
  let orphans = 0;
  let misplaced = 0;
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i]!;
    const p = placements[i] ?? null;
    if (!p) orphans++;
    let ok: boolean;
    if (!t.touched) {
      ok = !!p && p.start === t.start && p.end === t.end;
      if (ok) untouchedOk++;
    } else {
      // Orphaned, or on its edited words and flagged as changed, or (the
      // edit left the quoted words intact) exactly on them, inside its range.
      ok = !p || (!p.exact && p.start < t.end && p.end > t.start) || (p.exact && p.start >= t.start && p.end <= t.end && p.end > p.start);
      if (ok) touchedOk++;
    }
    if (!ok && p) misplaced++;
    if (ok) correct++;
  }
  const touched = truth.filter((t) => t.touched).length;
  return {
    correct,
    total: truth.length,
    detail: {
      untouched: `${untouchedOk}/${truth.length - touched}`,
      touched: `${touchedOk}/${touched}`,
      orphans,
      misplaced,
    },
  };
}

function reanchorOurs(text: string, selectors: QuoteDescription[]): Array<Placement | null> {
  return selectors.map((s) => anchorQuote(text, s));
}

/** Hypothesis-style use of approx-string-match: exact occurrences first, else a fuzzy search with up to a quarter of the quote in errors; fewest errors, then nearest the old place. */
function reanchorApprox(text: string, selectors: QuoteDescription[]): Array<Placement | null> {
  const index = new CodePointIndex(text);
  return selectors.map((s) => {
    const hint = index.toUnit(Math.min(s.start, index.cpLength));
    let best: { start: number; end: number; errors: number } | null = null;
    const better = (m: { start: number; end: number; errors: number }) => !best || m.errors < best.errors || (m.errors === best.errors && Math.abs(m.start - hint) < Math.abs(best.start - hint));
    for (let at = text.indexOf(s.quote); at >= 0; at = text.indexOf(s.quote, at + 1)) {
      const m = { start: at, end: at + s.quote.length, errors: 0 };
      if (better(m)) best = m;
    }
    if (!best) {
      for (const m of approxSearch(text, s.quote, Math.floor(s.quote.length / 4))) if (better(m)) best = m;
    }
    if (!best) return null;
    return { start: index.toCodePoint(best.start), end: index.toCodePoint(best.end), exact: best.errors === 0 };
  });
}

/** A plain DOM of `text`: a heading, then a <p> per block, with the "\n\n" between them as text nodes, so its text is exactly `text`. */
function plainDom(text: string): { root: HTMLElement; blocks: HTMLElement[] } {
  const root = document.createElement('div');
  root.className = 'peer-article';
  const blocks: HTMLElement[] = [];
  text.split('\n\n').forEach((block, i) => {
    if (i > 0) root.append(document.createTextNode('\n\n'));
    const el = document.createElement(i === 0 ? 'h1' : 'p');
    if (block) el.append(document.createTextNode(block));
    root.append(el);
    blocks.push(el);
  });
  return { root, blocks };
}

/** @apache-annotator/dom's TextQuoteSelector matcher (exact only) over a DOM of the text; of several matches, the one nearest the old place. */
async function reanchorAnnotator(text: string, selectors: QuoteDescription[], scope: HTMLElement): Promise<Array<Placement | null>> {
  const index = new CodePointIndex(text);
  const starts = new Map<Node, number>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.set(n, at);
    at += (n as Text).data.length;
  }
  const out: Array<Placement | null> = [];
  for (const s of selectors) {
    const hint = index.toUnit(Math.min(s.start, index.cpLength));
    // Its types import @apache-annotator/selector, which it lists only as a devDependency: the matcher's type, as there.
    const match = createTextQuoteSelectorMatcher({ type: 'TextQuoteSelector', exact: s.quote, prefix: s.prefix, suffix: s.suffix }) as (scope: Node | Range) => AsyncGenerator<Range, void, void>;
    let best: { start: number; end: number } | null = null;
    for await (const range of match(scope)) {
      const start = starts.get(range.startContainer)! + range.startOffset;
      const end = starts.get(range.endContainer)! + range.endOffset;
      if (!best || Math.abs(start - hint) < Math.abs(best.start - hint)) best = { start, end };
    }
    out.push(best && { start: index.toCodePoint(best.start), end: index.toCodePoint(best.end), exact: true });
  }
  return out;
}

async function measureReanchor(impl: string, runs: number): Promise<object> {
  const { text, truth, selectors } = prepared().revision!;
  const times: number[] = [];
  let placements: Array<Placement | null> = [];
  let scope: HTMLElement | null = null;
  if (impl === '@apache-annotator/dom') {
    scope = plainDom(text).root;
    scope.hidden = true;
    host().append(scope);
  }
  for (let i = -1; i < runs; i++) {
    await settle(10);
    const t0 = begin();
    if (impl === 'factcheck-desk') placements = reanchorOurs(text, selectors);
    else if (impl === 'approx-string-match') placements = reanchorApprox(text, selectors);
    else placements = await reanchorAnnotator(text, selectors, scope!);
    if (i >= 0) times.push(end() - t0);
  }
  scope?.remove();
  const result: { times: number[]; correct: number; total: number; detail: Record<string, unknown> } = { times, ...score(placements, truth) };
  if (impl === 'factcheck-desk') {
    // By path (what bench/anchoring-reanchor.ts used to print): the unchanged
    // text (every claim found at its old offsets), and, in the revised text,
    // the untouched claims (exact search) and the edited ones (approximate).
    const { article } = prepared();
    const best = (fn: () => unknown) => {
      let ms = Infinity;
      for (let r = 0; r < 3; r++) {
        freshTextIndex();
        const t0 = now();
        fn();
        ms = Math.min(ms, now() - t0);
      }
      return Math.round(ms * 100) / 100;
    };
    const untouched = selectors.filter((_, k) => !truth[k]!.touched);
    const edited = selectors.filter((_, k) => truth[k]!.touched);
    result.detail['unchanged text ms'] = best(() => reanchorOurs(article.text, selectors));
    result.detail[`untouched ${untouched.length} ms`] = best(() => reanchorOurs(text, untouched));
    result.detail[`edited ${edited.length} ms`] = best(() => reanchorOurs(text, edited));
  }
  return result;
}

// ---- highlighting --------------------------------------------------------

async function measureHighlight(impl: string, runs: number): Promise<object> {
  const { article, claims } = prepared();
  const times: number[] = [];
  const box = document.createElement('div');
  box.className = 'highlight-box';
  host().append(box);
  if (impl === 'factcheck-desk') {
    const editor = document.createElement('fc-editor');
    box.append(editor);
    await editor.updateComplete;
    const doc = docFromPlainText(article.text);
    const plugins = [claimsPlugin()];
    const bare = EditorState.create({ doc, plugins });
    editor.load(bare);
    const root = editor.shadowRoot!.querySelector('.ProseMirror')!;
    await paintedAt(root);
    for (let i = -1; i < runs; i++) {
      await settle(20);
      const t0 = begin();
      let state = EditorState.create({ doc, plugins });
      state = state.apply(loadClaimsTransaction(state, loadClaimsAction(doc, claims, anchorQuote)));
      editor.load(state);
      const t1 = await paintedAt(root);
      check(highlightedIds(root).size === claims.length, 'every claim highlighted');
      if (i >= 0) times.push(t1 - t0);
      editor.load(bare);
      await paintedAt(root);
    }
  } else {
    const starts = article.blocks.map((b) => b.start);
    for (let i = -1; i < runs; i++) {
      const { root, blocks } = plainDom(article.text);
      box.replaceChildren(root);
      await paintedAt(root);
      await settle(20);
      const t0 = begin();
      const index = new CodePointIndex(article.text);
      // One Range, reused: every live Range costs Chromium time on each DOM
      // mutation, and highlightText already makes one per wrapped node.
      const range = document.createRange();
      for (const c of claims) {
        // The claim's block (claims lie inside one paragraph), then its text nodes.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= c.start) lo = mid;
          else hi = mid - 1;
        }
        const blockStart = index.toUnit(starts[lo]!);
        const from = index.toUnit(c.start) - blockStart;
        const to = index.toUnit(c.end) - blockStart;
        const walker = document.createTreeWalker(blocks[lo]!, NodeFilter.SHOW_TEXT);
        let at = 0;
        let started = false;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const len = n.data.length;
          if (!started && from < at + len) {
            range.setStart(n, from - at);
            started = true;
          }
          if (started && to <= at + len) {
            range.setEnd(n, to - at);
            break;
          }
          at += len;
        }
        highlightText(range, 'mark', { class: 'fc-claim', 'data-claim-id': c.id, 'data-status': c.status });
      }
      const t1 = await paintedAt(root);
      check(highlightedIds(root).size === claims.length, 'every claim highlighted');
      if (i >= 0) times.push(t1 - t0);
    }
  }
  box.remove();
  return { times };
}

// ---- detection -----------------------------------------------------------

async function measureDetect(runs: number): Promise<object> {
  if (typeof detectClaims !== 'function') return { skipped: 'src/detect/index.ts (detectClaims) is not there yet, or does not build' };
  const { text } = prepared().article;
  const times: number[] = [];
  let found = 0;
  for (let i = -1; i < runs; i++) {
    await settle(5);
    const t0 = begin();
    const spans = detectClaims(text);
    if (i >= 0) times.push(end() - t0);
    found = spans.length;
  }
  return { times, detail: { spans: found } };
}

async function cleanup(): Promise<void> {
  await unmountWork();
  host().replaceChildren();
  if (P) await deleteDb(P.dbName);
  P = null;
}

/**
 * What-if experiments, never part of the reported figures: `cv` gives the
 * article's blocks and the sidebar's rows `content-visibility: auto`, by
 * adding a style sheet to those elements' shadow roots (src/ and
 * components/ are untouched), to see how much of a figure is rendering
 * work off screen.
 */
function setExperiment(name: string): void {
  if (name !== 'cv') throw new Error(`unknown experiment ${name}`);
  const sheet = (css: string) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  };
  const extra: Record<string, CSSStyleSheet> = {
    'fc-editor': sheet('.ProseMirror > * { content-visibility: auto; contain-intrinsic-size: auto 10em; }'),
    'fc-claim-list': sheet("[role='option'] { content-visibility: auto; contain-intrinsic-size: auto 4.5em; }"),
  };
  const d = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
    ...d,
    set(this: ShadowRoot, v: CSSStyleSheet[]) {
      const more = extra[this.host.localName];
      d.set!.call(this, more && !v.includes(more) ? [...v, more] : v);
    },
  });
}

const bench = {
  setExperiment,
  /** Starts recording timed windows; returns the calibration spin's times. */
  startProfiling: () => {
    profiling = true;
    windows = [];
    return BENCH_CALIBRATE();
  },
  /** Stops recording; returns the timed windows (performance.now() ms). */
  stopProfiling: () => {
    profiling = false;
    return windows;
  },
  prepare,
  seed,
  measureOpen,
  mountWork,
  unmountWork,
  measureExportJSON,
  measureExportW3C,
  measureImport,
  measureTag,
  measureStatus,
  measureKeystroke,
  measureSave,
  prepareRevision,
  measureReanchor,
  measureHighlight,
  measureDetect,
  cleanup,
  detectAvailable: () => typeof detectClaims === 'function',
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.documentElement.dataset['benchReady'] = 'true';
