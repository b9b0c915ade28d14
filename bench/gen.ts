/**
 * Seeded generators for the benchmark: a news-like article, claims on it,
 * and a revision with random edits whose effect on every claim is tracked,
 * so the place each claim's words really moved to is known.
 *
 * Everything is a pure function of the seed: every run measures the same work.
 */
import { describeQuote } from '../src/anchoring/index.js';
import type { StoredClaim } from '../src/claims/record.js';
import { STATUS_IDS, type StatusId } from '../src/claims/status.js';

/** mulberry32: a small, fast, seeded PRNG. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A version-4 UUID made from the generator (valid, deterministic). */
  uuid(): string {
    const hex = (n: number) => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }
}

const WORDS = (
  'the minister said on monday that government officials would review defense budget contract missiles army ' +
  'police border tensions talks agreement election vote parliament report spokesperson statement sources ' +
  'analysts economy inflation rose fell by nearly about more than less since last year week president prime ' +
  'opposition party leader coalition reform court ruling investigation company shares market prices energy ' +
  'gas oil exports troops aid package deal officials claimed denied confirmed ministry agency data figures ' +
  'a an of in on at for with from into after before during and but or to was were is are has had have'
).split(' ');
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const NAMES = ['Albin Kurti', 'Aleksandar Vucic', 'the spokesperson', 'a senior official', 'the ministry', 'Dana Reyes'];
const SUPERLATIVES = ['the largest', 'the highest', 'the first', 'the biggest', 'the lowest', 'the most expensive'];
// Astral characters and combining marks, so code-point offsets and UTF-16
// offsets part ways all through the article.
const ODD = ['café', 'cafe\u0301', 'naïve', 'Zürich', '👍', '🇽🇰', '👍🏽', '🎉', '€12'];

function figure(rng: Random): string {
  const r = rng.next();
  if (r < 0.25) return `$${rng.int(1, 999)} ${rng.pick(['million', 'billion'])}`;
  if (r < 0.45) return `${rng.int(1, 99)}.${rng.int(0, 9)} percent`;
  if (r < 0.6) return `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.int(1990, 2026)}`;
  if (r < 0.75) return `${rng.int(2, 900)} ${rng.pick(['soldiers', 'missiles', 'people', 'tonnes', 'kilometres'])}`;
  if (r < 0.85) return `in ${rng.int(1990, 2026)}`;
  return `${rng.int(2, 30)} years`;
}

function sentence(rng: Random): string {
  const words: string[] = [];
  const n = rng.int(6, 22);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.02) words.push(rng.pick(ODD));
    else if (r < 0.09) words.push(figure(rng));
    else if (r < 0.11) words.push(rng.pick(SUPERLATIVES));
    else words.push(rng.pick(WORDS));
  }
  let text = words.join(' ');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const end = rng.next();
  if (end < 0.12) return `“${text},” ${rng.pick(NAMES)} said.`;
  if (end < 0.2) return `${text}, according to ${rng.pick(NAMES)}.`;
  return text + rng.pick(['.', '.', '.', '?', '!']);
}

/** A word of the article: code-point offsets into the article's text. */
interface Word {
  start: number;
  end: number;
  block: number;
}

export interface GeneratedArticle {
  id: string;
  title: string;
  /** Blocks joined with "\n\n"; the first block is the title (a heading in the editor). */
  text: string;
  /** Each block's code-point start and end. */
  blocks: Array<{ start: number; end: number }>;
  words: number;
  createdAt: string;
}

/** An article of about `wordCount` words, with a title line. */
export function generateArticle(seed: number, wordCount: number): GeneratedArticle & { wordList: Word[] } {
  const rng = new Random(seed);
  const title = `Bench article of ${wordCount.toLocaleString('en')} words: ministry disputes border figures`;
  const parts: string[] = [title];
  const blocks: Array<{ start: number; end: number }> = [];
  const wordList: Word[] = [];
  let cp = 0;
  let words = 0;
  const addBlock = (block: string) => {
    if (blocks.length) cp += 2; // "\n\n"
    const start = cp;
    const index = blocks.length;
    // Word offsets in code points: split on single spaces.
    let at = cp;
    for (const w of block.split(' ')) {
      const len = [...w].length;
      if (len) wordList.push({ start: at, end: at + len, block: index });
      at += len + 1;
    }
    cp += [...block].length;
    blocks.push({ start, end: cp });
  };
  addBlock(title);
  while (words < wordCount) {
    const sentences: string[] = [];
    for (let i = rng.int(2, 6); i > 0 && words < wordCount; i--) {
      const s = sentence(rng);
      words += s.split(' ').length;
      sentences.push(s);
    }
    const paragraph = sentences.join(' ');
    parts.push(paragraph);
    addBlock(paragraph);
  }
  // Title words are not claim material.
  const body = wordList.filter((w) => w.block > 0);
  return {
    id: rng.uuid(),
    title,
    text: parts.join('\n\n'),
    blocks,
    words,
    createdAt: '2026-01-05T09:00:00.000Z',
    wordList: body,
  };
}

const NOTE_WORDS = 'called the ministry press office asked for the report figures match the budget line source confirms'.split(' ');

/**
 * `count` claims on `article`: 1 to 10 whole words inside one paragraph,
 * overlapping now and then, with statuses, notes, sources and history like
 * a working fact-check. Returned in document order.
 */
export function generateClaims(seed: number, article: GeneratedArticle & { wordList: Word[] }, count: number): StoredClaim[] {
  const rng = new Random(seed);
  const { wordList, text } = article;
  const claims: StoredClaim[] = [];
  const base = Date.parse(article.createdAt);
  for (let i = 0; i < count; i++) {
    const first = rng.int(0, wordList.length - 1);
    let last = first + rng.int(0, 9);
    while (last > first && (last >= wordList.length || wordList[last]!.block !== wordList[first]!.block)) last--;
    const start = wordList[first]!.start;
    const end = wordList[last]!.end;
    const status: StatusId = rng.next() < 0.35 ? 'unchecked' : rng.pick(STATUS_IDS);
    const createdAt = new Date(base + i * 1000).toISOString();
    const updatedAt = new Date(base + i * 1000 + 60_000).toISOString();
    const history: StoredClaim['history'] = [{ status: 'unchecked', at: createdAt, by: 'Bench Reviewer' }];
    if (status !== 'unchecked') history.push({ status, from: 'unchecked', at: updatedAt, by: 'Bench Reviewer' });
    const note = rng.next() < 0.3 ? Array.from({ length: rng.int(4, 25) }, () => rng.pick(NOTE_WORDS)).join(' ') : '';
    const sources = Array.from({ length: rng.next() < 0.3 ? rng.int(1, 2) : 0 }, (_, k) => ({
      url: `https://example.org/source/${i}/${k}`,
      label: `Source ${k + 1}`,
    }));
    claims.push({
      id: rng.uuid(),
      status,
      note,
      sources,
      reviewer: 'Bench Reviewer',
      createdAt,
      updatedAt,
      history,
      changed: false,
      orphaned: false,
      ...describeQuote(text, start, end),
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where one claim's words are after the edits (code points), and whether an edit changed them. */
export interface Truth {
  start: number;
  end: number;
  touched: boolean;
}

/** A short run of inserted text: words, punctuation, a paragraph break or an emoji. */
function insertion(rng: Random): string {
  const r = rng.next();
  if (r < 0.1) return '\n\n';
  if (r < 0.2) return rng.pick(ODD);
  const parts: string[] = [];
  for (let i = rng.int(1, 4); i > 0; i--) parts.push(rng.pick(WORDS));
  return rng.pick(['', ' ']) + parts.join(' ') + rng.pick(['', ' ', ', ', '. ']);
}

/**
 * The text after `edits` random edits (insertions, deletions of 1–25 code
 * points, replacements of 1–8), at uniformly random places, and where each
 * claim's words went. Mapping follows the editor's rule for claims: text
 * inserted at a claim's start goes before it, at its end after it; text
 * inserted strictly inside, or a deletion or replacement overlapping it,
 * touches it.
 */
export function reviseText(seed: number, text: string, claims: readonly { start: number; end: number; quote: string }[], edits: number): { text: string; truth: Truth[] } {
  const rng = new Random(seed);
  const points = [...text];
  const truth: Truth[] = claims.map((c) => ({ start: c.start, end: c.end, touched: false }));
  for (let e = 0; e < edits; e++) {
    const kind = rng.next();
    let from: number;
    let to: number;
    let inserted: string;
    if (kind < 0.4) {
      from = to = rng.int(0, points.length);
      inserted = insertion(rng);
    } else if (kind < 0.7) {
      from = rng.int(0, points.length - 2);
      to = Math.min(points.length, from + rng.int(1, 25));
      inserted = '';
    } else {
      from = rng.int(0, points.length - 2);
      to = Math.min(points.length, from + rng.int(1, 8));
      inserted = insertion(rng);
    }
    const ins = [...inserted];
    points.splice(from, to - from, ...ins);
    const delta = ins.length - (to - from);
    for (const r of truth) {
      const touches = from === to ? r.start < from && from < r.end : from < r.end && to > r.start;
      if (touches) r.touched = true;
      // Start: text replaced at or over the start joins the claim; end likewise.
      r.start = r.start < from ? r.start : r.start >= to ? r.start + delta : from;
      r.end = r.end <= from ? r.end : r.end > to ? r.end + delta : from + ins.length;
    }
  }
  // An edit that left a claim's words as they were (rare) did not really touch it.
  for (let i = 0; i < truth.length; i++) {
    const r = truth[i]!;
    if (r.touched && r.end > r.start && points.slice(r.start, r.end).join('') === claims[i]!.quote) r.touched = false;
  }
  return { text: points.join(''), truth };
}
