/**
 * schema.org ClaimReview (https://schema.org/ClaimReview), the markup search
 * engines and fact-check aggregators read. One ClaimReview per claim with a
 * verdict; nothing to import.
 */
import type { Article } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import { statusInfo, type StatusId } from '../claims/status.js';
import { CodePointIndex } from '../text/codepoints.js';
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

/**
 * The sentence of `text` that contains the code points `start`…`end`,
 * at most `max` code points long. A longer sentence is cut around the quote
 * at word boundaries, each cut marked with "…"; a quote longer than `max`
 * is itself cut at the end. Sentences end at ".", "!" or "?" followed by a
 * space (not after common abbreviations or initials) and at line breaks.
 */
export function sentenceAround(text: string, start: number, end: number, max = CLAIM_REVIEWED_LENGTH): string {
  return sentenceAroundIndex(new CodePointIndex(text), start, end, max);
}

// Only this far either side of the quote is searched for a sentence end:
// a "sentence" longer than that is cut anyway.
const WINDOW = 600;
// Words whose full stop is usually not a sentence end (compared lower-case).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'gov', 'sen', 'rep', 'gen', 'lt', 'col',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function sentenceAroundIndex(index: CodePointIndex, start: number, end: number, max: number): string {
  if (max < 1) throw new RangeError(`The maximum length must be at least 1, not ${max}`);
  const s = Math.max(0, Math.min(start, index.cpLength));
  const e = Math.max(s, Math.min(end, index.cpLength));
  const before = Array.from(index.slice(Math.max(0, s - WINDOW), s));
  const quote = Array.from(index.slice(s, e));
  const after = Array.from(index.slice(e, e + WINDOW));

  // Walk back to the end of the previous sentence.
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '\n') {
      from = i + 1;
      break;
    }
    if (/\s/.test(c) && endsSentence(before, i - 1)) {
      from = i + 1;
      break;
    }
  }
  // Walk forward to the end of this one.
  let to = after.length;
  for (let i = 0; i < after.length; i++) {
    const c = after[i]!;
    if (c === '\n') {
      to = i;
      break;
    }
    if (/\s/.test(c) && endsSentence([...quote, ...after.slice(0, i)], quote.length + i - 1)) {
      to = i;
      break;
    }
  }
  const left = trimStart(before.slice(from));
  const right = trimEnd(after.slice(0, to));
  return fit(left, quote, right, max);
}

/** Whether `chars[i]` (after any closing quotes or brackets) ends a sentence. */
function endsSentence(chars: string[], i: number): boolean {
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  if (i < 0) return false;
  const c = chars[i]!;
  if (c === '!' || c === '?') return true;
  if (c !== '.') return false;
  // The word before the full stop: an abbreviation or an initial does not end the sentence.
  let j = i - 1;
  while (j >= 0 && !/\s/.test(chars[j]!)) j--;
  const word = chars.slice(j + 1, i).join('').replace(/^["'“‘([]+/, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial, as in "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function trimStart(chars: string[]): string[] {
  let i = 0;
  while (i < chars.length && /\s/.test(chars[i]!)) i++;
  return chars.slice(i);
}

function trimEnd(chars: string[]): string[] {
  let i = chars.length;
  while (i > 0 && /\s/.test(chars[i - 1]!)) i--;
  return chars.slice(0, i);
}

/** `left + quote + right` in at most `max` code points, cutting the context first and at spaces. */
function fit(left: string[], quote: string[], right: string[], max: number): string {
  if (left.length + quote.length + right.length <= max) return [...left, ...quote, ...right].join('');
  if (quote.length >= max) {
    // Even the quote is too long: keep its beginning, cut at a space if one is near.
    const kept = quote.slice(0, max - 1);
    const space = lastSpace(kept);
    return `${trimEnd(space > kept.length / 2 ? kept.slice(0, space) : kept).join('')}…`;
  }
  // Share the room left over between the two sides, each cut costing one "…".
  let room = max - quote.length;
  let l = 0;
  let r = 0;
  if (left.length > 0 && right.length > 0) {
    l = Math.min(left.length, Math.floor(room / 2));
    r = Math.min(right.length, room - l);
    l = Math.min(left.length, room - r);
  } else if (left.length > 0) l = Math.min(left.length, room);
  else r = Math.min(right.length, room);

  let keptLeft = l < left.length ? cutLeft(left.slice(left.length - l), !/\s/.test(left[left.length - l - 1]!)) : left;
  let keptRight = r < right.length ? cutRight(right.slice(0, r), !/\s/.test(right[r]!)) : right;
  room = max - quote.length;
  // The ellipses may push the result over; give back context until it fits.
  while (keptLeft.length + keptRight.length + (keptLeft.length < left.length ? 1 : 0) + (keptRight.length < right.length ? 1 : 0) > room) {
    if (keptLeft.length >= keptRight.length && keptLeft.length > 0) keptLeft = cutLeft(keptLeft.slice(1), true);
    else if (keptRight.length > 0) keptRight = cutRight(keptRight.slice(0, -1), true);
    else break;
  }
  const head = keptLeft.length < left.length ? `…${keptLeft.join('')}` : keptLeft.join('');
  const tail = keptRight.length < right.length ? `${keptRight.join('')}…` : keptRight.join('');
  return `${head}${quote.join('')}${tail}`;
}

function lastSpace(chars: string[]): number {
  for (let i = chars.length - 1; i >= 0; i--) if (/\s/.test(chars[i]!)) return i;
  return -1;
}

/** Left context cut off before `chars`: drops the word it cut through (`midWord`), if any. */
function cutLeft(chars: string[], midWord: boolean): string[] {
  if (!midWord) return trimStart(chars);
  const first = chars.findIndex((c) => /\s/.test(c));
  return trimStart(first >= 0 ? chars.slice(first) : []);
}

/** Right context cut off after `chars`: drops the word it cut through (`midWord`), if any. */
function cutRight(chars: string[], midWord: boolean): string[] {
  if (!midWord) return trimEnd(chars);
  const last = lastSpace(chars);
  return trimEnd(last >= 0 ? chars.slice(0, last) : []);
}
