import { expect } from '@open-wc/testing';
import { anchorQuote, APPROXIMATE_THRESHOLD, describeQuote, type QuoteDescription } from '../../src/anchoring/index.js';
import { cpSlice } from '../../src/text/index.js';
import { generateArticle, insertion } from './helpers/article.js';
import { EditableText, type TrackedRange } from './helpers/edits.js';
import { mulberry32, type Random } from '../helpers/prng.js';

interface Claim {
  range: TrackedRange;
  selector: QuoteDescription;
}

function pickClaims(rng: Random, doc: EditableText, count: number, minLength: number, maxLength: number): Claim[] {
  const text = doc.toString();
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const start = rng.int(0, doc.length - minLength);
    const end = Math.min(doc.length, start + rng.int(minLength, maxLength));
    claims.push({ range: doc.track(start, end), selector: describeQuote(text, start, end) });
  }
  return claims;
}

/**
 * Re-anchor every claim in the document's current text. A claim no edit
 * has reached must be exact at its shifted offsets; one that was edited may
 * be an orphan or approximate, and exact only where its quote really is.
 */
function checkClaims(seed: number, doc: EditableText, claims: Claim[], when: string): void {
  const text = doc.toString();
  claims.forEach((claim, i) => {
    const result = anchorQuote(text, claim.selector);
    const about = `seed ${seed}, claim ${i} ${JSON.stringify(claim.selector.quote)}, ${when}`;
    if (!claim.range.touched) {
      expect(result, about).to.deep.equal({ start: claim.range.start, end: claim.range.end, exact: true, score: 1 });
    } else if (result?.exact) {
      expect(cpSlice(text, result.start, result.end), about).to.equal(claim.selector.quote);
      expect(result.score, about).to.equal(1);
    } else if (result) {
      expect(result.score, about).to.be.above(APPROXIMATE_THRESHOLD).and.below(1);
      expect(result.start, about).to.be.below(result.end);
      expect(result.end, about).to.be.at.most(doc.length);
      expect(cpSlice(text, result.start, result.end), about).to.not.equal(claim.selector.quote);
    }
  });
}

const SEEDS = [1, 2, 3, 5, 8, 13];

describe('anchoring/generated edits', () => {
  let sample = '';
  let article = '';

  before(async () => {
    const response = await fetch('/samples/kosovo-javelin.txt');
    expect(response.ok, 'the sample article is served').to.equal(true);
    sample = await response.text();
    article = generateArticle(mulberry32(4242), 20_000);
  });

  it('generates a long article of about 20,000 words in paragraphs', () => {
    expect(article.split(/\s+/).length).to.be.within(20_000, 21_000);
    expect(article).to.include('\n\n');
    expect(article.length).to.be.above(100_000);
  });

  for (const seed of SEEDS) {
    it(`keeps every claim of the sample exact through edits outside them (seed ${seed})`, () => {
      const rng = mulberry32(seed);
      const doc = new EditableText(sample);
      const claims = pickClaims(rng, doc, 50, 12, 60);
      for (let i = 0; i < 40; i++) doc.editOutside(rng, insertion);
      checkClaims(seed, doc, claims, 'after 40 edits outside claims');
    });

    it(`keeps every claim of a 20k-word article exact through edits outside them (seed ${seed})`, () => {
      const rng = mulberry32(seed);
      const doc = new EditableText(article);
      const claims = pickClaims(rng, doc, 50, 20, 200);
      for (let round = 1; round <= 3; round++) {
        for (let i = 0; i < 30; i++) doc.editOutside(rng, insertion);
        checkClaims(seed, doc, claims, `after ${round * 30} edits outside claims`);
      }
    });

    it(`never calls an edited claim of the sample exact unless its quote is there (seed ${seed})`, () => {
      const rng = mulberry32(seed);
      const doc = new EditableText(sample);
      const claims = pickClaims(rng, doc, 50, 12, 60);
      for (let round = 1; round <= 15; round++) {
        doc.editInside(rng, rng.pick(claims).range, insertion);
        doc.editOutside(rng, insertion);
        checkClaims(seed, doc, claims, `after ${round} rounds of edits inside claims`);
      }
    });

    it(`never calls an edited claim of a 20k-word article exact unless its quote is there (seed ${seed})`, () => {
      const rng = mulberry32(seed);
      const doc = new EditableText(article);
      const claims = pickClaims(rng, doc, 50, 20, 200);
      for (let round = 1; round <= 6; round++) {
        for (let i = 0; i < 3; i++) doc.editInside(rng, rng.pick(claims).range, insertion);
        doc.editOutside(rng, insertion);
        checkClaims(seed, doc, claims, `after ${round} rounds of edits inside claims`);
      }
    });
  }

  it('re-anchors 2,000 claims of a 20k-word article after edits (timing logged, not asserted)', () => {
    const seed = 2000;
    const rng = mulberry32(seed);
    const doc = new EditableText(article);
    const claims = pickClaims(rng, doc, 2000, 20, 200);
    // Edits spread over the article shift almost every claim, so the old
    // position rarely holds and most claims take the exact-search path.
    for (let i = 0; i < 40; i++) doc.editOutside(rng, insertion);
    for (let i = 0; i < 20; i++) doc.editInside(rng, rng.pick(claims).range, insertion);
    const text = doc.toString();
    anchorQuote(text, claims[0]!.selector);
    const t0 = performance.now();
    const results = claims.map((c) => anchorQuote(text, c.selector));
    const elapsed = performance.now() - t0;
    const touched = claims.filter((c) => c.range.touched).length;
    const approximate = results.filter((r) => r && !r.exact).length;
    const orphans = results.filter((r) => r === null).length;
    const samePlace = claims.filter((c) => !c.range.touched && c.range.start === c.selector.start).length;
    console.log(
      `anchoring: ${claims.length} claims in ${text.length} units re-anchored in ${elapsed.toFixed(1)} ms ` +
        `(${samePlace} unmoved, ${touched} edited inside: ${approximate} approximate, ${orphans} orphans)`,
    );
    checkClaims(seed, doc, claims, 'in the timing run');
  });
});
