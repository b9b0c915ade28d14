// Measures src/detect against labelled data:
//   1. span-level precision, recall and F1 on the hand-labelled answer key
//      for samples/kosovo-javelin.txt (overall and per kind);
//   2. sentence-level precision, recall and F1 on the ClaimBuster test sets
//      (a sentence is predicted check-worthy when detectClaims finds any
//      span in it), read from ../shared/datasets/claimbuster/ and never
//      copied into this repository;
//   3. timings: the sample and a generated 20,000-word article.
// Usage: node scripts/eval-detect.mjs [--misses N]  (N examples of missed
// and falsely flagged ClaimBuster sentences per file)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const showArg = process.argv.indexOf('--misses');
const showMisses = showArg > 0 ? Number(process.argv[showArg + 1] ?? 10) : 0;

// Bundle the TypeScript sources on the fly, so the script measures exactly
// what the app ships, with no build step to forget.
const bundle = await build({
  entryPoints: [join(root, 'src/detect/index.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const { detectClaims, spansMatch, DETECT_KINDS } = await import('data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64'));

const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) + '%' : '    – ');
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function row(label, tp, predicted, foundLabels, labels) {
  const p = predicted ? tp / predicted : NaN;
  const r = labels ? foundLabels / labels : NaN;
  const f = predicted && labels ? f1(p, r) : NaN;
  return `${label.padEnd(12)} P ${pct(p)} (${tp}/${predicted})  R ${pct(r)} (${foundLabels}/${labels})  F1 ${pct(f)}`;
}

// 1. The answer key.
const sample = readFileSync(join(root, 'samples/kosovo-javelin.txt'), 'utf8');
const key = JSON.parse(readFileSync(join(root, 'test/fixtures/kosovo-javelin.answers.json'), 'utf8'));
const cps = [...sample];
for (const s of key.spans) {
  if (cps.slice(s.start, s.end).join('') !== s.text) {
    throw new Error(`answer key offsets are wrong for ${JSON.stringify(s.text)} at ${s.start}`);
  }
}
const detected = detectClaims(sample);
console.log(`Span level, answer key (${key.spans.length} labels, ${detected.length} detected)`);
console.log('  a detection matches a label when they overlap and their kinds share a family');
const scoreSpans = (dets, labels) => ({
  tp: dets.filter((d) => key.spans.some((l) => spansMatch(d, l))).length,
  found: labels.filter((l) => detected.some((d) => spansMatch(d, l))).length,
});
const all = scoreSpans(detected, key.spans);
console.log('  ' + row('overall', all.tp, detected.length, all.found, key.spans.length));
for (const kind of DETECT_KINDS) {
  const dets = detected.filter((d) => d.kind === kind);
  const labels = key.spans.filter((l) => l.kind === kind);
  if (!dets.length && !labels.length) continue;
  const s = scoreSpans(dets, labels);
  console.log('  ' + row(kind, s.tp, dets.length, s.found, labels.length));
}
const exact = key.spans.filter((l) => detected.some((d) => d.start === l.start && d.end === l.end && d.kind === l.kind));
console.log(`  exact boundaries and kind: ${exact.length}/${key.spans.length}`);
for (const l of key.spans) {
  if (!detected.some((d) => spansMatch(d, l))) console.log(`  missed  ${l.kind.padEnd(11)} ${JSON.stringify(l.text)}`);
}
for (const d of detected) {
  if (!key.spans.some((l) => spansMatch(d, l))) console.log(`  extra   ${d.kind.padEnd(11)} ${JSON.stringify(d.text)}`);
}

// 2. ClaimBuster, sentence level.
const cbDir = resolve(root, '../shared/datasets/claimbuster');
function unquote(field) {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}
function readTsv(path) {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const header = lines.shift().split('\t').map(unquote);
  const [iId, iLabel, iText] = ['sentence_id', 'label', 'text'].map((h) => header.indexOf(h));
  return lines.map((line) => {
    // The text is the last column and may itself hold tabs.
    const cells = line.split('\t');
    const rest = cells.slice(iText).join('\t');
    return { sentence_id: unquote(cells[iId]), label: Number(unquote(cells[iLabel])), text: unquote(rest) };
  });
}
function scoreSentences(name, rows) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  const byKind = new Map();
  const misses = [];
  const falseAlarms = [];
  for (const r of rows) {
    const spans = detectClaims(r.text);
    const predicted = spans.length > 0;
    const gold = r.label === 1;
    if (predicted && gold) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
    else tn++;
    for (const kind of new Set(spans.map((s) => s.kind))) {
      const k = byKind.get(kind) ?? { pos: 0, neg: 0 };
      if (gold) k.pos++;
      else k.neg++;
      byKind.set(kind, k);
    }
    if (gold && !predicted) misses.push(r.text);
    if (!gold && predicted) falseAlarms.push(`${r.text}  [${spans.map((s) => `${s.kind}: ${s.text}`).join('; ')}]`);
  }
  const p = tp / (tp + fp);
  const rec = tp / (tp + fn);
  console.log(`\nSentence level, ClaimBuster ${name} (${rows.length} sentences, ${tp + fn} check-worthy)`);
  console.log(`  P ${pct(p)}  R ${pct(rec)}  F1 ${pct(f1(p, rec))}  accuracy ${pct((tp + tn) / rows.length)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
  console.log('  sentences each kind fires on (check-worthy / not):');
  for (const kind of DETECT_KINDS) {
    const k = byKind.get(kind);
    if (k) console.log(`    ${kind.padEnd(12)} ${String(k.pos).padStart(4)} / ${k.neg}`);
  }
  if (showMisses) {
    console.log(`  missed (first ${showMisses}):`);
    for (const t of misses.slice(0, showMisses)) console.log('    - ' + t);
    console.log(`  false alarms (first ${showMisses}):`);
    for (const t of falseAlarms.slice(0, showMisses)) console.log('    - ' + t);
  }
}
if (!existsSync(cbDir)) {
  console.log(`\nClaimBuster data not found at ${cbDir}; skipping the sentence-level evaluation.`);
} else {
  const jsonPath = join(cbDir, 'test.json');
  const tsvPath = join(cbDir, '2020_debate.tsv');
  if (existsSync(jsonPath)) scoreSentences('test.json', JSON.parse(readFileSync(jsonPath, 'utf8')));
  else console.log(`\n${jsonPath} not found; skipping.`);
  if (existsSync(tsvPath)) scoreSentences('2020_debate.tsv', readTsv(tsvPath));
  else console.log(`\n${tsvPath} not found; skipping.`);
}

// 3. Timing.
function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
// A long article made of the sample's paragraphs with their figures varied,
// so the regexes see fresh numbers rather than one repeated string.
function generateArticle(words) {
  const paragraphs = sample.split(/\n\n+/);
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length].replace(/\d+/g, (d) => String((Number(d) + i) % 3000));
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}
for (let i = 0; i < 20; i++) detectClaims(sample); // warm the JIT
const long = generateArticle(20000);
console.log('\nTiming (median)');
console.log(`  sample, ${sample.split(/\s+/).length} words: ${median(() => detectClaims(sample), 201).toFixed(3)} ms`);
console.log(`  generated article, ${long.split(/\s+/).length} words, ${detectClaims(long).length} spans: ${median(() => detectClaims(long), 21).toFixed(2)} ms`);
