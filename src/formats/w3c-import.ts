/**
 * Reading W3C Web Annotations (JSON-LD) written by other tools: Hypothesis,
 * Recogito, or this app. Kept apart from the export, which every session
 * needs, because only an import does: the app loads it on first use.
 */
import { newClaimId, type Query, type Source } from '../claims/record.js';
import { STATUSES, isStatusId, type StatusId } from '../claims/status.js';
import { CodePointIndex } from '../text/codepoints.js';
import { Problems, describe, has, isDateTime, isHttpUrl, isObject, loneSurrogateAt, own, shorten, toUtcIso, wellFormed } from './shared.js';
import { uuidFromUrn } from './uuid.js';
import { RECHECK_TAG, WITHDRAWN_TAG, type W3CImportedAnnotation, type W3CParseResult } from './w3c.js';
import { MAX_DEPTH, checkAnnotation, checkContext, checkHypothesis, checkId, isHypothesisApi, isIri, toList, types, type Obj } from './w3c-checks.js';

/**
 * Reads Web Annotations: one Annotation, a list of them, an AnnotationPage
 * or an AnnotationCollection (its embedded first page), or Hypothesis's
 * export file. Malformed input (what the W3C test suite's MUST checks
 * refuse) is refused with every problem named by its place. Among
 * well-formed annotations, those without a TextQuoteSelector are skipped
 * with a reason. The status comes from an `assessing` body naming one of
 * our statuses (by id or label), else `unchecked`; an assessment we do not
 * know is kept in the note. Never throws.
 */
export function parseW3C(data: unknown, text: string): W3CParseResult {
  try {
    return readW3C(data, new CodePointIndex(text));
  } catch (e) {
    return { ok: false, errors: [`This file could not be read (${e instanceof Error ? e.message : String(e)})`] };
  }
}

function readW3C(data: unknown, text: CodePointIndex): W3CParseResult {
  if (isObject(data) && own(data, 'format') === 'factcheck-annotations') {
    return { ok: false, errors: ['This is a Factcheck Desk export, not a W3C Web Annotation file — use Import (Factcheck Desk JSON)'] };
  }
  if (isObject(data) && (own(data, '@type') === 'ClaimReview' || /schema\.org/.test(String(own(data, '@context'))))) {
    return { ok: false, errors: ['This looks like a schema.org ClaimReview file, not a W3C Web Annotation file; ClaimReview cannot be imported'] };
  }

  const p = new Problems();
  const found: Array<{ label: string; annotation: Obj; hypothesis: boolean }> = [];
  const skipped: string[] = [];

  if (isObject(data) && Array.isArray(own(data, 'annotations')) && (has(data, 'export_date') || has(data, 'export_userid'))) {
    (own(data, 'annotations') as unknown[]).forEach((a, i) => {
      if (checkHypothesis(a, `annotations[${i}]`, p)) found.push({ label: `annotations[${i}]`, annotation: a as Obj, hypothesis: true });
    });
  } else if (Array.isArray(data)) {
    if (data.length > 0 && data.every(isHypothesisApi)) {
      data.forEach((a, i) => {
        if (checkHypothesis(a, `[${i}]`, p)) found.push({ label: `[${i}]`, annotation: a, hypothesis: true });
      });
    } else {
      data.forEach((a, i) => {
        if (checkAnnotation(a, `[${i}]`, undefined, p)) found.push({ label: `[${i}]`, annotation: a as Obj, hypothesis: false });
      });
    }
  } else if (!isObject(data)) {
    return { ok: false, errors: [`This is not a W3C Web Annotation file: it holds ${describe(data)}, not a JSON object or list`] };
  } else if (types(data).includes('AnnotationCollection')) {
    readCollection(data, p, found, skipped);
  } else if (types(data).includes('AnnotationPage')) {
    // The items inherit the page's context; without one they cannot be read.
    if (checkContext(own(data, '@context'), 'page', p)) readPage(data, 'page', own(data, '@context'), p, found);
  } else if (isHypothesisApi(data)) {
    if (checkHypothesis(data, 'annotation', p)) found.push({ label: 'annotation', annotation: data, hypothesis: true });
  } else {
    if (checkAnnotation(data, 'annotation', undefined, p)) found.push({ label: 'annotation', annotation: data, hypothesis: false });
  }

  if (p.count > 0) return { ok: false, errors: p.list() };

  // Replies (queries and their answers) belong to the annotation they
  // target: they are read onto it, not imported as claims of their own.
  const ids = new Set(found.map((f) => own(f.annotation, 'id')).filter((id): id is string => typeof id === 'string'));
  const replies = new Map<string, Obj[]>();
  const claimsFound = found.filter(({ annotation, hypothesis }) => {
    const target = hypothesis ? undefined : replyTarget(annotation, ids);
    if (target === undefined) return true;
    replies.set(target, [...(replies.get(target) ?? []), annotation]);
    return false;
  });

  const annotations: W3CImportedAnnotation[] = [];
  for (const { label, annotation, hypothesis } of claimsFound) {
    const id = own(annotation, 'id');
    const name = typeof id === 'string' ? `${label} (${shorten(id, 60)})` : label;
    const result = extract(annotation, hypothesis, text);
    if (typeof result === 'string') skipped.push(`${name}: ${result}`);
    else {
      const queries = typeof id === 'string' ? queriesFrom(replies.get(id) ?? [], replies) : [];
      if (queries.length) result.queries = queries;
      annotations.push(result);
    }
  }
  return { ok: true, annotations, skipped };
}

function readCollection(data: Obj, p: Problems, found: Array<{ label: string; annotation: Obj; hypothesis: boolean }>, skipped: string[]): void {
  const context = own(data, '@context');
  // The items inherit the collection's context; without one they cannot be read.
  if (!checkContext(context, 'collection', p)) return;
  checkId(data, 'collection', p);
  const total = own(data, 'total');
  if (total !== undefined && !(typeof total === 'number' && Number.isInteger(total) && total >= 0)) {
    p.add('collection.total', `expected a count (a whole number, 0 or more), found ${describe(total)}`);
  }
  const first = own(data, 'first');
  if (first === undefined) return; // An empty collection has no pages.
  if (typeof first === 'string') {
    if (!isIri(first)) p.add('collection.first', `${describe(first)} is neither an embedded page nor an IRI`);
    else skipped.push(`The collection's annotations are not in this file: its first page is only a link (${shorten(first, 80)})`);
    return;
  }
  if (!isObject(first)) {
    p.add('collection.first', `expected an AnnotationPage, found ${describe(first)}`);
    return;
  }
  const before = found.length;
  readPage(first, 'collection.first', context, p, found);
  const read = found.length - before;
  if (has(first, 'next') || (typeof total === 'number' && total > read)) {
    skipped.push(`Only the first page of the collection is in this file: ${read} of ${typeof total === 'number' ? total : 'more'} annotations`);
  }
}

function readPage(page: Obj, path: string, context: unknown, p: Problems, found: Array<{ label: string; annotation: Obj; hypothesis: boolean }>): void {
  if (!types(page).includes('AnnotationPage')) p.add(`${path}.type`, `expected "AnnotationPage", found ${describe(own(page, 'type'))}`);
  checkId(page, path, p);
  const items = own(page, 'items');
  if (!Array.isArray(items)) {
    p.add(`${path}.items`, items === undefined ? 'missing; a page lists its annotations in items' : `expected a list of annotations, found ${describe(items)}`);
    return;
  }
  items.forEach((a, i) => {
    const at = `${path}.items[${i}]`;
    if (checkAnnotation(a, at, context, p)) found.push({ label: at, annotation: a as Obj, hypothesis: false });
  });
}

// ---------------------------------------------------------------------------
// Extraction from a checked annotation.

/** The quote and record of one annotation, or why it cannot be used. */
function extract(a: Obj, hypothesis: boolean, text: CodePointIndex): W3CImportedAnnotation | string {
  let quote: Obj | undefined;
  let position: Obj | undefined;
  let source: string | undefined;
  let emptyQuote = false;
  for (const target of toList(own(a, 'target'))) {
    if (!isObject(target)) continue;
    const selectors = toList(own(target, 'selector')).filter(isObject);
    const found = findQuote(selectors, 0);
    if (!found) continue;
    if (own(found, 'exact') === '') {
      emptyQuote = true;
      continue;
    }
    quote = found;
    position = selectors.find((s) => types(s).includes('TextPositionSelector'));
    const src = own(target, 'source');
    source = typeof src === 'string' ? src : isObject(src) && typeof own(src, 'id') === 'string' ? (own(src, 'id') as string) : undefined;
    break;
  }
  if (!quote) {
    return emptyQuote ? 'its TextQuoteSelector quotes nothing (exact is empty)' : 'it has no TextQuoteSelector, so there is no quote to find in the article';
  }

  const exact = own(quote, 'exact') as string;
  if (loneSurrogateAt(exact) >= 0) return 'its quote is not valid Unicode text (it holds half of a surrogate pair)';
  const context = (key: string) => {
    const v = own(quote, key);
    // Tools that cut context in UTF-16 units can split an emoji at the far
    // end; the stray half is dropped, as it can match nothing.
    return typeof v === 'string' ? wellFormed(v, '') : '';
  };
  const out: W3CImportedAnnotation = {
    quote: exact,
    prefix: context('prefix'),
    suffix: context('suffix'),
    status: 'unchecked',
    note: '',
    sources: [],
    reviewer: '',
  };
  const id = uuidFromUrn(own(a, 'id'));
  if (id) out.id = id;
  if (position) {
    const start = own(position, 'start');
    const end = own(position, 'end');
    // Positions that cannot be in this text are no help to anchoring.
    if (typeof start === 'number' && typeof end === 'number' && Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start < end && end <= text.cpLength) {
      out.start = start;
      out.end = end;
    }
  }
  if (source !== undefined) out.source = source;

  const created = own(a, 'created');
  const modified = own(a, hypothesis ? 'updated' : 'modified');
  if (isDateTime(created, true)) out.createdAt = toUtcIso(created);
  if (isDateTime(modified, true)) out.updatedAt = toUtcIso(modified);

  if (hypothesis) {
    const note = own(a, 'text');
    if (typeof note === 'string') out.note = wellFormed(note);
    out.reviewer = wellFormed(agentName(own(a, 'user')) ?? '');
    return out;
  }

  const motivations = toList(own(a, 'motivation')).filter((m): m is string => typeof m === 'string');
  const notes: string[] = [];
  const assessments: string[] = [];
  let status: StatusId | undefined;
  const sources = new Map<string, Source>();
  const bodyCreators: unknown[] = [];

  const visit = (body: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof body === 'string') {
      if (isHttpUrl(body) && !sources.has(body)) sources.set(body, { url: body });
      return;
    }
    if (!isObject(body)) return;
    if (has(body, 'creator')) bodyCreators.push(own(body, 'creator'));
    const t = types(body);
    const items = own(body, 'items');
    if (Array.isArray(items)) {
      // A Choice offers alternatives: take its first (default) item.
      (t.includes('Choice') ? items.slice(0, 1) : items).forEach((item) => visit(item, depth + 1));
      return;
    }
    const purposes = toList(own(body, 'purpose')).filter((x): x is string => typeof x === 'string');
    const value = own(body, 'value');
    if (typeof value === 'string' && !has(body, 'source')) {
      if (purposes.includes('tagging') && value.trim() === RECHECK_TAG) {
        out.changed = true;
        return;
      }
      const assessing = purposes.includes('assessing') || (purposes.length === 0 && motivations.includes('assessing'));
      const named = assessing ? statusNamed(value) : undefined;
      if (named) {
        status ??= named;
      } else if (purposes.includes('assessing')) {
        if (value.trim()) assessments.push(value.trim());
      } else if (isNote(purposes, motivations)) {
        if (value.trim()) notes.push(value);
      }
      return;
    }
    const src = own(body, 'source');
    const url = typeof src === 'string' ? src : isObject(src) ? own(src, 'id') : own(body, 'id');
    if (!isHttpUrl(url) || sources.has(url)) return;
    const label = (isObject(src) ? own(src, 'label') : undefined) ?? own(body, 'label');
    const labelText = typeof label === 'string' ? label : Array.isArray(label) && typeof label[0] === 'string' ? label[0] : undefined;
    sources.set(url, labelText ? { url, label: labelText } : { url });
  };
  toList(own(a, 'body')).forEach((b) => visit(b, 0));
  const bodyValue = own(a, 'bodyValue');
  if (typeof bodyValue === 'string' && bodyValue.trim()) notes.push(bodyValue);

  out.status = status ?? 'unchecked';
  // An assessment in words we do not know is still the reviewer's verdict: keep it visible.
  out.note = wellFormed([...assessments.map((x) => `Assessment: ${x}`), ...notes].join('\n\n'));
  out.sources = [...sources.values()].map((x) => (x.label === undefined ? x : { url: x.url, label: wellFormed(x.label) }));
  out.reviewer = wellFormed(agentName(own(a, 'creator')) ?? bodyCreators.map(agentName).find((n) => n !== undefined) ?? '');
  return out;
}

/**
 * The id of the annotation in this file that `a` replies to, when `a` is a
 * reply: its motivation is `questioning` or `replying` and its target is
 * another annotation of the file (by id), not text.
 */
function replyTarget(a: Obj, ids: ReadonlySet<string>): string | undefined {
  const motivations = toList(own(a, 'motivation'));
  if (!motivations.includes('questioning') && !motivations.includes('replying')) return undefined;
  const target = toList(own(a, 'target'))[0];
  const id = typeof target === 'string' ? target : isObject(target) && !has(target, 'selector') ? (own(target, 'id') ?? own(target, 'source')) : undefined;
  return typeof id === 'string' && ids.has(id) && id !== own(a, 'id') ? id : undefined;
}

/** The first text of a reply's bodies with `purpose` (or with no purpose), and whether it is tagged `tag`. */
function replyText(a: Obj, purpose: string): { text: string; tags: string[] } {
  let text = '';
  const tags: string[] = [];
  for (const body of toList(own(a, 'body'))) {
    if (!isObject(body) || typeof own(body, 'value') !== 'string') continue;
    const purposes = toList(own(body, 'purpose'));
    const value = wellFormed(own(body, 'value') as string);
    if (purposes.includes('tagging')) tags.push(value.trim());
    else if (!text && (purposes.length === 0 || purposes.includes(purpose))) text = value;
  }
  const bodyValue = own(a, 'bodyValue');
  if (!text && typeof bodyValue === 'string') text = wellFormed(bodyValue);
  return { text, tags };
}

/** A reply's time as UTC ISO, or undefined when it has none. */
function replyTime(a: Obj): string | undefined {
  const created = own(a, 'created');
  return isDateTime(created, true) ? toUtcIso(created) : undefined;
}

/**
 * The queries to the writer among the replies to one annotation: each
 * `questioning` reply with a question, withdrawn when tagged `withdrawn`,
 * answered by the first `replying` reply to it. Replies without a question
 * or a time are passed over.
 */
function queriesFrom(toClaim: readonly Obj[], replies: ReadonlyMap<string, Obj[]>): Query[] {
  const out: Query[] = [];
  for (const q of toClaim) {
    if (!toList(own(q, 'motivation')).includes('questioning')) continue;
    const { text: question, tags } = replyText(q, 'questioning');
    const askedAt = replyTime(q);
    if (!question.trim() || !askedAt) continue;
    const audience = own(q, 'audience');
    const query: Query = {
      id: uuidFromUrn(own(q, 'id')) ?? newClaimId(),
      to: wellFormed(agentName(audience) ?? ''),
      question,
      askedBy: wellFormed(agentName(own(q, 'creator')) ?? ''),
      askedAt,
      state: tags.includes(WITHDRAWN_TAG) ? 'withdrawn' : 'open',
    };
    const answer = query.state === 'open' ? (replies.get(own(q, 'id') as string) ?? []).find((r) => toList(own(r, 'motivation')).includes('replying')) : undefined;
    const answerText = answer && replyText(answer, 'replying').text;
    if (answer && answerText?.trim()) {
      query.state = 'answered';
      query.answer = answerText;
      query.answeredBy = wellFormed(agentName(own(answer, 'creator')) ?? '');
      query.answeredAt = replyTime(answer) ?? askedAt;
    }
    out.push(query);
  }
  return out;
}

/**
 * Whether a textual body is a comment: its purpose says so, or it has no
 * purpose (Hypothesis writes none) and the annotation is not a tagging one.
 */
function isNote(purposes: string[], motivations: string[]): boolean {
  if (purposes.length === 0) return !motivations.some((m) => m === 'tagging' || m === 'classifying');
  return purposes.some((x) => x === 'commenting' || x === 'describing' || x === 'replying' || x === 'questioning');
}

function findQuote(selectors: Obj[], depth: number): Obj | undefined {
  if (depth > MAX_DEPTH) return undefined;
  for (const s of selectors) {
    if (types(s).includes('TextQuoteSelector') && typeof own(s, 'exact') === 'string') return s;
  }
  // A quote refining another selector (Hypothesis, Recogito on HTML) is still a quote.
  for (const s of selectors) {
    const found = findQuote(toList(own(s, 'refinedBy')).filter(isObject), depth + 1);
    if (found) return found;
  }
  return undefined;
}

const STATUS_BY_WORDS = new Map<string, StatusId>();
for (const s of STATUSES) {
  STATUS_BY_WORDS.set(s.id.replace(/_/g, ' '), s.id);
  STATUS_BY_WORDS.set(s.label.toLowerCase(), s.id);
}

/** The status an assessment names, by id or label, ignoring case, `_`, `-` and spaces. */
function statusNamed(value: string): StatusId | undefined {
  // Asked of the value as unknown: a status id is a string, so a string that is not one would narrow to never.
  const id: unknown = value;
  if (isStatusId(id)) return id;
  return STATUS_BY_WORDS.get(value.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' '));
}

/** A person's name from an agent: its name, nickname, or id (Hypothesis's `acct:user@host` loses the `acct:`). */
function agentName(agent: unknown): string | undefined {
  if (Array.isArray(agent)) return agent.map(agentName).find((n) => n !== undefined);
  if (typeof agent === 'string') return agent.replace(/^acct:/, '') || undefined;
  if (!isObject(agent)) return undefined;
  for (const key of ['name', 'nickname']) {
    const v = own(agent, key);
    const s: unknown = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string' && s.trim()) return s;
  }
  return agentName(own(agent, 'id'));
}
