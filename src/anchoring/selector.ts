/**
 * The text-only description of an anchored passage, after the W3C
 * TextQuoteSelector and TextPositionSelector, merged into one record.
 * Every offset counts Unicode code points of the article's plain text.
 */

/** How many code points of context `describeQuote` keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** What `anchorQuote` needs to find a passage again; all but `quote` optional. */
export interface QuoteSelector {
  /** The passage's exact text. */
  quote: string;
  /** Text just before the passage, when it was described. */
  prefix?: string;
  /** Text just after the passage, when it was described. */
  suffix?: string;
  /** Code-point offset of the passage's start, when it was described. */
  start?: number;
  /** Code-point offset just after the passage, when it was described. */
  end?: number;
}

/** A passage as `describeQuote` records it: a selector with every field. */
export interface QuoteDescription extends QuoteSelector {
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Where a passage was found again. */
export interface Anchor {
  /** Code-point offset of the found text's start. */
  start: number;
  /** Code-point offset just after the found text. */
  end: number;
  /** Whether the found text equals the quote. */
  exact: boolean;
  /** 1 for an exact match, else the similarity that let it through. */
  score: number;
}
