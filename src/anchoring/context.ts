import { anchoredBest, BitPattern } from './myers.js';

/**
 * Scores how well the text around a candidate match agrees with a quote's
 * remembered prefix and suffix, in code points of context that survived.
 * Edit distance rather than a common-affix length, so one changed character
 * next to the quote costs one, not the whole context.
 */
export class ContextScorer {
  /** The best possible score: the prefix and suffix lengths added. */
  readonly total: number;
  private readonly prefix: BitPattern | null;
  private readonly suffix: BitPattern | null;

  constructor(prefix = '', suffix = '') {
    // The prefix is matched leftwards from the candidate's start.
    this.prefix = prefix ? new BitPattern(prefix, true) : null;
    this.suffix = suffix ? new BitPattern(suffix) : null;
    this.total = this.prefixLength + this.suffixLength;
  }

  /** Code points of context that agree around `text[start, end)`, from 0 to `total`. */
  score(text: string, start: number, end: number): number {
    return this.prefixScore(text, start) + this.suffixScore(text, end);
  }

  /** Code points of the prefix that agree with the text before `start`. */
  prefixScore(text: string, start: number): number {
    return matched(this.prefix, text, start, -1);
  }

  /** Code points of the suffix that agree with the text from `end`. */
  suffixScore(text: string, end: number): number {
    return matched(this.suffix, text, end, 1);
  }

  /** The most the prefix can add: its length. */
  get prefixLength(): number {
    return this.prefix?.length ?? 0;
  }

  /** The most the suffix can add: its length. */
  get suffixLength(): number {
    return this.suffix?.length ?? 0;
  }

  /** `score` as a fraction of `total`; 1 when there is no context to compare. */
  similarity(text: string, start: number, end: number): number {
    return this.total === 0 ? 1 : this.score(text, start, end) / this.total;
  }
}

function matched(pattern: BitPattern | null, text: string, at: number, direction: 1 | -1): number {
  if (!pattern) return 0;
  // The far end of the context is free: text may have been inserted or
  // removed there, so take the best distance over every read length.
  return pattern.length - anchoredBest(pattern, text, at, 2 * pattern.length, direction);
}
