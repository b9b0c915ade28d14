import type { Random } from '../../helpers/prng.js';

/** A claim's code-point range, tracked through edits. */
export interface TrackedRange {
  start: number;
  end: number;
  /** Set once an edit changed text inside the range. */
  touched: boolean;
}

/**
 * A text held as an array of code points, edited in place, with ranges
 * shifted the way a mapping through the edit would shift them: text
 * inserted at a range's start goes before it.
 */
export class EditableText {
  private points: string[];
  readonly ranges: TrackedRange[] = [];

  constructor(text: string) {
    this.points = [...text];
  }

  get length(): number {
    return this.points.length;
  }

  toString(): string {
    return this.points.join('');
  }

  /** The code points in [start, end) as a string. */
  slice(start: number, end: number): string {
    return this.points.slice(start, end).join('');
  }

  track(start: number, end: number): TrackedRange {
    const range = { start, end, touched: false };
    this.ranges.push(range);
    return range;
  }

  /** Replace code points [from, to) with `text`. */
  replace(from: number, to: number, text: string): void {
    const inserted = [...text];
    this.points.splice(from, to - from, ...inserted);
    const delta = inserted.length - (to - from);
    for (const r of this.ranges) {
      if (from === to ? r.start < from && from < r.end : from < r.end && to > r.start) {
        r.touched = true;
      } else if (r.start >= to) {
        r.start += delta;
        r.end += delta;
      }
    }
  }

  /** For each code point, whether some untouched range contains it. */
  private claimed(): Uint8Array {
    const claimed = new Uint8Array(this.points.length);
    for (const r of this.ranges) if (!r.touched) claimed.fill(1, r.start, r.end);
    return claimed;
  }

  /**
   * Insert or delete a little text at a random place outside every
   * untouched range (an insertion may sit at a range's edge).
   */
  editOutside(rng: Random, insertion: (rng: Random) => string): void {
    const claimed = this.claimed();
    if (rng.next() < 0.5) {
      for (let attempt = 0; attempt < 1000; attempt++) {
        const p = rng.int(0, this.points.length);
        if (this.ranges.every((r) => r.touched || p <= r.start || p >= r.end)) {
          this.replace(p, p, insertion(rng));
          return;
        }
      }
    } else {
      for (let attempt = 0; attempt < 1000; attempt++) {
        const from = rng.int(0, this.points.length - 1);
        if (claimed[from]) continue;
        let to = from + 1;
        const want = rng.int(1, 25);
        while (to < this.points.length && to - from < want && !claimed[to]) to++;
        this.replace(from, to, '');
        return;
      }
    }
  }

  /** Change the text inside `range`: a substitution, insertion or deletion that really alters it. */
  editInside(rng: Random, range: TrackedRange, insertion: (rng: Random) => string): void {
    const before = this.slice(range.start, range.end);
    for (let attempt = 0; attempt < 100; attempt++) {
      const from = rng.int(range.start, range.end - 1);
      const kind = rng.int(0, 2);
      const to = kind === 1 ? from : Math.min(range.end, from + rng.int(1, 8));
      if (kind === 1 && from === range.start) continue;
      const text = kind === 2 ? '' : insertion(rng);
      const after = this.slice(range.start, from) + text + this.slice(to, range.end);
      if (after === before) continue;
      this.replace(from, to, text);
      return;
    }
  }
}
