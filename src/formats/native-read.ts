/**
 * Reading a native export (version 1 or 2) back: everything the JSON Schema
 * says and what a schema cannot say (offsets inside the text, quotes that
 * match, unique ids). Apart from `native.ts` so that the page loads it
 * only when something is imported.
 */
import type { Article } from '../article/article.js';
import type { HistoryEntry, Source, StoredClaim } from '../claims/record.js';
import { CodePointIndex } from '../text/codepoints.js';
import { CONTEXT_LENGTH } from '../anchoring/selector.js';
import { Problems, describe, has, inDocumentOrder, isObject, own } from './shared.js';
import { NATIVE_FORMAT, NATIVE_VERSION, type NativeParseResult } from './native.js';
import { Reader } from './native-fields.js';
import { SOURCE_KEYS_V1, readDeskClaimFields, readSignOff, readSourceV2, readStatuses } from './native-desk.js';

/** `JSON.parse(text)` then `parseNative`, with a readable message for text that is not JSON. */
export function parseNativeJson(text: string): NativeParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`This file is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parseNative(data);
}

/**
 * Reads a native export (already parsed from JSON). Returns the article and
 * its claims in document order, or the problems found, each naming its place
 * (`claims[3].end: 120 is past the end of the article text (97 code points)`),
 * at most 50 and then "… and N more". A file of another format is named as
 * such. Never throws.
 */
export function parseNative(data: unknown): NativeParseResult {
  try {
    return readNative(data);
  } catch (e) {
    // Nothing above should throw; this is the last guard for hostile input.
    return { ok: false, errors: [`This file could not be read (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/** What a file that is not ours looks like, as a sentence for the user, or undefined. */
export function recogniseForeignFormat(data: unknown): string | undefined {
  const first: unknown = Array.isArray(data) ? data[0] : data;
  if (!isObject(first)) return undefined;
  const context = own(first, '@context');
  const contexts = Array.isArray(context) ? context : [context];
  const type = own(first, 'type');
  const types = Array.isArray(type) ? type : [type];
  if (contexts.some((c) => typeof c === 'string' && /\/ns\/anno\.jsonld$/.test(c)) || types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage')) {
    return 'This looks like a W3C Web Annotation file, not a Factcheck Desk export — use Import W3C';
  }
  const atType = own(first, '@type');
  const graph = own(first, '@graph');
  if (contexts.some((c) => typeof c === 'string' && /schema\.org/.test(c)) || atType === 'ClaimReview' || Array.isArray(graph)) {
    return 'This looks like a schema.org ClaimReview file, not a Factcheck Desk export; ClaimReview is for publishing and cannot be imported';
  }
  if (has(first, 'export_date') || (has(first, 'user') && has(first, 'uri') && Array.isArray(own(first, 'target')))) {
    return 'This looks like a Hypothesis export, not a Factcheck Desk export — use Import W3C';
  }
  return undefined;
}

const ARTICLE_KEYS = ['id', 'title', 'text', 'url', 'createdAt', 'updatedAt'];
const ARTICLE_KEYS_V2 = [...ARTICLE_KEYS, 'signOff', 'statuses'];
const CLAIM_KEYS = ['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'status', 'note', 'sources', 'reviewer', 'createdAt', 'updatedAt', 'changed', 'orphaned', 'claimReviewed', 'history'];
const CLAIM_KEYS_V2 = [...CLAIM_KEYS, 'claimant', 'assignee', 'suggestedFix', 'queries', 'secondCheck', 'otherVersion'];
const HISTORY_KEYS = ['status', 'from', 'at', 'by', 'oldText', 'newText', 'event'];
const TOP_KEYS = ['format', 'version', 'exportedAt', 'article', 'claims'];

function readNative(data: unknown): NativeParseResult {
  const foreign = recogniseForeignFormat(data);
  if (!isObject(data)) {
    return { ok: false, errors: [foreign ?? `This is not a Factcheck Desk export: the file holds ${describe(data)}, not a JSON object`] };
  }
  const format = own(data, 'format');
  if (format !== NATIVE_FORMAT) {
    if (foreign) return { ok: false, errors: [foreign] };
    if (format === undefined) return { ok: false, errors: ['format is missing: this is not a Factcheck Desk export'] };
    return { ok: false, errors: [`format is ${describe(format)}, not "${NATIVE_FORMAT}": this is not a Factcheck Desk export`] };
  }
  const version = own(data, 'version');
  if (version !== 1 && version !== NATIVE_VERSION) {
    const newer = typeof version === 'number' && version > NATIVE_VERSION;
    return {
      ok: false,
      errors: [
        newer
          ? `version: this file is version ${version}, newer than this app reads (version ${NATIVE_VERSION}); update Factcheck Desk`
          : `version: ${describe(version)} is not a version this app reads (expected 1 or ${NATIVE_VERSION})`,
      ],
    };
  }

  const p = new Problems();
  const r = new Reader(p, version);
  r.onlyKeys(data, '', TOP_KEYS);
  const exportedAt = r.date(data, 'exportedAt', '');

  const article = readArticle(r, own(data, 'article'), exportedAt);
  const claimsValue = own(data, 'claims');
  const claims: StoredClaim[] = [];
  if (!Array.isArray(claimsValue)) {
    p.add('claims', claimsValue === undefined ? 'missing; expected a list of claims' : `expected a list of claims, found ${describe(claimsValue)}`);
  } else {
    const index = article ? new CodePointIndex(article.text) : undefined;
    const seen = new Map<string, number>();
    claimsValue.forEach((value, i) => {
      const { id, claim } = readClaim(r, value, `claims[${i}]`, index);
      if (id !== undefined) {
        const earlier = seen.get(id);
        if (earlier !== undefined) p.add(`claims[${i}].id`, `${describe(id)} is already used by claims[${earlier}]`);
        else seen.set(id, i);
      }
      if (claim) claims.push(claim);
    });
  }

  if (p.count > 0 || !article) return { ok: false, errors: p.list() };
  return { ok: true, value: { article, claims: inDocumentOrder(claims) } };
}

function readArticle(r: Reader, value: unknown, exportedAt: string | undefined): Article | undefined {
  const path = 'article';
  if (!isObject(value)) {
    r.problems.add(path, value === undefined ? 'missing; expected the article object' : `expected an object, found ${describe(value)}`);
    return undefined;
  }
  r.onlyKeys(value, path, r.version === 1 ? ARTICLE_KEYS : ARTICLE_KEYS_V2);
  const id = r.string(value, 'id', path, { nonEmpty: true });
  const title = r.string(value, 'title', path);
  const text = r.string(value, 'text', path);
  const url = r.optional(value, 'url') ? r.url(value, 'url', path) : undefined;
  const createdAt = r.optional(value, 'createdAt') ? r.date(value, 'createdAt', path) : exportedAt;
  const updatedAt = r.optional(value, 'updatedAt') ? r.date(value, 'updatedAt', path) : exportedAt;
  if (id === undefined || title === undefined || text === undefined || createdAt === undefined || updatedAt === undefined) return undefined;
  if (r.optional(value, 'url') && url === undefined) return undefined;
  const article: Article = { id, title, createdAt, updatedAt, text };
  if (url !== undefined) article.url = url;
  if (r.version === 1) return article;
  // Version 2: the claims may use the built-in statuses, or the article's own set.
  if (r.optional(value, 'statuses')) {
    const statuses = readStatuses(r, own(value, 'statuses'), `${path}.statuses`);
    if (!statuses) return undefined;
    article.statuses = statuses;
    r.statuses = statuses.map((s) => s.id);
  }
  if (r.optional(value, 'signOff')) {
    const signOff = readSignOff(r, own(value, 'signOff'), `${path}.signOff`);
    if (!signOff) return undefined;
    article.signOff = signOff;
  }
  return article;
}

/**
 * One claim, or undefined when it has problems. The id comes back on its own
 * as well, so duplicates are found even among claims with other problems.
 */
const breakCache = new WeakMap<CodePointIndex, Set<number>>();

/**
 * Code-point offsets that fall between the two newlines of a paragraph
 * break ("\n\n" joins blocks, split left to right as the app splits).
 */
function paragraphBreaksOf(text: CodePointIndex): Set<number> {
  let set = breakCache.get(text);
  if (set) return set;
  set = new Set();
  let unit = 0;
  const blocks = text.text.split('\n\n');
  for (let i = 0; i < blocks.length - 1; i++) {
    unit += blocks[i]!.length;
    set.add(text.toCodePoint(unit + 1));
    unit += 2;
  }
  breakCache.set(text, set);
  return set;
}

function readClaim(r: Reader, value: unknown, path: string, text: CodePointIndex | undefined): { id: string | undefined; claim: StoredClaim | undefined } {
  const p = r.problems;
  if (!isObject(value)) {
    p.add(path, `expected a claim object, found ${describe(value)}`);
    return { id: undefined, claim: undefined };
  }
  const before = p.count;
  r.onlyKeys(value, path, r.version === 1 ? CLAIM_KEYS : CLAIM_KEYS_V2);
  const id = r.string(value, 'id', path, { nonEmpty: true });
  const quote = r.string(value, 'quote', path, { nonEmpty: true });
  const prefix = r.string(value, 'prefix', path, { maxCodePoints: CONTEXT_LENGTH });
  const suffix = r.string(value, 'suffix', path, { maxCodePoints: CONTEXT_LENGTH });
  const start = r.offset(value, 'start', path);
  const end = r.offset(value, 'end', path);
  const status = r.status(value, 'status', path);
  const note = r.string(value, 'note', path);
  const sources = readSources(r, own(value, 'sources'), `${path}.sources`);
  const reviewer = r.string(value, 'reviewer', path);
  const createdAt = r.date(value, 'createdAt', path);
  const updatedAt = r.date(value, 'updatedAt', path);
  const changed = r.boolean(value, 'changed', path);
  const orphaned = r.boolean(value, 'orphaned', path);
  const claimReviewed = r.optional(value, 'claimReviewed') ? r.string(value, 'claimReviewed', path) : undefined;
  const history = readHistory(r, own(value, 'history'), `${path}.history`);
  const desk = r.version === 1 ? {} : readDeskClaimFields(r, value, path);

  if (start !== undefined && end !== undefined) {
    if (end <= start) {
      p.add(`${path}.end`, `${end} is not after start (${start}); a claim covers at least one character`);
    } else if (text && !orphaned) {
      // An orphan's offsets are its last known place in an older text, so
      // only a placed claim is held to the current text.
      if (start > text.cpLength) {
        p.add(`${path}.start`, `${start} is past the end of the article text (${text.cpLength} code points)`);
      } else if (end > text.cpLength) {
        p.add(`${path}.end`, `${end} is past the end of the article text (${text.cpLength} code points)`);
      } else if (quote !== undefined) {
        const actual = text.slice(start, end);
        if (actual !== quote) {
          p.add(`${path}.quote`, `${describe(quote)} does not match the article text at ${start}–${end}, which reads ${describe(actual)}`);
        } else {
          // Between the two newlines that join paragraphs there is no place
          // in the document, so a claim cannot start or end there.
          const breaks = paragraphBreaksOf(text);
          for (const [name, at] of [
            ['start', start],
            ['end', end],
          ] as const) {
            if (breaks.has(at)) p.add(`${path}.${name}`, `${at} falls inside the blank line between two paragraphs`);
          }
          // A claim is marked on words; the blank lines between paragraphs are none.
          if (!breaks.has(start) && !breaks.has(end) && quote.replace(/\n\n/g, '') === '') {
            p.add(`${path}.quote`, `${describe(quote)} is only the blank line between paragraphs; a claim covers words`);
          }
        }
      }
    }
  }

  if (
    p.count > before ||
    id === undefined ||
    quote === undefined ||
    prefix === undefined ||
    suffix === undefined ||
    start === undefined ||
    end === undefined ||
    status === undefined ||
    note === undefined ||
    sources === undefined ||
    reviewer === undefined ||
    createdAt === undefined ||
    updatedAt === undefined ||
    history === undefined ||
    changed === undefined ||
    orphaned === undefined
  ) {
    return { id, claim: undefined };
  }
  const claim: StoredClaim = {
    id,
    status,
    note,
    sources,
    reviewer,
    createdAt,
    updatedAt,
    history,
    changed,
    orphaned,
    start,
    end,
    quote,
    prefix,
    suffix,
  };
  if (claimReviewed !== undefined) claim.claimReviewed = claimReviewed;
  Object.assign(claim, desk);
  return { id, claim };
}

function readSources(r: Reader, value: unknown, path: string): Source[] | undefined {
  if (!Array.isArray(value)) {
    r.problems.add(path, value === undefined ? 'missing; expected a list of sources (it may be empty)' : `expected a list of sources, found ${describe(value)}`);
    return undefined;
  }
  const out: Source[] = [];
  let bad = false;
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      r.problems.add(at, `expected a source object ({ "url": … }), found ${describe(item)}`);
      bad = true;
      return;
    }
    if (r.version !== 1) {
      const source = readSourceV2(r, item, at);
      if (source) out.push(source);
      else bad = true;
      return;
    }
    r.onlyKeys(item, at, SOURCE_KEYS_V1);
    const url = r.url(item, 'url', at);
    const label = r.optional(item, 'label') ? r.string(item, 'label', at) : undefined;
    if (url === undefined || (r.optional(item, 'label') && label === undefined)) {
      bad = true;
      return;
    }
    out.push(label === undefined ? { url } : { url, label });
  });
  return bad ? undefined : out;
}

function readHistory(r: Reader, value: unknown, path: string): HistoryEntry[] | undefined {
  if (!Array.isArray(value)) {
    r.problems.add(path, value === undefined ? 'missing; expected a list of status changes (it may be empty)' : `expected a list, found ${describe(value)}`);
    return undefined;
  }
  const out: HistoryEntry[] = [];
  let bad = false;
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      r.problems.add(at, `expected a history entry object, found ${describe(item)}`);
      bad = true;
      return;
    }
    const before = r.problems.count;
    r.onlyKeys(item, at, HISTORY_KEYS);
    const status = r.status(item, 'status', at);
    const from = r.optional(item, 'from') ? r.status(item, 'from', at) : undefined;
    const on = r.date(item, 'at', at);
    const by = r.string(item, 'by', at);
    const entry = { status, at: on, by } as HistoryEntry;
    if (from !== undefined) entry.from = from;
    for (const key of ['oldText', 'newText', 'event'] as const) {
      if (r.optional(item, key)) {
        const s = r.string(item, key, at);
        if (s !== undefined) entry[key] = s;
      }
    }
    if (r.problems.count > before) bad = true;
    else out.push(entry);
  });
  return bad ? undefined : out;
}
