/**
 * Offsets that leave the editor count Unicode code points, as the W3C
 * TextPositionSelector does; JavaScript strings count UTF-16 code units.
 * These helpers convert between the two. A string without astral
 * characters (no surrogate pairs) converts as the identity, quickly.
 */

/** Number of code points in `s`. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * A lookup table for one string that turns code-point offsets into UTF-16
 * offsets and back in O(log n), for code that converts many offsets.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of each astral character, ascending. */
  private readonly astral: number[] = [];
  readonly cpLength: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.cpLength = text.length - this.astral.length;
  }

  /** The UTF-16 offset of code point `cp` (clamped to the string). */
  toUnit(cp: number): number {
    if (cp <= 0) return 0;
    if (cp >= this.cpLength) return this.text.length;
    // Each astral character before the target adds one unit.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // The astral at index mid starts at code point astral[mid] - mid.
      if (this.astral[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /**
   * The code-point offset of UTF-16 offset `unit`. An offset that falls
   * between the two halves of a surrogate pair counts the whole character
   * as before it.
   */
  toCodePoint(unit: number): number {
    if (unit <= 0) return 0;
    if (unit >= this.text.length) return this.cpLength;
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! < unit - 1) lo = mid + 1;
      else hi = mid;
    }
    // `lo` astral characters end at or before `unit`; one that `unit` splits
    // is not among them, so its code point counts as before `unit`.
    return unit - lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

/** `[...s].slice(start, end).join('')`, without building the array. */
export function cpSlice(s: string, start: number, end?: number): string {
  const index = new CodePointIndex(s);
  return index.slice(start, end ?? index.cpLength);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The UTF-16 offset of the first unpaired surrogate in `s`, or -1. Such a
 * string is not Unicode text: it cannot be written as UTF-8 without being
 * changed, which would shift every offset after it.
 */
export function loneSurrogateAt(s: string): number {
  const m = LONE_SURROGATE.exec(s);
  return m ? m.index : -1;
}

/**
 * `s` with each unpaired surrogate replaced by `replacement` (U+FFFD, as
 * UTF-8 encoding would do later anyway), for text read from other tools.
 */
export function wellFormed(s: string, replacement = '\uFFFD'): string {
  return s.replace(new RegExp(LONE_SURROGATE.source, 'g'), replacement);
}
