// npm run bench: measures Factcheck Desk in headless Chromium on generated
// articles (2,000 / 20,000 / 100,000 words with 200 / 2,000 / 10,000
// claims, seeded so every run does the same work), next to peer packages
// where there is one, prints a table with the targets and writes
// bench/results.json. See bench/README.md for what each figure measures.
//
// Options (any of --sizes, --only, --runs makes a partial run, whose
// results go to bench/tmp/results-partial.json instead):
//   --sizes=2000,20000        only these article sizes (words)
//   --only=open,keystroke     only these figures
//   --runs=0.5                scale every run count (at least 2 runs stay)
//   --profile=keystroke,open  after the timed runs, profile these figures
//                             once more (CPU profile via the DevTools
//                             protocol) and print where the time goes;
//                             profiles are written to bench/tmp/*.cpuprofile
//   --trace=keystroke         the same with a DevTools timeline trace: time
//                             per event (script, style, layout, paint, …)
//   --profile-runs=30         timed windows in a profile or trace (default 5:
//                             more give steadier per-function figures)
//   --all-peers               also run @apache-annotator/dom on 100,000 words
//                             (skipped by default: minutes per run)
//   --experiment=cv           what-if: the article's blocks and sidebar rows
//                             get content-visibility: auto (results go to
//                             bench/tmp/, never bench/results.json)
//   --no-detect               build the page without src/detect (tests the skip)
//   --no-build                skip `node scripts/build.mjs` (bundle size from
//                             the existing dist/build-info.json)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = `${root}bench/`;
const tmp = `${benchDir}tmp/`;
const started = Date.now();

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const list = (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : null);
const onlySizes = list(args.sizes)?.map(Number) ?? null;
const onlyNames = list(args.only);
const profileNames = new Set(list(args.profile) ?? []);
const traceNames = new Set(list(args.trace) ?? []);
const profileRuns = Number(args['profile-runs'] ?? 5);
const runScale = args.runs ? Number(args.runs) : 1;

const SIZES = [
  { words: 2000, claims: 200, runs: { open: 9, export: 10, import: 5, tag: 20, status: 20, keystroke: 30, save: 20, highlight: 7, reanchor: 7, detect: 20 } },
  { words: 20000, claims: 2000, runs: { open: 11, export: 7, import: 5, tag: 40, status: 40, keystroke: 60, save: 30, highlight: 5, reanchor: 7, detect: 10 } },
  {
    words: 100000,
    claims: 10000,
    slowPeer: 'about 30 s for one highlight run and 2 min for one re-anchor run here',
    runs: { open: 3, export: 3, import: 3, tag: 7, status: 7, keystroke: 10, save: 5, highlight: 3, reanchor: 3, detect: 5 },
  },
].filter((s) => !onlySizes || onlySizes.includes(s.words));

const OURS = 'factcheck-desk';
const REFERENCE = { words: 20000, claims: 2000 };
// 120 kB as the issue writes it: 120,000 bytes (the build prints kB of 1,000 bytes too).
const BUNDLE_LIMIT = 120 * 1000;
/** Targets on our own figures: [name, size, limit in ms]. */
const TARGETS = [
  ['open', REFERENCE, 250],
  ['tag', REFERENCE, 8],
  ['keystroke', REFERENCE, 4],
  ['status', REFERENCE, 8],
  ['reanchor', REFERENCE, 100],
  ['detect', REFERENCE, 30],
  ['export-json', { words: 100000, claims: 10000 }, 150],
  ['save', REFERENCE, 5],
];

const wanted = (name) => !onlyNames || onlyNames.includes(name);
const runsOf = (n) => Math.max(2, Math.round(n * runScale));

// ---- build the bench page ---------------------------------------------------

async function detectBuilds() {
  const entry = `${root}src/detect/index.ts`;
  if (args['no-detect']) return { ok: false, why: '--no-detect' };
  if (!existsSync(entry)) return { ok: false, why: 'src/detect/index.ts does not exist' };
  try {
    await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', logLevel: 'silent', tsconfig: `${root}tsconfig.json` });
    return { ok: true, entry };
  } catch (error) {
    return { ok: false, why: `src/detect does not build: ${error.message.split('\n')[0]}` };
  }
}

async function buildPage() {
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const detect = await detectBuilds();
  const plugin = {
    name: 'bench',
    setup(b) {
      // @apache-annotator/dom@0.2.0 imports @apache-annotator/selector, which it
      // does not install (a devDependency); see bench/peers/.
      b.onResolve({ filter: /^@apache-annotator\/selector$/ }, () => ({ path: `${benchDir}peers/annotator-selector-stand-in.ts` }));
      b.onResolve({ filter: /^bench:detect$/ }, () => (detect.ok ? { path: detect.entry } : { path: 'detect-stub', namespace: 'bench' }));
      b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents: 'export const detectClaims = null;', loader: 'js' }));
    },
  };
  await build({
    entryPoints: [`${benchDir}page.ts`],
    outfile: `${tmp}page.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // Not minified, so profiles name functions; the production build of Lit, as the app ships.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: `${root}tsconfig.json`,
    plugins: [plugin],
    logLevel: 'warning',
  });
  await copyFile(`${benchDir}index.html`, `${tmp}index.html`);
  await copyFile(`${benchDir}bench.css`, `${tmp}bench.css`);
  await writeFile(`${tmp}sample.txt`, 'Bench sample\n\nA tiny article the bench opens on an empty database.\n');
  return detect;
}

let bundleTotal = null;

function bundleSize() {
  try {
    if (!args['no-build']) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    // What a first visit loads (app.js and the chunks it imports); the
    // chunks loaded on first use (detector, report, merge, backup, the
    // native and W3C import readers) are counted in the total.
    const info = JSON.parse(readFileSync(`${root}dist/build-info.json`, 'utf8'));
    bundleTotal = info.jsGzipBytes;
    return info.appGzipBytes ?? info.jsGzipBytes;
  } catch (error) {
    console.error(`bundle size: ${error.message}`);
    return null;
  }
}

/** Which packages and folders the app's bundle is made of (minified bytes, before gzip), as esbuild reports them. */
async function bundleParts() {
  try {
    const result = await build({
      entryPoints: [`${root}components/index.ts`],
      bundle: true,
      write: false,
      outdir: '/tmp/bench-bundle-parts',
      format: 'esm',
      target: 'es2022',
      minify: true,
      metafile: true,
      conditions: ['production'],
      tsconfig: `${root}tsconfig.json`,
      logLevel: 'silent',
    });
    const parts = new Map();
    for (const out of Object.values(result.metafile.outputs)) {
      for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
        const key = m ? m[1] : path.split('/').slice(0, 2).join('/');
        parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
      }
    }
    return [...parts].sort((a, b) => b[1] - a[1]);
  } catch (error) {
    return [['(esbuild failed: ' + error.message.split('\n')[0] + ')', 0]];
  }
}

// ---- statistics and output ----------------------------------------------------

const round = (x) => (x >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 100) / 100);

function summary(name, impl, size, r) {
  const times = [...r.times].sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const row = {
    name,
    impl,
    words: size.words,
    claims: size.claims,
    median_ms: round(median),
    min_ms: round(times[0]),
    max_ms: round(times[times.length - 1]),
    runs: times.length,
  };
  if (r.correct !== undefined) Object.assign(row, { correct: r.correct, total: r.total });
  if (r.detail) row.detail = r.detail;
  return row;
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

function printTable(rows) {
  const head = ['figure', 'impl', 'words', 'claims', 'median ms', 'min', 'max', 'runs', 'correct', 'notes'];
  const widths = [12, 22, 7, 7, 10, 9, 9, 5, 12, 0];
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i >= 2 && i <= 7)).join('  ');
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(Math.max(w, 5)))));
  for (const r of rows) {
    const notes = r.detail
      ? Object.entries(r.detail)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')
      : '';
    console.log(line([r.name, r.impl, r.words, r.claims, r.median_ms, r.min_ms, r.max_ms, r.runs, r.total ? `${r.correct}/${r.total}` : '', notes]));
  }
}

function targetLines(rows, bundle) {
  const out = [];
  const find = (name, impl, size) => rows.find((r) => r.name === name && r.impl === impl && r.words === size.words && r.claims === size.claims);
  for (const [name, size, limit] of TARGETS) {
    const r = find(name, OURS, size);
    const where = `${size.words.toLocaleString('en')} words, ${size.claims.toLocaleString('en')} claims`;
    if (!r) out.push(`  -  ${name} < ${limit} ms (${where}): not measured`);
    else out.push(`  ${r.median_ms < limit ? '✓' : '✗'}  ${name} < ${limit} ms (${where}): median ${r.median_ms} ms`);
  }
  if (bundle == null) out.push('  -  JS < 120 kB gzipped: not measured');
  else {
    out.push(`  ${bundle < BUNDLE_LIMIT ? '✓' : '✗'}  JS loaded at start < 120 kB gzipped: ${(bundle / 1000).toFixed(1)} kB (${bundle} bytes)`);
    if (bundleTotal != null) out.push(`     all JavaScript, lazy chunks included: ${(bundleTotal / 1000).toFixed(1)} kB gzipped (${bundleTotal} bytes)`);
  }
  for (const peer of rows.filter((r) => r.impl !== OURS && r.impl !== 'idb')) {
    const ours = find(peer.name, OURS, peer);
    if (!ours) continue;
    const where = `${peer.name}, ${peer.words.toLocaleString('en')} words`;
    out.push(`  ${ours.median_ms < peer.median_ms ? '✓' : '✗'}  faster than ${peer.impl} (${where}): ${ours.median_ms} vs ${peer.median_ms} ms`);
    if (peer.total) {
      out.push(`  ${ours.correct >= peer.correct ? '✓' : '✗'}  as many placed correctly as ${peer.impl} (${where}): ${ours.correct} vs ${peer.correct} of ${peer.total}`);
    }
  }
  return out;
}

// ---- profiling ------------------------------------------------------------------

let moduleLines = null;
async function moduleAt(line) {
  if (!moduleLines) {
    const src = (await readFile(`${tmp}page.js`, 'utf8')).split('\n');
    moduleLines = [];
    src.forEach((l, i) => {
      const m = /^\/\/ ((?:src|components|bench|node_modules)\/\S+)$/.exec(l);
      if (m) moduleLines.push([i, m[1].replace(/^node_modules\//, '')]);
    });
  }
  let found = '?';
  for (const [at, name] of moduleLines) {
    if (at > line) break;
    found = name;
  }
  return found;
}

async function summariseProfile(profile, calibration, windows, label) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const keys = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const where = f.url.endsWith('page.js') ? await moduleAt(f.lineNumber) : f.url ? f.url.split('/').pop() : '';
    keys.set(n.id, `${f.functionName || '(anonymous)'}${where ? `  ${where}:${f.lineNumber + 1}` : ''}`);
  }
  // Sample times (µs, the profile's clock); the calibration spin maps performance.now() onto them.
  const times = [];
  let t = profile.startTime;
  profile.samples.forEach((_, i) => times.push((t += profile.timeDeltas[i] ?? 0)));
  const inCalibration = (id) => {
    // V8 may inline the spin into its caller, which then stands for it.
    for (let at = id; at !== undefined; at = parent.get(at)) if (/^(BENCH_CALIBRATE|startProfiling)$/.test(byId.get(at).callFrame.functionName)) return true;
    return false;
  };
  const first = profile.samples.findIndex(inCalibration);
  if (first < 0) {
    console.log(`\n  profile of ${label}: the calibration spin was not sampled; no summary`);
    return;
  }
  const offset = times[first] - calibration.start * 1000;
  const ranges = windows.map(([a, b]) => [a * 1000 + offset, b * 1000 + offset]);
  const inWindow = (ts) => ranges.some(([a, b]) => ts >= a && ts <= b);
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    if (!inWindow(times[i])) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const k = keys.get(id);
    if (/^\((idle|root)\)/.test(k)) return;
    busy += dt;
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keys.get(at);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const n = Math.max(1, windows.length);
  const wall = windows.reduce((sum, [a, b]) => sum + (b - a), 0) / n;
  const top = (m, count) =>
    [...m]
      .filter(([k]) => !/^\((root|idle)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, v]) => `      ${(v / n).toFixed(2).padStart(8)} ms  ${((100 * v) / busy).toFixed(0).padStart(3)}%  ${k}`)
      .join('\n');
  console.log(
    `\n  profile of ${label}: ${windows.length} timed windows, ${wall.toFixed(2)} ms each on average, ${(busy / n).toFixed(2)} ms of it busy on the main thread (JS; "(program)" is native work such as style, layout and paint); ms below are per window`,
  );
  console.log(`    self time:\n${top(self, 14)}`);
  console.log(`    total time (incl. callees):\n${top(total, 24)}`);
}

async function profiled(page, label, fn) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const calibration = await page.evaluate(() => window.bench.startProfiling());
  let windows;
  try {
    await fn();
  } finally {
    windows = await page.evaluate(() => window.bench.stopProfiling());
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const file = `${tmp}${label.replace(/[^a-z0-9-]+/gi, '-')}.cpuprofile`;
    await writeFile(file, JSON.stringify(profile));
    await summariseProfile(profile, calibration, windows, `${label} (${file.replace(root, '')})`);
  }
}

/**
 * Runs `fn` under a DevTools timeline trace and prints, per timed window
 * (console.timeStamp markers from the page), the main thread's self time
 * by trace event: script, style recalculation, layout, paint, commit, GC.
 */
async function traced(page, label, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'blink.user_timing',
        ...(process.env.BENCH_TRACE_MORE ? ['disabled-by-default-devtools.timeline.invalidationTracking', 'blink', 'disabled-by-default-blink.debug.layout'] : []),
      ],
    },
  });
  await page.evaluate(() => window.bench.startProfiling());
  try {
    await fn();
  } finally {
    await page.evaluate(() => window.bench.stopProfiling());
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'TimeStamp' && x.args?.data?.message === 'BENCH_START'),
  );
  if (!main) {
    console.log(`\n  trace of ${label}: no main thread with markers found`);
    return;
  }
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = onMain.filter((e) => e.name === 'TimeStamp' && /^BENCH_(START|END)$/.test(e.args?.data?.message ?? '')).sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i].args.data.message === 'BENCH_START' && marks[i + 1]?.args.data.message === 'BENCH_END') windows.push([marks[i].ts, marks[i + 1].ts]);
  }
  const spans = onMain.filter((e) => e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  for (const [a, b] of windows) {
    const stack = [];
    for (const e of spans) {
      const s0 = Math.max(e.ts, a);
      const s1 = Math.min(e.ts + e.dur, b);
      if (s1 <= s0) continue;
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (s1 - s0));
      self.set(e.name, (self.get(e.name) ?? 0) + (s1 - s0));
      stack.push({ name: e.name, end: e.ts + e.dur });
    }
  }
  const n = Math.max(1, windows.length);
  const wall = windows.reduce((sum, [a, b]) => sum + (b - a), 0) / n / 1000;
  const rows = [...self]
    .filter(([, v]) => v > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 14);
  const busy = [...self].reduce((sum, [, v]) => sum + Math.max(0, v), 0) / n / 1000;
  console.log(`\n  trace of ${label}: ${windows.length} timed windows, ${wall.toFixed(2)} ms each, ${busy.toFixed(2)} ms of trace events on the main thread (self time per window):`);
  for (const [name, v] of rows) console.log(`      ${(v / n / 1000).toFixed(2).padStart(8)} ms  ${name}`);
  // How much each window made the browser redo: a small change that
  // restyles or lays out thousands of objects points at the cause.
  const inWindows = (e) => windows.some(([a, b]) => e.ts >= a && e.ts < b);
  const per = (name, read) => onMain.filter((e) => e.name === name && inWindows(e)).reduce((sum, e) => sum + (read(e) ?? 0), 0) / n;
  const layouts = onMain.filter((e) => e.name === 'Layout' && inWindows(e)).length / n;
  console.log(
    `      per window: ${per('UpdateLayoutTree', (e) => e.args?.elementCount).toFixed(0)} elements restyled, ` +
      `${layouts.toFixed(1)} layouts of ${per('Layout', (e) => e.args?.beginData?.dirtyObjects).toFixed(0)} dirty objects ` +
      `(of ${(per('Layout', (e) => e.args?.beginData?.totalObjects) / Math.max(1, layouts)).toFixed(0)})`,
  );
  await writeFile(`${tmp}${label}.trace.json`, JSON.stringify({ traceEvents: onMain.concat(events.filter((e) => e.ph === 'M')) }));
}

// ---- the run ----------------------------------------------------------------------

const detect = await buildPage();
if (!detect.ok) console.log(`detect: skipped (${detect.why})`);
const bundle = wanted('bundle') || !onlyNames ? bundleSize() : null;

const server = await serve(tmp, 0);
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const browser = await chromium.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
const results = [];
const skipped = [];
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  if (args.experiment) {
    await page.evaluate((name) => window.bench.setExperiment(name), args.experiment);
    console.log(`experiment ${args.experiment}: figures go to bench/tmp/results-${args.experiment}.json, not bench/results.json`);
  }

  const call = (fn, ...a) => page.evaluate(([fn, a]) => window.bench[fn](...a), [fn, a]);

  for (const size of SIZES) {
    const info = await call('prepare', size.words, size.claims);
    console.log(
      `\n${size.words.toLocaleString('en')} words (${info.words} generated, ${info.chars.toLocaleString('en')} UTF-16 units, ${info.blocks} blocks), ${info.claims.toLocaleString('en')} claims`,
    );
    await call('seed');

    const measure = async (name, impl, fn, ...a) => {
      if (!wanted(name)) return null;
      const t0 = Date.now();
      try {
        const r = await call(fn, ...a);
        if (r.skipped) {
          console.log(`  ${name}: skipped — ${r.skipped}`);
          skipped.push({ name, words: size.words, why: r.skipped });
          return null;
        }
        const parts =
          r.ours && r.idb
            ? [
                [OURS, r.ours],
                ['idb', r.idb],
              ]
            : [[impl, r]];
        for (const [who, part] of parts) {
          const row = summary(name, who, size, part);
          results.push(row);
          console.log(
            `  ${pad(name, 12)} ${pad(who, 22)} median ${pad(row.median_ms, 8, true)} ms  (${row.min_ms}–${row.max_ms}, ${row.runs} runs)` +
              `${row.total ? `  correct ${row.correct}/${row.total}` : ''}  [${((Date.now() - t0) / 1000).toFixed(1)} s]`,
          );
        }
        const again = () => call(fn, ...a.map((x) => (typeof x === 'number' ? Math.min(x, profileRuns) : x)));
        if (profileNames.has(name)) await profiled(page, `${name}-${impl}-${size.words}`, again);
        if (traceNames.has(name)) await traced(page, `${name}-${impl}-${size.words}`, again);
        return r;
      } catch (error) {
        console.log(`  ${name} (${impl}): FAILED — ${error.message.split('\n').slice(0, 3).join(' ')}`);
        problems.push(`${name} ${impl} ${size.words}: ${error.message}`);
        return null;
      }
    };

    const R = size.runs;
    await measure('open', OURS, 'measureOpen', runsOf(R.open));
    const needWork = ['export-json', 'export-w3c', 'import-json', 'tag', 'status', 'keystroke', 'save'].some(wanted);
    if (needWork) await call('mountWork');
    await measure('export-json', OURS, 'measureExportJSON', runsOf(R.export));
    await measure('export-w3c', OURS, 'measureExportW3C', runsOf(R.export));
    if (wanted('import-json')) {
      if (!wanted('export-json')) await call('measureExportJSON', 1);
      await measure('import-json', OURS, 'measureImport', runsOf(R.import));
    }
    await measure('tag', OURS, 'measureTag', runsOf(R.tag));
    await measure('status', OURS, 'measureStatus', runsOf(R.status));
    await measure('keystroke', OURS, 'measureKeystroke', runsOf(R.keystroke));
    await measure('save', OURS, 'measureSave', runsOf(R.save));
    if (needWork) await call('unmountWork');
    await measure('highlight', OURS, 'measureHighlight', OURS, runsOf(R.highlight));
    const slowPeer = (name) => {
      if (!size.slowPeer || args['all-peers'] || !wanted(name)) return false;
      const why = `@apache-annotator/dom skipped at this size (${size.slowPeer}); --all-peers runs it`;
      console.log(`  ${pad(name, 12)} ${why}`);
      skipped.push({ name, impl: '@apache-annotator/dom', words: size.words, why });
      return true;
    };
    if (!slowPeer('highlight')) await measure('highlight', '@apache-annotator/dom', 'measureHighlight', '@apache-annotator/dom', runsOf(R.highlight));
    if (wanted('reanchor')) {
      const rev = await call('prepareRevision', 50);
      console.log(`  revision: 50 random edits, ${rev.touched} claims' words touched by an edit`);
      await measure('reanchor', OURS, 'measureReanchor', OURS, runsOf(R.reanchor));
      await measure('reanchor', 'approx-string-match', 'measureReanchor', 'approx-string-match', runsOf(R.reanchor));
      if (!slowPeer('reanchor')) await measure('reanchor', '@apache-annotator/dom', 'measureReanchor', '@apache-annotator/dom', runsOf(Math.min(R.reanchor, 3)));
    }
    await measure('detect', OURS, 'measureDetect', runsOf(R.detect));
    await call('cleanup');
  }
  var browserVersion = browser.version();
} finally {
  await browser.close();
  server.close();
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const output = {
  date: new Date().toISOString(),
  machine,
  browser: `Chromium ${browserVersion} (headless)`,
  results,
  bundle_gzip_bytes: bundle,
  bundle_total_gzip_bytes: bundleTotal,
};
if (skipped.length) output.skipped = skipped;
if (args.experiment) output.experiment = args.experiment;
// Only a full run replaces bench/results.json; a partial one (--sizes, --only, --runs) goes to bench/tmp/.
const partial = Boolean(onlySizes || onlyNames || args.runs || args['no-detect']);
const resultsFile = args.experiment ? `${tmp}results-${args.experiment}.json` : partial ? `${tmp}results-partial.json` : `${benchDir}results.json`;
await writeFile(resultsFile, `${JSON.stringify(output, null, 2)}\n`);

console.log(`\n${output.browser} on ${machine}\n`);
printTable(results);
if (bundle != null) {
  const parts = await bundleParts();
  const total = parts.reduce((sum, [, b]) => sum + b, 0);
  console.log(`\nThe app's JS by source (minified bytes before gzip, ${(total / 1000).toFixed(1)} kB in all):`);
  console.log(
    parts
      .slice(0, 14)
      .map(([k, b]) => `  ${(b / 1000).toFixed(1).padStart(7)} kB  ${k}`)
      .join('\n'),
  );
}
console.log('\nTargets (never fail the run):');
console.log(targetLines(results, bundle).join('\n'));
if (problems.length) console.log(`\nPage problems:\n  ${[...new Set(problems)].slice(0, 20).join('\n  ')}`);
console.log(`\n${resultsFile.replace(root, '')} written; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
