/**
 * Myers' bit-parallel edit distance (J. ACM 1999) in Hyyrö's block form,
 * over code points: 32 pattern rows per machine word, so a column of the
 * dynamic-programming table costs one word operation per block instead of
 * one per pattern character.
 *
 * Every offset into the text is a UTF-16 offset, but a surrogate pair is
 * read as one character: an emoji replaced or inserted is one edit, as
 * everywhere else offsets and lengths count code points, and no offset
 * reported falls inside a pair.
 */
import { codePointBefore } from './surrogates.js';

const WORD = 32;

/** Where each code point of a pattern occurs, as one bit mask per block. */
export class BitPattern {
  /** The pattern's length in code points. */
  readonly length: number;
  /** Number of 32-row blocks. */
  readonly blocks: number;
  /** For each block, the bit of its last pattern row. */
  readonly lastRow: Int32Array;
  /** The masks of a code point that the pattern does not contain. */
  private readonly none: Int32Array;
  // Most text is ASCII; an array lookup beats a Map lookup per character.
  private readonly ascii: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(128);
  private readonly other = new Map<number, Int32Array>();
  /** The first block's mask of each ASCII character, flat: a scan far from any match reads only these. */
  readonly firstBlockAscii = new Int32Array(128);

  /**
   * Build the masks of `pattern`, read backwards if `reversed` (for scans
   * that walk the text from right to left).
   */
  constructor(pattern: string, reversed = false) {
    let m = 0;
    for (let u = 0; u < pattern.length; m++) u += pattern.codePointAt(u)! > 0xffff ? 2 : 1;
    if (m === 0) throw new RangeError('An edit-distance pattern must not be empty.');
    this.length = m;
    this.blocks = Math.ceil(m / WORD);
    this.none = new Int32Array(this.blocks);
    this.lastRow = new Int32Array(this.blocks);
    for (let b = 0; b < this.blocks; b++) {
      this.lastRow[b] = 1 << (b === this.blocks - 1 ? (m - 1) % WORD : WORD - 1);
    }
    for (let u = 0, i = reversed ? m - 1 : 0; u < pattern.length; i += reversed ? -1 : 1) {
      const c = pattern.codePointAt(u)!;
      u += c > 0xffff ? 2 : 1;
      let masks = c < 128 ? this.ascii[c] : this.other.get(c);
      if (!masks) {
        masks = new Int32Array(this.blocks);
        if (c < 128) this.ascii[c] = masks;
        else this.other.set(c, masks);
      }
      masks[(i / WORD) | 0]! |= 1 << (i % WORD);
    }
    for (let c = 0; c < 128; c++) this.firstBlockAscii[c] = this.ascii[c]?.[0] ?? 0;
  }

  /** The per-block masks of the pattern rows equal to code point `c`. */
  masks(c: number): Int32Array {
    return (c < 128 ? this.ascii[c] : this.other.get(c)) ?? this.none;
  }
}

/** An end offset where a pattern matches approximately, and its edit count. */
export interface EndMatch {
  /** UTF-16 offset just after the match. */
  end: number;
  /** Edit distance between the pattern and the best substring ending here. */
  errors: number;
}

/**
 * Advance block `b` by one text column. `eq` is the block's match mask for
 * the column's character, `hIn` the horizontal delta (-1, 0 or +1) entering
 * the block's top row; returns the delta leaving its last row.
 */
function advance(P: Int32Array, M: Int32Array, lastRow: Int32Array, b: number, eq: number, hIn: number): number {
  const pV = P[b]!;
  const mV = M[b]!;
  const hInNeg = hIn >>> 31;
  // A negative delta from the block above acts as the carry of Myers'
  // addition across the word boundary.
  const e = eq | hInNeg;
  const xV = e | mV;
  // The sum may exceed 32 bits; the XOR's ToInt32 keeps the low word, which
  // is all the algorithm needs.
  const xH = (((e & pV) + pV) ^ pV) | e;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const last = lastRow[b]!;
  const hOut = ((pH & last) !== 0 ? 1 : 0) - ((mH & last) !== 0 ? 1 : 0);
  pH = (pH << 1) | (hIn > 0 ? 1 : 0);
  mH = (mH << 1) | hInNeg;
  P[b] = mH | ~(xV | pH);
  M[b] = pH & xV;
  return hOut;
}

/**
 * Every end offset in `text[from, to)` where some substring is within
 * `maxErrors` edits of the pattern (approximate substring search), in
 * ascending order. A surrogate pair that starts before `to` is read whole,
 * so its end may be `to + 1`. Uses Ukkonen's cut-off, so only the blocks
 * that can still hold a cell within `maxErrors` are computed; the cost is
 * about (to - from) × ceil(maxErrors / 32) word steps when matches are rare.
 */
export function searchEnds(pattern: BitPattern, text: string, from: number, to: number, maxErrors: number): EndMatch[] {
  const found: EndMatch[] = [];
  const m = pattern.length;
  const bMax = pattern.blocks - 1;
  const { lastRow } = pattern;
  const P = new Int32Array(pattern.blocks).fill(-1);
  const M = new Int32Array(pattern.blocks);
  // Column 0 of the table holds D[i] = i, so each block starts at its row count.
  const score = new Int32Array(pattern.blocks);
  for (let b = 0; b < bMax; b++) score[b] = (b + 1) * WORD;
  score[bMax] = m;
  let y = Math.min(bMax, Math.max(0, Math.ceil(maxErrors / WORD) - 1));
  const ascii0 = pattern.firstBlockAscii;
  const last0 = lastRow[0]!;
  let j = from;
  while (j < to) {
    if (y === 0) {
      // A quote of one block (most are), or far from any match: only the
      // first block is computed, stepped in plain integers (`advance` with
      // nothing entering its top row) until the cut-off lets the second in.
      let pV = P[0]!;
      let mV = M[0]!;
      let s = score[0]!;
      for (; j < to; j++) {
        let c = text.charCodeAt(j);
        let e: number;
        if (c < 128) e = ascii0[c]!;
        else {
          c = text.codePointAt(j)!;
          if (c > 0xffff) j++;
          e = pattern.masks(c)[0]!;
        }
        const xV = e | mV;
        const xH = (((e & pV) + pV) ^ pV) | e;
        let pH = mV | ~(xH | pV);
        let mH = pV & xH;
        const carry = ((pH & last0) !== 0 ? 1 : 0) - ((mH & last0) !== 0 ? 1 : 0);
        s += carry;
        pH <<= 1;
        mH <<= 1;
        pV = mH | ~(xV | pH);
        mV = pH & xV;
        if (bMax === 0) {
          if (s <= maxErrors) found.push({ end: j + 1, errors: s });
        } else if (s - carry <= maxErrors && ((pattern.masks(c)[1]! & 1) !== 0 || carry < 0)) {
          // As below: enter the second block in this column.
          y = 1;
          P[1] = -1;
          M[1] = 0;
          const rows = bMax === 1 ? ((m - 1) % WORD) + 1 : WORD;
          score[1] = s + rows - carry + advance(P, M, lastRow, 1, pattern.masks(c)[1]!, carry);
          if (bMax === 1 && score[1] <= maxErrors) found.push({ end: j + 1, errors: score[1] });
          j++;
          break;
        }
      }
      P[0] = pV;
      M[0] = mV;
      score[0] = s;
      continue;
    }
    let c = text.charCodeAt(j);
    if ((c & 0xfc00) === 0xd800) {
      c = text.codePointAt(j)!;
      if (c > 0xffff) j++;
    }
    const eq = pattern.masks(c);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(P, M, lastRow, b, eq[b]!, carry);
      score[b] = score[b]! + carry;
    }
    if (score[y]! - carry <= maxErrors && y < bMax && ((eq[y + 1]! & 1) !== 0 || carry < 0)) {
      // The next block may now hold a cell within bounds; enter it as if
      // every vertical delta of its previous column were +1.
      y++;
      P[y] = -1;
      M[y] = 0;
      const rows = y === bMax ? ((m - 1) % WORD) + 1 : WORD;
      score[y] = score[y - 1]! + rows - carry + advance(P, M, lastRow, y, eq[y]!, carry);
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y--;
    }
    if (y === bMax && score[y]! <= maxErrors) found.push({ end: j + 1, errors: score[y]! });
    j++;
  }
  return found;
}

/**
 * Edit distances between the whole pattern and the text read from `at`,
 * for every read length in code points: entry j is the distance to the j
 * characters from `at` when `direction` is 1, or to the j characters
 * before `at` when it is -1 (give a pattern built with `reversed` for
 * that). Reads at most `count` code points, fewer at the text's edges.
 */
export function anchoredDistances(pattern: BitPattern, text: string, at: number, count: number, direction: 1 | -1): Int32Array {
  // The units left to read bound the code points left to read.
  const n = Math.max(0, Math.min(count, direction === 1 ? text.length - at : at));
  const out = new Int32Array(n + 1);
  const bMax = pattern.blocks - 1;
  const { lastRow } = pattern;
  const P = new Int32Array(pattern.blocks).fill(-1);
  const M = new Int32Array(pattern.blocks);
  let score = pattern.length;
  out[0] = score;
  let u = at;
  let j = 0;
  for (; j < n && (direction === 1 ? u < text.length : u > 0); j++) {
    const c = direction === 1 ? text.codePointAt(u)! : codePointBefore(text, u);
    u += c > 0xffff ? 2 * direction : direction;
    const eq = pattern.masks(c);
    // The top row is D[0][j] = j (the match is anchored at `at`), so +1
    // enters block 0 at every column.
    let carry = 1;
    for (let b = 0; b <= bMax; b++) carry = advance(P, M, lastRow, b, eq[b]!, carry);
    score += carry;
    out[j + 1] = score;
  }
  return j === n ? out : out.subarray(0, j + 1);
}

/**
 * The least of `anchoredDistances(…)[1..]`: how close the pattern comes to
 * the text read from `at` when the far end is free; the pattern's length
 * when there is no text to read. Context scoring asks this for every
 * occurrence of a short quote ("a" occurs hundreds of times), so a pattern
 * of one block (32 code points: a claim's context) is stepped in plain
 * integers, with no arrays made.
 */
export function anchoredBest(pattern: BitPattern, text: string, at: number, count: number, direction: 1 | -1): number {
  if (pattern.blocks > 1) {
    const distances = anchoredDistances(pattern, text, at, count, direction);
    let best = pattern.length;
    for (let j = 1; j < distances.length; j++) best = Math.min(best, distances[j]!);
    return best;
  }
  const n = Math.max(0, Math.min(count, direction === 1 ? text.length - at : at));
  const last = pattern.lastRow[0]!;
  let pV = -1;
  let mV = 0;
  let score = pattern.length;
  let best = pattern.length;
  let u = at;
  for (let j = 0; j < n && (direction === 1 ? u < text.length : u > 0); j++) {
    const c = direction === 1 ? text.codePointAt(u)! : codePointBefore(text, u);
    u += c > 0xffff ? 2 * direction : direction;
    // One block with +1 entering its top row at every column: `advance` with hIn = 1.
    const e = pattern.masks(c)[0]!;
    const xV = e | mV;
    const xH = (((e & pV) + pV) ^ pV) | e;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    score += ((pH & last) !== 0 ? 1 : 0) - ((mH & last) !== 0 ? 1 : 0);
    if (score < best) best = score;
    // Reading k characters costs at least k - m edits: past m + best, nothing can beat best.
    if (j + 2 - pattern.length >= best) break;
    pH = (pH << 1) | 1;
    mH = mH << 1;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
  }
  return best;
}
