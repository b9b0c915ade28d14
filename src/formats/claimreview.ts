/**
 * schema.org ClaimReview (https://schema.org/ClaimReview), the markup search
 * engines and fact-check aggregators read. One ClaimReview per claim with a
 * verdict; nothing to import.
 */
import type { Article } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import { statusInfo, type StatusId } from '../claims/status.js';
import { CodePointIndex } from '../text/codepoints.js';
import { sentenceAround, sentenceAroundIndex } from '../text/sentence.js';
import { inDocumentOrder } from './shared.js';

/** The statuses that are verdicts, the only ones a ClaimReview can state. */
export const CLAIMREVIEW_STATUSES: readonly StatusId[] = ['verified', 'incorrect', 'misleading', 'unverifiable'];

/**
 * Where a verdict sits on the 1 (worst) to 5 (best) scale. `unverifiable`
 * is no point on a true–false scale, so it has no number, only its name.
 */
export const RATING_VALUES: Readonly<Partial<Record<StatusId, number>>> = { verified: 5, misleading: 2, incorrect: 1 };

/** The longest `claimReviewed` derived from the article, in code points. */
export const CLAIM_REVIEWED_LENGTH = 75;

/** Options of `exportClaimReview`. */
export interface ClaimReviewOptions {
  /** The fact-checking organisation: the review's author. */
  organisation: string;
  organisationUrl?: string;
  /** Where the checked article is published, when it differs from (or is missing on) the article. */
  articleUrl?: string;
  /** The review's publication date; defaults to when each verdict was given. */
  datePublished?: string;
}

/** The verdict: always its name, and a point on the 1–5 scale where one fits. */
export interface ClaimReviewRating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/** One ClaimReview, ready for `JSON.stringify` into a `<script type="application/ld+json">`. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: ClaimReviewRating;
  itemReviewed: {
    '@type': 'Claim';
    appearance?: { '@type': 'CreativeWork'; url: string; headline: string };
  };
}

/**
 * One ClaimReview per claim with a verdict (verified, incorrect, misleading,
 * unverifiable), in document order. Orphaned claims are left out: their
 * words are no longer in the article, so a review of them would describe
 * text readers cannot find. `claimReviewed` is the claim's own wording when
 * set, else the sentence around the quote. The URL (`#claim-<id>` on the
 * article's address) and the claim's appearance are given when the article's
 * address is known. The record has no field for who made a claim, so
 * `itemReviewed.author` is not written.
 */
export function exportClaimReview(article: Article, claims: readonly StoredClaim[], opts: ClaimReviewOptions): ClaimReview[] {
  const url = opts.articleUrl?.trim() || article.url?.trim() || undefined;
  const index = new CodePointIndex(article.text);

  return inDocumentOrder(claims)
    .filter((c) => !c.orphaned && CLAIMREVIEW_STATUSES.includes(c.status))
    .map((claim) => {
      const info = statusInfo(claim.status);
      const rating: ClaimReviewRating = { '@type': 'Rating', alternateName: info.label };
      const value = RATING_VALUES[claim.status];
      if (value !== undefined) Object.assign(rating, { ratingValue: value, bestRating: 5, worstRating: 1 });

      const author: ClaimReview['author'] = { '@type': 'Organization', name: opts.organisation };
      if (opts.organisationUrl) author.url = opts.organisationUrl;
      const review: ClaimReview = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.claimReviewed?.trim() || sentenceAroundIndex(index, claim.start, claim.end, CLAIM_REVIEWED_LENGTH),
        datePublished: opts.datePublished ?? verdictDate(claim),
        author,
        reviewRating: rating,
        itemReviewed: { '@type': 'Claim' },
      };
      if (url) {
        review.url = `${url.replace(/#.*$/, '')}#claim-${encodeURIComponent(claim.id)}`;
        review.itemReviewed.appearance = { '@type': 'CreativeWork', url, headline: article.title };
      }
      return review;
    });
}

/** When the claim got its current verdict: the last history entry that set it, else its last change. */
function verdictDate(claim: StoredClaim): string {
  for (let i = claim.history.length - 1; i >= 0; i--) {
    const entry = claim.history[i]!;
    if (entry.status === claim.status && entry.event === undefined) return entry.at;
  }
  return claim.updatedAt;
}

/** The sentence around a quote, cut to fit (see `src/text/sentence.ts`); kept here, where it was first published. */
export { sentenceAround };
