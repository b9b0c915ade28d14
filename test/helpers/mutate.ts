/**
 * Shared by the seeded fuzzers (`test/formats/fuzz.test.ts`,
 * `test/components/import-fuzz.test.ts`):
 * - JSON plumbing: walk a value, name its places (`claims[2].sources[0].url`),
 *   replace or delete what is there, splice raw JSON text that
 *   `JSON.stringify` cannot write (`NaN`, `1e999`, `-0`, 10,000 nested
 *   brackets), find unpaired surrogates;
 * - `checkNativeContract`: what an accepted native import (or a re-export)
 *   must satisfy;
 * - realistic base exports (`sampleBase`, `emojiBase`, `minimalBase`) and
 *   `nativeMutation`, one random mutation of an export with the outcome it
 *   must have.
 * Everything is deterministic given the `Random` it is handed.
 */
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/article/article.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { STATUS_IDS } from '../../src/claims/status.js';
import { exportNative } from '../../src/formats/index.js';
import { claimAt } from '../formats/fixtures.js';
import type { Random } from './prng.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = Array<string | number>;

/** A deep copy of plain JSON data (no NaN, no undefined). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `claims[2].sources[0].url`, for messages. */
export function pathName(path: Path): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out || '(top level)';
}

/** Every place in `value` (the root excluded), parents before children. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i], ...allPaths(v, [...prefix, i]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      out.push([...prefix, key], ...allPaths(v, [...prefix, key]));
    }
  }
  return out;
}

/** The places in `value` that hold a string. */
export function stringPaths(value: unknown): Path[] {
  return allPaths(value).filter((p) => typeof getAt(value, p) === 'string');
}

/** The places in `value` whose value is an object (not an array), the root included. */
export function objectPaths(value: unknown): Path[] {
  const isObj = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  return [...(isObj(value) ? [[] as Path] : []), ...allPaths(value).filter((p) => isObj(getAt(value, p)))];
}

export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const step of path) v = (v as Record<string | number, unknown>)[step];
  return v;
}

/** Replaces the value at `path` (not the root) in place. */
export function setAt(value: unknown, path: Path, next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = next;
}

/** Deletes the key at `path`; in an array, removes the element. */
export function deleteAt(value: unknown, path: Path): void {
  const parent = getAt(value, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Record<string, unknown>)[last as string];
}

/** Sets an own data property, even one named `__proto__` (which `obj[key] = v` would not create). */
export function defineOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const RAW = '\u0001RAW\u0001';

/**
 * The JSON text of `data` with the value at `path` replaced by `raw`, JSON
 * text that `JSON.stringify` cannot produce (`NaN`, `1e999`, `-0`, ten
 * thousand nested brackets). An empty path replaces the whole document.
 */
export function spliceRaw(data: unknown, path: Path, raw: string): string {
  if (path.length === 0) return raw;
  const copy = clone(data);
  setAt(copy, path, RAW);
  const text = JSON.stringify(copy);
  const marker = JSON.stringify(RAW);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error('spliceRaw: marker not found');
  return text.slice(0, at) + raw + text.slice(at + marker.length);
}

/** JSON text for `depth` nested arrays (`[[[…]]]`) or objects (`{"a":{"a":…}}`). */
export function deepNestText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '0' + '}'.repeat(depth);
}

/** A value of another JSON type than `value`'s (string ↔ number ↔ null ↔ array ↔ object ↔ boolean). */
export function otherType(rng: Random, value: unknown): { value: unknown; label: string } {
  const kinds: Array<{ kind: string; make: () => unknown }> = [
    { kind: 'string', make: () => rng.pick(['', 'x', '12', 'true', 'null', 'verified', 'https://example.org/']) },
    { kind: 'number', make: () => rng.pick([0, 1, -1, 12, 3.5, 1e21]) },
    { kind: 'null', make: () => null },
    { kind: 'array', make: () => rng.pick([[], [1], ['x'], [{}], [null]]) },
    { kind: 'object', make: () => rng.pick([{}, { a: 1 }, { url: 'https://example.org/' }, { id: 'x' }]) },
    { kind: 'boolean', make: () => rng.pick([true, false]) },
  ];
  const own = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const choices = kinds.filter((k) => k.kind !== own);
  const choice = rng.pick(choices);
  const next = choice.make();
  return { value: next, label: `${own}→${choice.kind} ${shortJson(next)}` };
}

/** A short JSON rendering for messages. */
export function shortJson(value: unknown, max = 60): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  if (Object.is(value, -0)) s = '-0';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` is well-formed Unicode (no unpaired surrogate). */
export function isWellFormed(s: string): boolean {
  return !LONE.test(s);
}

/** Every string (values and keys) inside `value` that holds an unpaired surrogate, by place. */
export function illFormedStrings(value: unknown, path: Path = []): string[] {
  if (typeof value === 'string') return isWellFormed(value) ? [] : [pathName(path)];
  const out: string[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...illFormedStrings(v, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (!isWellFormed(key)) out.push(`${pathName(path)} key ${JSON.stringify(key)}`);
      out.push(...illFormedStrings((value as Record<string, unknown>)[key], [...path, key]));
    }
  }
  return out;
}

/** `s` with `insert` put in at a random UTF-16 index that does not split a surrogate pair. */
export function insertAt(rng: Random, s: string, insert: string): string {
  const cps = [...s];
  const at = rng.int(0, cps.length);
  return cps.slice(0, at).join('') + insert + cps.slice(at).join('');
}

// ---------------------------------------------------------------------------
// The native format's contract, for accepted imports and re-exports.

const KNOWN = new Set<string>(STATUS_IDS);
const cpLen = (s: string) => [...s].length;

export function isHttp(url: unknown): boolean {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function hasOwnKeyNamed(value: unknown, names: string[]): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = hasOwnKeyNamed(v, names);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (names.includes(key)) return key;
      const found = hasOwnKeyNamed((value as Record<string, unknown>)[key], names);
      if (found) return found;
    }
  }
  return undefined;
}

/** What an accepted native import must be: checks `value` of `parseNative`, or a re-export. */
export function checkNativeContract(value: { article: Article | Record<string, unknown>; claims: unknown[] }, label: string): void {
  const article = value.article as Article;
  expect(article, `${label}: article`).to.be.an('object');
  expect(article.id, `${label}: article.id`).to.be.a('string').and.not.equal('');
  expect(article.title, `${label}: article.title`).to.be.a('string');
  expect(article.text, `${label}: article.text`).to.be.a('string');
  if (article.url !== undefined) expect(isHttp(article.url), `${label}: article.url ${shortJson(article.url)} is not http(s)`).to.equal(true);
  const chars = [...article.text];
  const ids = new Set<string>();
  (value.claims as StoredClaim[]).forEach((c, i) => {
    const at = `${label}: claims[${i}]`;
    expect(Object.getPrototypeOf(c), `${at} is not a plain object`).to.equal(Object.prototype);
    expect(c.id, `${at}.id`).to.be.a('string').and.not.equal('');
    expect(ids.has(c.id), `${at}.id ${shortJson(c.id)} is used twice`).to.equal(false);
    ids.add(c.id);
    expect(KNOWN.has(c.status), `${at}.status ${shortJson(c.status)} is unknown`).to.equal(true);
    expect(Number.isSafeInteger(c.start) && Number.isSafeInteger(c.end), `${at}: offsets ${c.start}–${c.end} are not whole numbers`).to.equal(true);
    expect(c.start >= 0 && c.end > c.start, `${at}: offsets ${c.start}–${c.end} are not a range`).to.equal(true);
    expect(c.quote, `${at}.quote`).to.be.a('string').and.not.equal('');
    expect(typeof c.orphaned === 'boolean' && typeof c.changed === 'boolean', `${at}: changed/orphaned are not booleans`).to.equal(true);
    if (!c.orphaned) {
      expect(c.end, `${at}.end is past the text (${chars.length} code points)`).to.be.at.most(chars.length);
      expect(chars.slice(c.start, c.end).join(''), `${at}: the text at ${c.start}–${c.end} is not the quote ${shortJson(c.quote)}`).to.equal(c.quote);
    }
    expect(cpLen(c.prefix) <= 32 && cpLen(c.suffix) <= 32, `${at}: prefix/suffix longer than 32 code points`).to.equal(true);
    expect(c.note, `${at}.note`).to.be.a('string');
    expect(c.reviewer, `${at}.reviewer`).to.be.a('string');
    expect(c.sources, `${at}.sources`).to.be.an('array');
    c.sources.forEach((s, j) => {
      expect(isHttp(s.url), `${at}.sources[${j}].url ${shortJson(s.url)} is not an http(s) address`).to.equal(true);
      if (s.label !== undefined) expect(s.label, `${at}.sources[${j}].label`).to.be.a('string');
    });
    expect(c.history, `${at}.history`).to.be.an('array');
    c.history.forEach((e, j) => {
      expect(KNOWN.has(e.status), `${at}.history[${j}].status ${shortJson(e.status)} is unknown`).to.equal(true);
      if (e.from !== undefined) expect(KNOWN.has(e.from), `${at}.history[${j}].from ${shortJson(e.from)} is unknown`).to.equal(true);
    });
  });
  const ill = illFormedStrings(value);
  expect(ill, `${label}: strings with an unpaired surrogate: ${ill.slice(0, 5).join(', ')}`).to.deep.equal([]);
  const bad = hasOwnKeyNamed(value, ['__proto__', 'constructor', 'prototype']);
  expect(bad, `${label}: the accepted value holds a key named ${bad}`).to.equal(undefined);
}

// ---------------------------------------------------------------------------
// Constants and realistic base exports.

export const DEEP = 10_000;
export const ONE_MB = 1 << 20;
export const EXPORTED_AT = '2026-01-01T12:00:00.000Z';
export const T0 = '2026-01-01T10:00:00.000Z';
export const T1 = '2026-01-01T10:30:00.000Z';
export const T2 = '2026-01-01T11:00:00.000Z';

export interface Base {
  name: string;
  article: Article;
  claims: StoredClaim[];
  /** The native export as a file gives it (plain JSON data). */
  data: Json;
}

export function native(name: string, article: Article, claims: StoredClaim[]): Base {
  return { name, article, claims, data: clone(exportNative(article, claims, EXPORTED_AT)) as unknown as Json };
}

/** The sample article with eight claims: overlapping ones, a changed one, an orphan, sources, history. */
export function sampleBase(text: string): Base {
  const article: Article = {
    id: 'b5a1c7e2-3f4d-4e5a-9b6c-7d8e9f0a1b2c',
    title: 'Kosovo to Deploy New US Anti-Tank Weapons as Serbia Bristles',
    url: 'https://www.bloomberg.example/news/articles/2024-01-25/kosovo-javelin',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: T2,
    text,
  };
  const h = (by: string, ...steps: Array<[string, string | undefined, string]>) => steps.map(([status, from, at]) => ({ status, ...(from ? { from } : {}), at, by })) as StoredClaim['history'];
  const claims: StoredClaim[] = [
    claimAt(text, '$75 million', {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      status: 'verified',
      note: 'DSCA notice, "Kosovo – Javelin Missiles", 2024.\nMatches the figure.',
      sources: [{ url: 'https://www.dsca.example/major-arms-sales/kosovo-javelin-missiles', label: 'DSCA notice' }, { url: 'http://archive.example.org/web/2024/dsca?lang=en&ref=1#top' }],
      reviewer: 'Ana Reviewer',
      updatedAt: T1,
      history: h('Ana Reviewer', ['unchecked', undefined, T0], ['in_progress', 'unchecked', '2026-01-01T10:10:00.000Z'], ['verified', 'in_progress', T1]),
    }),
    claimAt(text, '$75 million purchase', { id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479', status: 'in_progress' }),
    claimAt(text, '246 Javelin missiles', {
      id: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
      status: 'misleading',
      note: 'The notice says up to 246.',
      sources: [{ url: 'https://www.dsca.example/kosovo', label: 'DSCA, "up to"' }],
      claimReviewed: 'The US deal includes 246 Javelin missiles.',
      updatedAt: T1,
      history: h('Besa Checker', ['unchecked', undefined, T0], ['misleading', 'unchecked', T1]),
    }),
    claimAt(text, '24 launch units', { id: 'c56a4180-65aa-42ec-a945-5fd21dec0538', status: 'needs_source', reviewer: '' }),
    claimAt(text, 'Sept. 24', { id: 'e0c1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b', status: 'verified' }),
    claimAt(text, 'some 30 Serb militants', {
      id: '16fd2706-8baf-433b-82eb-8c7fada847da',
      status: 'incorrect',
      changed: true,
      note: 'Police said 30; other reports say 80.',
      updatedAt: T2,
      history: [
        { status: 'unchecked', at: T0, by: 'Ana Reviewer' },
        { status: 'incorrect', from: 'unchecked', at: T1, by: 'Ana Reviewer' },
        { status: 'incorrect', at: T2, by: 'Ana Reviewer', event: 'text-changed', oldText: 'some 80 Serb militants', newText: 'some 30 Serb militants' },
      ],
    }),
    claimAt(text, '25 years after a NATO intervention', { id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', status: 'unverifiable' }),
    {
      ...claimAt(text, 'leaving four dead', { id: '9d2f8a61-5b7c-4e3d-a1f0-6c5b4a3d2e1f', status: 'needs_source' }),
      orphaned: true,
      history: [
        { status: 'unchecked', at: T0, by: 'Besa Checker' },
        { status: 'needs_source', from: 'unchecked', at: T1, by: 'Besa Checker' },
        { status: 'needs_source', at: T2, by: 'Besa Checker', event: 'orphaned' },
      ],
    },
  ];
  return native('sample', article, claims);
}

/** The sample article with emoji (a flag, a ZWJ sequence) in the text and the quotes, a claim across a paragraph break, an orphan past the end. */
export function emojiBase(sample: string): Base {
  const text = sample
    .replace('Kosovo to Deploy', 'Kosovo 🇽🇰 to Deploy')
    .replace('$75 million purchase', '$75 million 💵 purchase')
    .replace('24 launch units', '24 🚀 launch units')
    .replace('with Kosovar police', 'with 👮‍♀️ Kosovar police');
  const article: Article = {
    id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    title: 'Kosovo 🇽🇰 to Deploy New US Anti-Tank Weapons',
    url: 'https://news.example.org/2024/kosovo-javelin?src=fuzz',
    createdAt: T0,
    updatedAt: T2,
    text,
  };
  const claims: StoredClaim[] = [
    claimAt(text, '$75 million 💵', { id: 'd1d1d1d1-0000-4000-8000-000000000001', status: 'verified', note: '✅ Confirmed 🎉\nSecond line', reviewer: 'Zoë 👩‍💻' }),
    claimAt(text, '24 🚀 launch units', {
      id: 'd1d1d1d1-0000-4000-8000-000000000002',
      status: 'incorrect',
      sources: [{ url: 'https://ru.example.org/статья?q=ракета#часть', label: 'Статья 📰' }],
    }),
    claimAt(text, '👮‍♀️ Kosovar police', { id: 'd1d1d1d1-0000-4000-8000-000000000003', status: 'in_progress' }),
    claimAt(text, 'Most Read from Bloomberg\n\nDefense Minister', { id: 'd1d1d1d1-0000-4000-8000-000000000004' }),
    claimAt(text, '🇽🇰', { id: 'd1d1d1d1-0000-4000-8000-000000000005', status: 'unverifiable' }),
    {
      id: 'd1d1d1d1-0000-4000-8000-000000000006',
      status: 'misleading',
      note: 'Paragraph was cut 🗑️',
      sources: [],
      reviewer: 'Zoë 👩‍💻',
      createdAt: T0,
      updatedAt: T2,
      history: [
        { status: 'unchecked', at: T0, by: 'Zoë 👩‍💻' },
        { status: 'misleading', from: 'unchecked', at: T1, by: 'Zoë 👩‍💻' },
        { status: 'misleading', at: T2, by: 'Zoë 👩‍💻', event: 'orphaned' },
      ],
      changed: false,
      // Its last place was in a longer, older text.
      orphaned: true,
      start: 5000,
      end: 5012,
      quote: 'a NATO drone',
      prefix: 'officials said ',
      suffix: ' 🛸 was seen',
    },
  ];
  return native('emoji', article, claims);
}

/** A short article with one claim, written without the optional fields (url, article dates, changed, orphaned). */
export function minimalBase(): Base {
  const text = 'Short 🙂 title\n\nThe mayor said 12 bridges were built.\n\n';
  const article: Article = { id: 'x', title: '', createdAt: T0, updatedAt: T0, text };
  const claim = claimAt(text, '12 bridges', { id: 'c', history: [] });
  const base = native('minimal', article, [claim]);
  const data = base.data as { article: Record<string, Json>; claims: Array<Record<string, Json>> };
  delete data.article['createdAt'];
  delete data.article['updatedAt'];
  delete data.claims[0]!['changed'];
  delete data.claims[0]!['orphaned'];
  return base;
}

export type Expectation = 'refuse' | 'accept' | 'any';

export interface NativeCase {
  desc: string;
  /** JSON text for `parseNativeJson`; otherwise `data` goes to `parseNative`. */
  text?: string;
  data?: unknown;
  expect: Expectation;
  /** A refusal must say this. */
  mentions?: RegExp;
}

// ---------------------------------------------------------------------------
// Native mutations.

export type Claims = Array<Record<string, Json>>;
export const claimsOf = (data: Json) => (data as { claims: Claims }).claims;

export const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
export const BAD_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https:evil.example',
  '//evil.example/x',
  'http://',
  'https://',
  'mailto:desk@example.org',
  'ftp://example.org/file',
  'https://exa mple.org/',
  'https://example.org/\n',
  '\u0000https://example.org/',
  'about:blank',
  'blob:https://example.org/0000',
  '',
  `https://example.org/${'a'.repeat(9000)}`,
];
export const BAD_STATUSES = ['', 'Verified', 'VERIFIED', 'verified ', 'true', 'unknown', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'in-progress', 'needs source', 'verified\u0000'];
export const EXTRA_KEYS = ['extra', 'Format', 'notes', 'x-custom', 'id2', '$schema', '', 'ID', 'Status'];
export const PROTO_KEYS: Array<[string, () => unknown]> = [
  ['__proto__', () => ({ polluted: true })],
  ['__proto__', () => ({ format: 'factcheck-annotations', version: 1, orphaned: true })],
  ['__proto__', () => null],
  ['constructor', () => ({ prototype: { polluted: true } })],
  ['constructor', () => 'x'],
  ['prototype', () => ({ polluted: true })],
  ['toString', () => 'x'],
  ['hasOwnProperty', () => 1],
];
export const RAW_NUMBERS: Array<{ raw: string; valid: boolean }> = [
  { raw: '1e308', valid: true },
  { raw: '-0', valid: true },
  { raw: 'NaN', valid: false },
  { raw: '9007199254740993', valid: true },
  { raw: '-1', valid: true },
  { raw: '-12', valid: true },
  { raw: '0.5', valid: true },
  { raw: '12.75', valid: true },
  { raw: '1e999', valid: true },
  { raw: '-1e999', valid: true },
  { raw: 'Infinity', valid: false },
  { raw: '0x10', valid: false },
  { raw: '1E2', valid: true },
  { raw: '-0.0', valid: true },
  { raw: '4294967296', valid: true },
];
export const DATA_NUMBERS = [NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 1, -1, 0.5, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER];

/** One random mutation of `data`. */
/** Two to four random edits of `d` in place (a field removed, or given a value of another type); describes each. */
export function randomFieldEdits(rng: Random, d: unknown): string[] {
  const steps: string[] = [];
  for (let n = rng.int(2, 4); n > 0; n--) {
    const ps = allPaths(d);
    if (ps.length === 0) break;
    const path = rng.pick(ps);
    if (rng.next() < 0.5) {
      deleteAt(d, path);
      steps.push(`removed ${pathName(path)}`);
    } else {
      const { value, label } = otherType(rng, getAt(d, path));
      setAt(d, path, value);
      steps.push(`${pathName(path)}: ${label}`);
    }
  }
  return steps;
}

export function nativeMutation(rng: Random, data: Json): NativeCase {
  const d = clone(data);
  const claims = claimsOf(d);
  const paths = allPaths(d);
  const kind = rng.pick([
    'truncate',
    'truncate',
    'remove',
    'remove',
    'wrongType',
    'wrongType',
    'wrongType',
    'number',
    'number',
    'offsets',
    'offsets',
    'deep',
    'surrogate',
    'surrogate',
    'proto',
    'duplicate',
    'long',
    'status',
    'url',
    'url',
    'extra',
    'formatVersion',
    'valid',
    'valid',
    'combo',
  ] as const);
  switch (kind) {
    case 'truncate': {
      const text = JSON.stringify(d, null, rng.pick([0, 2]));
      const cut = rng.int(0, text.length - 1);
      return {
        desc: `truncated at ${cut} of ${text.length} characters (…${JSON.stringify(text.slice(Math.max(0, cut - 12), cut))})`,
        text: text.slice(0, cut),
        expect: 'refuse',
        mentions: /not valid JSON/,
      };
    }
    case 'remove': {
      const path = rng.pick(paths);
      deleteAt(d, path);
      return { desc: `removed ${pathName(path)}`, data: d, expect: 'any' };
    }
    case 'wrongType': {
      const path = rng.pick(paths);
      const { value, label } = otherType(rng, getAt(d, path));
      setAt(d, path, value);
      return { desc: `wrong type at ${pathName(path)}: ${label}`, data: d, expect: 'any' };
    }
    case 'number': {
      const numeric = claims.length
        ? [
            ['version'],
            ...claims.flatMap((_, i) => [
              ['claims', i, 'start'],
              ['claims', i, 'end'],
            ]),
          ]
        : [['version']];
      const path = rng.next() < 0.75 ? rng.pick(numeric) : rng.pick(paths);
      if (rng.next() < 0.5) {
        const { raw, valid } = rng.pick(RAW_NUMBERS);
        return { desc: `${pathName(path)} written as ${raw} in the JSON text`, text: spliceRaw(d, path, raw), expect: valid ? 'any' : 'refuse' };
      }
      const n = rng.pick(DATA_NUMBERS);
      setAt(d, path, n);
      return { desc: `${pathName(path)} = ${Object.is(n, -0) ? '-0' : String(n)} (data)`, data: d, expect: 'any' };
    }
    case 'offsets':
      return offsetMutation(rng, d);
    case 'deep': {
      const path = rng.pick(paths);
      const shape = rng.pick(['array', 'object'] as const);
      return { desc: `${pathName(path)} = ${DEEP} nested ${shape}s`, text: spliceRaw(d, path, deepNestText(DEEP, shape)), expect: 'refuse' };
    }
    case 'surrogate': {
      const path = rng.pick(stringPaths(d));
      const s = rng.pick(SURROGATES);
      const before = getAt(d, path) as string;
      const next = rng.next() < 0.3 ? s : insertAt(rng, before, s);
      setAt(d, path, next);
      const asText = rng.next() < 0.5;
      return {
        desc: `unpaired ${JSON.stringify(s).slice(1, -1)} in ${pathName(path)}${asText ? ' (as JSON text)' : ''}`,
        ...(asText ? { text: JSON.stringify(d) } : { data: d }),
        expect: 'refuse',
      };
    }
    case 'proto': {
      const path = rng.pick(objectPaths(d));
      const [key, make] = rng.pick(PROTO_KEYS);
      defineOwn(getAt(d, path) as object, key, make());
      const asText = rng.next() < 0.5;
      return {
        desc: `own key ${JSON.stringify(key)} added to ${pathName(path)}${asText ? ' (as JSON text)' : ''}`,
        ...(asText ? { text: JSON.stringify(d) } : { data: d }),
        expect: 'refuse',
      };
    }
    case 'duplicate': {
      if (claims.length === 0) return { desc: 'no claims to duplicate: unchanged', data: d, expect: 'accept' };
      const i = rng.int(0, claims.length - 1);
      if (claims.length > 1 && rng.next() < 0.5) {
        let j = rng.int(0, claims.length - 2);
        if (j >= i) j++;
        claims[j]!['id'] = claims[i]!['id']!;
        return { desc: `claims[${j}].id = claims[${i}].id`, data: d, expect: 'refuse', mentions: /already used/ };
      }
      claims.splice(rng.int(0, claims.length), 0, clone(claims[i]!));
      return { desc: `claims[${i}] listed twice`, data: d, expect: 'refuse', mentions: /already used/ };
    }
    case 'long': {
      const path = rng.next() < 0.5 && claims.length ? ['claims', rng.int(0, claims.length - 1), 'note'] : rng.pick(stringPaths(d));
      const unit = rng.pick(['x', '🦄', 'é\u0301', '\n']);
      const long = unit.repeat(Math.ceil(ONE_MB / unit.length));
      setAt(d, path, long);
      const isNote = path[path.length - 1] === 'note';
      return { desc: `1 MB ${JSON.stringify(unit)} string in ${pathName(path)}`, data: d, expect: isNote ? 'accept' : 'any' };
    }
    case 'status': {
      if (claims.length === 0) {
        setAt(d, ['claims'], [{ ...clone(claims[0] ?? {}), status: 'nope' }]);
        return { desc: 'a claim with only an unknown status', data: d, expect: 'refuse' };
      }
      const i = rng.int(0, claims.length - 1);
      const history = claims[i]!['history'] as Array<Record<string, Json>>;
      const bad = rng.pick(BAD_STATUSES);
      const where: Path = history.length && rng.next() < 0.4 ? ['claims', i, 'history', rng.int(0, history.length - 1), rng.pick(['status', 'from'])] : ['claims', i, 'status'];
      setAt(d, where, bad);
      return { desc: `${pathName(where)} = ${JSON.stringify(bad)}`, data: d, expect: 'refuse', mentions: /not a known status/ };
    }
    case 'url': {
      const bad = rng.pick(BAD_URLS);
      const sourced = claims.map((c, i) => [i, (c['sources'] as Json[]).length] as const).filter(([, n]) => n > 0);
      let where: Path;
      if (sourced.length && rng.next() < 0.7) {
        const [i, n] = rng.pick(sourced);
        where = ['claims', i, 'sources', rng.int(0, n - 1), 'url'];
      } else if (claims.length && rng.next() < 0.5) {
        const i = rng.int(0, claims.length - 1);
        (claims[i]!['sources'] as Json[]).push({ url: 'https://ok.example.org/' });
        where = ['claims', i, 'sources', (claims[i]!['sources'] as Json[]).length - 1, 'url'];
      } else {
        where = ['article', 'url'];
      }
      setAt(d, where, bad);
      return { desc: `${pathName(where)} = ${shortJson(bad)}`, data: d, expect: 'refuse' };
    }
    case 'extra': {
      const path = rng.pick(objectPaths(d));
      const key = rng.pick(EXTRA_KEYS);
      (getAt(d, path) as Record<string, Json>)[key] = rng.pick([null, 1, 'x', [], {}, true]);
      return { desc: `unknown property ${JSON.stringify(key)} added to ${pathName(path)}`, data: d, expect: 'refuse', mentions: /unknown property/ };
    }
    case 'formatVersion': {
      const r = rng.next();
      if (r < 0.35) {
        const f = rng.pick<Json>(['factcheck-annotation', 'FACTCHECK-ANNOTATIONS', 'factcheck-annotations ', '', null, 1, ['factcheck-annotations'], {}]);
        (d as Record<string, Json>)['format'] = f;
        return { desc: `format = ${shortJson(f)}`, data: d, expect: 'refuse', mentions: /format/ };
      }
      if (r < 0.7) {
        const v = rng.pick<Json>([2, 0, '1', 1.5, null, -1, true, 1e308, [1], { v: 1 }]);
        (d as Record<string, Json>)['version'] = v;
        return { desc: `version = ${shortJson(v)}`, data: d, expect: 'refuse', mentions: /version/ };
      }
      const raw = rng.pick(['1.0', '1e0', '10e-1', '1.00000000000000000001']);
      return { desc: `version written as ${raw}`, text: spliceRaw(d, ['version'], raw), expect: 'accept' };
    }
    case 'valid':
      return validVariant(rng, d);
    case 'combo': {
      const steps = randomFieldEdits(rng, d);
      return { desc: `combination: ${steps.join('; ')}`, data: d, expect: 'any' };
    }
  }
}

export function offsetMutation(rng: Random, d: Json): NativeCase {
  const claims = claimsOf(d);
  const text = (d as { article: { text: string } }).article.text;
  const n = [...text].length;
  if (claims.length === 0) return { desc: 'no claims to move: unchanged', data: d, expect: 'accept' };
  const i = rng.int(0, claims.length - 1);
  const c = claims[i]!;
  const orphan = c['orphaned'] === true;
  const start = c['start'] as number;
  const end = c['end'] as number;
  switch (rng.int(0, 6)) {
    case 0:
      c['start'] = end;
      c['end'] = start;
      return { desc: `claims[${i}]: start and end swapped (${end}–${start})`, data: d, expect: 'refuse', mentions: /not after start/ };
    case 1:
      c['end'] = start;
      return { desc: `claims[${i}]: end = start = ${start}`, data: d, expect: 'refuse', mentions: /not after start/ };
    case 2:
      c['start'] = n;
      c['end'] = n + rng.int(1, 50);
      return { desc: `claims[${i}]: ${n}–${c['end']}, past the text (${n} code points)${orphan ? ', an orphan' : ''}`, data: d, expect: orphan ? 'accept' : 'refuse' };
    case 3:
      c['end'] = n + 1;
      return { desc: `claims[${i}].end = ${n + 1}, one past the text${orphan ? ', an orphan' : ''}`, data: d, expect: orphan ? 'accept' : 'refuse' };
    case 4: {
      const by = rng.pick([-1, 1, -2, 2]);
      if (start + by < 0) return { desc: `claims[${i}] not shifted: unchanged`, data: d, expect: 'accept' };
      c['start'] = start + by;
      c['end'] = end + by;
      return { desc: `claims[${i}] shifted by ${by} code points${orphan ? ', an orphan' : ''}`, data: d, expect: orphan ? 'accept' : 'any' };
    }
    case 5:
      // Offsets counted in UTF-16 units instead of code points, as a careless tool would.
      c['start'] = text.indexOf(c['quote'] as string);
      c['end'] = c['start'] + (c['quote'] as string).length;
      return { desc: `claims[${i}]: offsets in UTF-16 units (${c['start']}–${c['end']})`, data: d, expect: 'any' };
    default:
      c['start'] = rng.pick([-1, -0, 0.5, 2 ** 53, 1e308]);
      return { desc: `claims[${i}].start = ${shortJson(c['start'])}`, data: d, expect: Object.is(c['start'], -0) ? 'any' : 'refuse' };
  }
}

/** Changes that keep a file valid: the reader must accept each. */
export function validVariant(rng: Random, d: Json): NativeCase {
  const claims = claimsOf(d);
  const data = d as Record<string, Json> & { article: Record<string, Json> };
  switch (rng.int(0, 5)) {
    case 0: {
      for (let i = claims.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [claims[i], claims[j]] = [claims[j]!, claims[i]!];
      }
      return { desc: 'claims shuffled out of document order', data: d, expect: 'accept' };
    }
    case 1: {
      const optional = ['changed', 'orphaned', 'claimReviewed'];
      let removed = 0;
      for (const c of claims) for (const k of optional) if (k !== 'orphaned' || c['orphaned'] !== true) (delete c[k], removed++);
      delete data.article['url'];
      delete data.article['createdAt'];
      return { desc: `optional fields removed (${removed} from claims, article url and createdAt)`, data: d, expect: 'accept' };
    }
    case 2: {
      if (claims.length === 0) return { desc: 'no claims: unchanged', data: d, expect: 'accept' };
      const i = rng.int(0, claims.length - 1);
      claims[i]!['orphaned'] = true;
      claims[i]!['start'] = (claims[i]!['start'] as number) + 100_000;
      claims[i]!['end'] = (claims[i]!['end'] as number) + 100_000;
      return { desc: `claims[${i}] made an orphan with its last place past the text`, data: d, expect: 'accept' };
    }
    case 3: {
      data['claims'] = [];
      return { desc: 'every claim removed', data: d, expect: 'accept' };
    }
    case 4: {
      data.article['title'] = rng.pick(['', ' ', '🦄'.repeat(300), 'Title\nwith a line break', '<script>alert(1)</script>']);
      return { desc: `article.title = ${shortJson(data.article['title'])}`, data: d, expect: 'accept' };
    }
    default: {
      data['exportedAt'] = rng.pick(['2026-01-01T12:00:00Z', '2026-01-01T13:00:00+01:00', '2024-02-29T00:00:00.123456Z']);
      return { desc: `exportedAt = ${shortJson(data['exportedAt'])}`, data: d, expect: 'accept' };
    }
  }
}
