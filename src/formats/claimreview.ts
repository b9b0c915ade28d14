/**
 * schema.org ClaimReview (https://schema.org/ClaimReview), the markup search
 * engines and fact-check aggregators read. One ClaimReview per claim with a
 * verdict; nothing to import.
 */
import type { Article } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import { DEFAULT_STATUSES, type StatusId, type StatusSet } from '../claims/status.js';
import { CodePointIndex } from '../text/codepoints.js';
import { sentenceAround, sentenceAroundIndex } from '../text/sentence.js';
import { inDocumentOrder } from './shared.js';

/** The built-in statuses that are verdicts (have a rating), the only ones a ClaimReview can state. */
export const CLAIMREVIEW_STATUSES: readonly StatusId[] = DEFAULT_STATUSES.filter((s) => s.rating).map((s) => s.id);

/**
 * Where a built-in verdict sits on the 1 (worst) to 5 (best) scale.
 * `unverifiable` is no point on a true–false scale, so it has no number,
 * only its name. A status set's own ratings are in each `StatusInfo`.
 */
export const RATING_VALUES: Readonly<Partial<Record<StatusId, number>>> = Object.fromEntries(
  DEFAULT_STATUSES.filter((s) => s.rating?.ratingValue !== undefined).map((s) => [s.id, s.rating!.ratingValue!]),
);

/**
 * Words in a claimant's name that make it an organisation rather than a
 * person, for `itemReviewed.author`'s type: "Defense Security Cooperation
 * Agency" is an Organization, "Ejup Maqedonci" a Person.
 */
const ORGANISATION_WORDS =
  /\b(agency|department|ministry|ministries|office|council|commission|committee|government|police|army|navy|force|forces|bank|company|corporation|corp|inc|ltd|llc|group|university|institute|association|party|union|bureau|authority|service|administration|organi[sz]ation|court|parliament|congress|senate|embassy|state|states|foundation|agencies|board|nato|un|eu|kfor)\b/i;

/** The schema.org type of a claimant: Organization when the name holds a word such as Agency or Ministry, else Person. */
export function claimantType(name: string): 'Person' | 'Organization' {
  return ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person';
}

/** Why a claim with a verdict was left out of the ClaimReview export. */
export type ClaimReviewOmission = 'orphaned' | 'recheck' | 'no-claimant';

/** A claim with a verdict that was not published, and why. */
export interface OmittedClaim {
  id: string;
  quote: string;
  reason: ClaimReviewOmission;
}

/** What `claimReviewExport` gives: the reviews, and the verdicts it left out with their reasons. */
export interface ClaimReviewExport {
  reviews: ClaimReview[];
  omitted: OmittedClaim[];
}

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
  /** The newsroom's statuses: which are verdicts and how they are rated (default: the built-ins). */
  statuses?: StatusSet;
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
    /** Who made the claim: the claim's claimant. */
    author?: { '@type': 'Person' | 'Organization'; name: string };
    appearance?: { '@type': 'CreativeWork'; url: string; headline: string };
  };
}

/**
 * One ClaimReview per claim with a verdict (a status with a rating in
 * `opts.statuses`: by default Verified, Incorrect, Misleading and
 * Unverifiable; never Corrected in copy), in document order, and the
 * verdicts it left out, with why. Left out are claims whose words are no
 * longer in the article (`orphaned`: a review would describe text readers
 * cannot find), claims marked Re-check (`recheck`: the verdict is of words
 * that changed) and claims without a claimant (`no-claimant`: ClaimReview
 * reviews what someone claimed). `claimReviewed` is the claim's own wording
 * when set, else the sentence around the quote; `itemReviewed.author` is
 * the claimant (see `claimantType`). The URL (`#claim-<id>` on the
 * article's address) and the claim's appearance are given when the
 * article's address is known. The note is never published.
 */
export function claimReviewExport(article: Article, claims: readonly StoredClaim[], opts: ClaimReviewOptions): ClaimReviewExport {
  const url = opts.articleUrl?.trim() || article.url?.trim() || undefined;
  const index = new CodePointIndex(article.text);
  const set = opts.statuses ?? article.statuses ?? DEFAULT_STATUSES;
  const reviews: ClaimReview[] = [];
  const omitted: OmittedClaim[] = [];

  for (const claim of inDocumentOrder(claims)) {
    const rated = set.find((s) => s.id === claim.status)?.rating;
    if (!rated) continue;
    const reason: ClaimReviewOmission | null = claim.orphaned ? 'orphaned' : claim.changed ? 'recheck' : !claim.claimant?.trim() ? 'no-claimant' : null;
    if (reason) {
      omitted.push({ id: claim.id, quote: claim.quote, reason });
      continue;
    }
    const rating: ClaimReviewRating = { '@type': 'Rating', alternateName: rated.alternateName };
    if (rated.ratingValue !== undefined) Object.assign(rating, { ratingValue: rated.ratingValue, bestRating: 5, worstRating: 1 });

    const author: ClaimReview['author'] = { '@type': 'Organization', name: opts.organisation };
    if (opts.organisationUrl) author.url = opts.organisationUrl;
    const claimant = claim.claimant!.trim();
    const review: ClaimReview = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim.claimReviewed?.trim() || sentenceAroundIndex(index, claim.start, claim.end, CLAIM_REVIEWED_LENGTH),
      datePublished: opts.datePublished ?? verdictDate(claim),
      author,
      reviewRating: rating,
      itemReviewed: { '@type': 'Claim', author: { '@type': claimantType(claimant), name: claimant } },
    };
    if (url) {
      review.url = `${url.replace(/#.*$/, '')}#claim-${encodeURIComponent(claim.id)}`;
      review.itemReviewed.appearance = { '@type': 'CreativeWork', url, headline: article.title };
    }
    reviews.push(review);
  }
  return { reviews, omitted };
}

/** The ClaimReviews of `claimReviewExport`, without the list of what was left out. */
export function exportClaimReview(article: Article, claims: readonly StoredClaim[], opts: ClaimReviewOptions): ClaimReview[] {
  return claimReviewExport(article, claims, opts).reviews;
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
