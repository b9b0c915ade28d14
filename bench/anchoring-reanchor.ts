/**
 * Re-anchoring benchmark: 2,000 claims against a revised 20k-word article,
 * timed by path (unchanged text, moved exact, edited). Run with
 *   npx esbuild bench/anchoring-reanchor.ts --bundle --platform=node --log-level=warning | node
 */
import { anchorQuote, describeQuote, type QuoteDescription } from '../src/anchoring/index.js';
import { generateArticle, insertion } from '../test/anchoring/helpers/article.js';
import { EditableText, type TrackedRange } from '../test/anchoring/helpers/edits.js';
import { mulberry32 } from '../test/anchoring/helpers/prng.js';

const rng = mulberry32(2000);
const doc = new EditableText(generateArticle(mulberry32(4242), 20_000));
const original = doc.toString();
const claims: { range: TrackedRange; selector: QuoteDescription }[] = [];
for (let i = 0; i < 2000; i++) {
  const start = rng.int(0, doc.length - 20);
  const end = Math.min(doc.length, start + rng.int(20, 200));
  claims.push({ range: doc.track(start, end), selector: describeQuote(original, start, end) });
}
for (let i = 0; i < 40; i++) doc.editOutside(rng, insertion);
for (let i = 0; i < 20; i++) doc.editInside(rng, rng.pick(claims).range, insertion);
const text = doc.toString();

function time(label: string, selected: typeof claims, against = text, repeat = 5): void {
  let best = Infinity;
  let results: ReturnType<typeof anchorQuote>[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    results = selected.map((c) => anchorQuote(against, c.selector));
    best = Math.min(best, performance.now() - t0);
  }
  const approximate = results.filter((x) => x && !x.exact).length;
  const orphans = results.filter((x) => x === null).length;
  console.log(
    `${label.padEnd(28)} ${String(selected.length).padStart(5)} claims  ${best.toFixed(2).padStart(8)} ms` +
      `  (${approximate} approximate, ${orphans} orphans)`,
  );
}

console.log(`text: ${text.length} UTF-16 units`);
time('unchanged text (position)', claims, original);
time('all', claims);
time('untouched (exact search)', claims.filter((c) => !c.range.touched));
time('edited inside', claims.filter((c) => c.range.touched));
