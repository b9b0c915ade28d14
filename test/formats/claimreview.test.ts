import { expect } from '@open-wc/testing';
import { claimReviewExport, claimantType, exportClaimReview, sentenceAround } from '../../src/formats/index.js';
import { customStatusSet } from '../../src/claims/index.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { cpLength } from '../../src/text/codepoints.js';
import { ARTICLE_TEXT, claimAt, makeArticle, makeClaims } from './fixtures.js';

const OPTS = { organisation: 'Desk News Fact Check' };

/** The realistic claims, each with a claimant and none marked Re-check: all publishable. */
function publishable(): StoredClaim[] {
  return makeClaims().map((c) => ({ ...c, claimant: 'Xhelal Sveçla', changed: false }));
}

function reviewsByQuote() {
  const claims = publishable();
  const reviews = exportClaimReview(makeArticle(), claims, OPTS);
  return { claims, reviews };
}

describe('ClaimReview export', () => {
  it('writes one review per claim with a verdict, in document order, without orphans', () => {
    const { claims, reviews } = reviewsByQuote();
    const ids = reviews.map((r) => r.url!.split('#claim-')[1]);
    const quoteOf = (id: string) => claims.find((c) => c.id === id)!.quote;
    expect(ids.map((id) => quoteOf(id!))).to.deep.equal(['$75 million', 'fallen by 40%', '1.6 million people live in Kosovo', '1,200 officers']);
  });

  it('writes the properties ClaimReview requires', () => {
    for (const review of reviewsByQuote().reviews) {
      expect(review['@context']).to.equal('https://schema.org');
      expect(review['@type']).to.equal('ClaimReview');
      expect(review.claimReviewed).to.be.a('string').and.not.equal('');
      expect(review.reviewRating['@type']).to.equal('Rating');
      expect(review.reviewRating.alternateName).to.be.a('string').and.not.equal('');
      expect(review.author).to.deep.equal({ '@type': 'Organization', name: 'Desk News Fact Check' });
      expect(review.datePublished).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(review.url).to.match(/^https:\/\/news\.example\.org\/2026\/01\/kosovo-border#claim-[0-9a-f-]{36}$/);
      expect(review.itemReviewed).to.deep.equal({
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Xhelal Sveçla' },
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.org/2026/01/kosovo-border', headline: makeArticle().title },
      });
    }
  });

  it('maps verdicts to ratings: verified 5, misleading 2, incorrect 1, unverifiable by name only', () => {
    const ratings = reviewsByQuote().reviews.map((r) => r.reviewRating);
    expect(ratings).to.deep.equal([
      { '@type': 'Rating', alternateName: 'Verified', ratingValue: 5, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Incorrect', ratingValue: 1, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Unverifiable' },
    ]);
  });

  it("uses the claim's own wording when set, else the sentence around the quote", () => {
    const [budget, crossings, census, officers] = reviewsByQuote().reviews.map((r) => r.claimReviewed);
    expect(crossings).to.equal('Illegal border crossings into Kosovo have fallen by 40% since January.');
    expect(census).to.equal('According to the 2024 census, 1.6 million people live in Kosovo.');
    for (const [text, quote] of [
      [budget, '$75 million'],
      [officers, '1,200 officers'],
    ] as const) {
      expect(text).to.include(quote);
      expect(cpLength(text!)).to.be.at.most(75);
    }
    // "Mr." does not end the sentence.
    expect(officers).to.match(/^Mr\. Sveçla added that/);
  });

  it('dates each review when its verdict was given, unless told otherwise', () => {
    const dates = reviewsByQuote().reviews.map((r) => r.datePublished);
    expect(dates).to.deep.equal(['2026-01-01T10:20:00.000Z', '2026-01-01T10:30:00.000Z', '2026-01-01T10:50:00.000Z', '2026-01-01T10:40:00.000Z']);
    const given = exportClaimReview(makeArticle(), publishable(), { ...OPTS, datePublished: '2026-01-05' });
    expect(given.every((r) => r.datePublished === '2026-01-05')).to.equal(true);
  });

  it('uses articleUrl and organisationUrl when given', () => {
    const [review] = exportClaimReview(makeArticle(), publishable(), {
      ...OPTS,
      organisationUrl: 'https://desk.example/factcheck',
      articleUrl: 'https://desk.example/story#top',
    });
    expect(review!.author).to.deep.equal({ '@type': 'Organization', name: 'Desk News Fact Check', url: 'https://desk.example/factcheck' });
    expect(review!.url).to.equal('https://desk.example/story#claim-7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(review!.itemReviewed.appearance!.url).to.equal('https://desk.example/story#top');
  });

  it('leaves out url and appearance when no address is known', () => {
    const { url: _url, ...article } = makeArticle();
    const [review] = exportClaimReview(article, publishable(), OPTS);
    expect(review).not.to.have.property('url');
    expect(review!.itemReviewed).to.deep.equal({ '@type': 'Claim', author: { '@type': 'Person', name: 'Xhelal Sveçla' } });
  });

  it('writes nothing for claims without a verdict', () => {
    const text = 'The budget is $75 million.';
    const claims = [claimAt(text, '$75 million', { id: 'a', status: 'in_progress' }), claimAt(text, 'budget', { id: 'b', status: 'needs_source' })];
    expect(exportClaimReview(makeArticle({ text }), claims, OPTS)).to.deep.equal([]);
  });

  it('never publishes Corrected in copy', () => {
    const text = 'The budget is $75 million.';
    const claims = [claimAt(text, '$75 million', { id: 'a', status: 'corrected', claimant: 'The ministry' })];
    expect(claimReviewExport(makeArticle({ text }), claims, OPTS)).to.deep.equal({ reviews: [], omitted: [] });
  });

  it('leaves out orphans, claims marked Re-check and claims without a claimant, and says so', () => {
    const claims = makeClaims().map((c) => (c.quote === '$75 million' ? { ...c, claimant: 'Government of Kosovo' } : c));
    const { reviews, omitted } = claimReviewExport(makeArticle(), claims, OPTS);
    expect(reviews.map((r) => r.itemReviewed.author)).to.deep.equal([{ '@type': 'Organization', name: 'Government of Kosovo' }]);
    expect(omitted.map((o) => [o.quote, o.reason])).to.deep.equal([
      ['fallen by 40%', 'no-claimant'],
      ['1.6 million people live in Kosovo', 'recheck'],
      ['1,200 officers', 'no-claimant'],
    ]);
    const orphan = { ...claims[1]!, orphaned: true };
    expect(claimReviewExport(makeArticle(), [orphan], OPTS).omitted).to.deep.equal([{ id: orphan.id, quote: '$75 million', reason: 'orphaned' }]);
  });

  it('publishes a custom status with its own rating, and a renamed one under its new name', () => {
    const statuses = customStatusSet({ verified: { rating: { alternateName: 'True', ratingValue: 5 } } }, [
      { id: 'half_true', label: 'Half true', icon: '½', colour: '#777700', line: 'dashed', resolved: true, rating: { alternateName: 'Half true', ratingValue: 3 }, description: '' },
    ]);
    const claims = publishable().map((c) => (c.status === 'misleading' ? { ...c, status: 'half_true' } : c));
    const ratings = claimReviewExport(makeArticle(), claims, { ...OPTS, statuses }).reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue]);
    expect(ratings).to.deep.equal([
      ['True', 5],
      ['Half true', 3],
      ['Incorrect', 1],
      ['Unverifiable', undefined],
    ]);
  });

  it('calls a claimant an Organization when its name says so, else a Person', () => {
    expect(claimantType('Defense Security Cooperation Agency')).to.equal('Organization');
    expect(claimantType('the Serbian Defense Ministry')).to.equal('Organization');
    expect(claimantType('Ejup Maqedonci')).to.equal('Person');
  });
});

describe('sentenceAround', () => {
  const at = (text: string, quote: string, max?: number) => {
    const unit = text.indexOf(quote);
    const start = cpLength(text.slice(0, unit));
    return sentenceAround(text, start, start + cpLength(quote), max);
  };

  it('returns a short sentence whole', () => {
    expect(at('First one. The budget is $75 million! Then more.', '$75 million')).to.equal('The budget is $75 million!');
  });

  it('stops at paragraph breaks', () => {
    expect(at('A heading without a stop\n\nThe budget is $75 million', '$75 million')).to.equal('The budget is $75 million');
  });

  it('cuts a long sentence around the quote at word boundaries', () => {
    const text = 'Officials in the capital, speaking on condition of anonymity, said that the total cost would reach $75 million by the end of the decade, far above earlier estimates.';
    const s = at(text, '$75 million');
    expect(s).to.include('$75 million');
    expect(cpLength(s)).to.be.at.most(75);
    expect(s.startsWith('…')).to.equal(true);
    expect(s.endsWith('…')).to.equal(true);
    // Whole words only: what is kept appears in the text with a space (or the sentence edge) around it.
    const inner = s.slice(1, -1);
    expect(text).to.include(inner);
    expect(text[text.indexOf(inner) - 1]).to.equal(' ');
    expect(text[text.indexOf(inner) + inner.length]).to.equal(' ');
  });

  it('counts code points, not UTF-16 units', () => {
    const text = `${'🚓'.repeat(40)} cars cost $75 million.`;
    const s = at(text, '$75 million', 30);
    expect(cpLength(s)).to.be.at.most(30);
    expect(s).to.include('$75 million.');
    expect(s.startsWith('…')).to.equal(true);
  });

  it('cuts a quote longer than the limit', () => {
    const quote = 'the government will spend seventy-five million euros on new border posts over three years';
    const s = at(`He said ${quote}.`, quote, 40);
    expect(cpLength(s)).to.be.at.most(40);
    expect(s).to.match(/^the government will spend .*…$/);
  });

  it('does not end a sentence at an initial or a common abbreviation', () => {
    expect(at('Earlier text. J. Smith of the U.S. Treasury said $75 million. Later text.', '$75 million')).to.equal('J. Smith of the U.S. Treasury said $75 million.');
  });

  it('handles offsets at the ends of the text', () => {
    expect(sentenceAround(ARTICLE_TEXT, 0, 6)).to.equal('Kosovo to Deploy 🚓 Police Units Along the Northern Border');
    const n = cpLength(ARTICLE_TEXT);
    expect(sentenceAround(ARTICLE_TEXT, n - 6, n).endsWith('before".')).to.equal(true);
  });
});
