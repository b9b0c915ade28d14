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
import { ANNO_CONTEXT, RECHECK_TAG, WITHDRAWN_TAG, type W3CImportedAnnotation, type W3CParseResult } from './w3c.js';

type Obj = Record<string, unknown>;

/** How deep bodies, choices and refined selectors may nest before a file counts as hostile. */
const MAX_DEPTH = 16;

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
// Checks: the MUSTs of the model that make a file unreadable or wrong.

function types(obj: Obj): string[] {
  const t = own(obj, 'type');
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function toList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * An IRI as annotations use it: absolute (`scheme:…`) or Recogito's
 * fragment-only `#…`, without spaces. Full RFC 3987 parsing would refuse
 * files that every other tool reads.
 */
function isIri(value: unknown): value is string {
  return typeof value === 'string' && /^([a-z][a-z0-9+.-]*:|#)[^\s<>"{}|\\^`]*$/i.test(value);
}

function hasAnnoContext(context: unknown): boolean {
  // The model names the http: URL; https: is the same document and some tools write it.
  const ok = (c: unknown) => c === ANNO_CONTEXT || c === 'https://www.w3.org/ns/anno.jsonld';
  return Array.isArray(context) ? context.some(ok) : ok(context);
}

function checkContext(context: unknown, path: string, p: Problems): boolean {
  if (context === undefined) {
    p.add(path, `@context is missing: a Web Annotation names ${ANNO_CONTEXT}`);
    return false;
  }
  if (!hasAnnoContext(context)) {
    p.add(`${path}.@context`, `${describe(context)} does not include the Web Annotation context ${ANNO_CONTEXT}`);
    return false;
  }
  return true;
}

function checkId(obj: Obj, path: string, p: Problems): void {
  if (!has(obj, 'id')) return;
  const id = own(obj, 'id');
  if (Array.isArray(id)) p.add(`${path}.id`, `has ${id.length} values; an id is a single IRI`);
  else if (!isIri(id)) p.add(`${path}.id`, `${describe(id)} is not an IRI`);
}

function checkDate(obj: Obj, key: string, path: string, p: Problems): void {
  if (!has(obj, key)) return;
  const value = own(obj, key);
  if (Array.isArray(value)) p.add(`${path}.${key}`, `has ${value.length} values; expected a single date and time`);
  else if (!isDateTime(value, true)) p.add(`${path}.${key}`, `${describe(value)} is not an xsd:dateTime (such as 2026-01-01T12:00:00Z)`);
}

function checkIris(obj: Obj, key: string, path: string, p: Problems, single: boolean): void {
  if (!has(obj, key)) return;
  const value = own(obj, key);
  if (single && Array.isArray(value)) {
    p.add(`${path}.${key}`, `has ${value.length} values; expected a single IRI`);
    return;
  }
  for (const v of toList(value)) {
    if (!isIri(v)) p.add(`${path}.${key}`, `${describe(v)} is not an IRI`);
  }
}

function checkAgents(obj: Obj, key: string, path: string, p: Problems): void {
  if (!has(obj, key)) return;
  for (const agent of toList(own(obj, key))) {
    if (isIri(agent)) continue;
    if (isObject(agent)) {
      checkId(agent, `${path}.${key}`, p);
      continue;
    }
    p.add(`${path}.${key}`, `expected an agent (an IRI or an object such as { "type": "Person", "name": … }), found ${describe(agent)}`);
  }
}

function checkStrings(obj: Obj, key: string, path: string, p: Problems, single: boolean): void {
  if (!has(obj, key)) return;
  const value = own(obj, key);
  if (single && Array.isArray(value)) p.add(`${path}.${key}`, `has ${value.length} values; expected one`);
  else if (toList(value).some((v) => typeof v !== 'string')) p.add(`${path}.${key}`, `expected text, found ${describe(value)}`);
}

/** The properties any annotation, body or target may carry (model 3.2.1, 3.3). */
function checkCommon(obj: Obj, path: string, p: Problems): void {
  checkId(obj, path, p);
  checkDate(obj, 'created', path, p);
  checkDate(obj, 'modified', path, p);
  checkDate(obj, 'generated', path, p);
  checkAgents(obj, 'creator', path, p);
  checkAgents(obj, 'generator', path, p);
  checkIris(obj, 'rights', path, p, false);
  checkIris(obj, 'via', path, p, false);
  checkIris(obj, 'canonical', path, p, true);
}

function checkAnnotation(a: unknown, path: string, inherited: unknown, p: Problems): boolean {
  const before = p.count;
  if (!isObject(a)) {
    p.add(path, `expected an Annotation object, found ${describe(a)}`);
    return false;
  }
  checkContext(has(a, '@context') ? own(a, '@context') : inherited, path, p);
  if (!has(a, 'type')) p.add(`${path}.type`, 'missing; expected "Annotation"');
  else if (!types(a).includes('Annotation')) p.add(`${path}.type`, `${describe(own(a, 'type'))} is not "Annotation"`);
  checkCommon(a, path, p);
  checkStrings(a, 'motivation', path, p, false);

  if (!has(a, 'target')) p.add(`${path}.target`, 'missing; every annotation has a target');
  else checkResources(own(a, 'target'), `${path}.target`, 'target', p, 0);

  if (has(a, 'body') && has(a, 'bodyValue')) p.add(path, 'has both body and bodyValue; an annotation has one or the other');
  if (has(a, 'bodyValue') && typeof own(a, 'bodyValue') !== 'string') {
    p.add(`${path}.bodyValue`, `expected a single string, found ${describe(own(a, 'bodyValue'))}`);
  }
  if (has(a, 'body')) checkResources(own(a, 'body'), `${path}.body`, 'body', p, 0);
  return p.count === before;
}

function checkResources(value: unknown, path: string, role: 'body' | 'target', p: Problems, depth: number): void {
  if (Array.isArray(value)) {
    if (value.length === 0) p.add(path, `is an empty list; expected at least one ${role}`);
    value.forEach((v, i) => checkResource(v, `${path}[${i}]`, role, p, depth + 1));
  } else {
    checkResource(value, path, role, p, depth + 1);
  }
}

const COMPOSITES = ['Choice', 'List', 'Composite', 'Independents'];

function checkResource(r: unknown, path: string, role: 'body' | 'target', p: Problems, depth: number): void {
  if (depth > MAX_DEPTH) {
    p.add(path, 'is nested too deeply');
    return;
  }
  if (typeof r === 'string') {
    if (!isIri(r)) p.add(path, `${describe(r)} is not an IRI; a ${role} given as a string must be one`);
    return;
  }
  if (!isObject(r)) {
    p.add(path, `expected a ${role} (an IRI or an object), found ${describe(r)}`);
    return;
  }
  const t = types(r);
  if (has(r, 'type') && t.length !== toList(own(r, 'type')).length) p.add(`${path}.type`, `expected text, found ${describe(own(r, 'type'))}`);
  checkCommon(r, path, p);
  checkStrings(r, 'format', path, p, false);
  checkStrings(r, 'language', path, p, false);
  checkStrings(r, 'processingLanguage', path, p, true);
  checkStrings(r, 'purpose', path, p, false);
  if (has(r, 'textDirection')) {
    const dir = own(r, 'textDirection');
    if (!(dir === 'ltr' || dir === 'rtl' || dir === 'auto')) p.add(`${path}.textDirection`, `${describe(dir)} is not one of "ltr", "rtl", "auto"`);
  }

  const composite = t.filter((x) => COMPOSITES.includes(x));
  if (composite.length > 1) {
    p.add(`${path}.type`, `names ${composite.join(' and ')}; a ${role} is at most one of Choice, List, Composite, Independents`);
    return;
  }
  if (composite.length === 1) {
    const items = own(r, 'items');
    if (!Array.isArray(items) || items.length === 0) p.add(`${path}.items`, `a ${composite[0]} needs a non-empty list of items`);
    else checkResources(items, `${path}.items`, role, p, depth);
    if (has(r, 'value')) p.add(`${path}.value`, `a ${composite[0]} has items, not a value`);
    if (has(r, 'source')) p.add(`${path}.source`, `a ${composite[0]} has items, not a source`);
    return;
  }
  if (has(r, 'items')) {
    p.add(`${path}.items`, 'has items but no type (Choice, List, …) saying how to read them');
    return;
  }

  const textual = t.includes('TextualBody') || (has(r, 'value') && !has(r, 'source'));
  if (textual) {
    if (role === 'target' && t.includes('TextualBody')) p.add(`${path}.type`, 'a target cannot be a TextualBody');
    const value = own(r, 'value');
    if (value === undefined) p.add(`${path}.value`, 'missing; a TextualBody carries its text in value');
    else if (typeof value !== 'string') p.add(`${path}.value`, `expected a single string, found ${describe(value)}`);
    if (has(r, 'source')) p.add(`${path}.source`, 'a TextualBody has a value, not a source');
    return;
  }

  const specific = t.includes('SpecificResource') || has(r, 'selector') || has(r, 'state') || has(r, 'styleClass') || has(r, 'source');
  if (specific) {
    if (!has(r, 'source')) {
      // Recogito leaves out the source of text targets (it is the page being
      // annotated); a SpecificResource with neither points at nothing.
      if (!has(r, 'selector')) p.add(`${path}.source`, 'missing; a SpecificResource names its source');
    } else {
      const source = own(r, 'source');
      if (isObject(source)) checkResource(source, `${path}.source`, role, p, depth + 1);
      else if (!isIri(source)) p.add(`${path}.source`, `${describe(source)} is not an IRI`);
    }
    if (has(r, 'selector')) {
      const sel = own(r, 'selector');
      const list = toList(sel);
      if (Array.isArray(sel) && sel.length === 0) p.add(`${path}.selector`, 'is an empty list');
      list.forEach((s, i) => checkSelector(s, Array.isArray(sel) ? `${path}.selector[${i}]` : `${path}.selector`, p, depth + 1));
    }
    return;
  }
  if (!has(r, 'id')) {
    p.add(path, `is not a ${role} the model knows: it has no id, value, source or items`);
  }
}

function checkSelector(s: unknown, path: string, p: Problems, depth: number): void {
  if (depth > MAX_DEPTH) {
    p.add(path, 'is nested too deeply');
    return;
  }
  if (isIri(s)) return;
  if (!isObject(s)) {
    p.add(path, `expected a selector (an IRI or an object), found ${describe(s)}`);
    return;
  }
  const t = types(s);
  const single = (key: string, kind: string) => {
    const v = own(s, key);
    if (v === undefined) p.add(`${path}.${key}`, `missing; a ${kind} needs one`);
    else if (typeof v !== 'string') p.add(`${path}.${key}`, `expected a single string, found ${describe(v)}`);
  };
  const position = (key: string) => {
    const v = own(s, key);
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
      p.add(`${path}.${key}`, v === undefined ? 'missing; expected a whole number, 0 or more' : `expected a whole number, 0 or more, found ${describe(v)}`);
    }
  };
  if (t.length === 0) p.add(`${path}.type`, 'missing; a selector says what kind it is');
  if (t.includes('FragmentSelector') || t.includes('CssSelector') || t.includes('XPathSelector')) single('value', t.join('/'));
  if (t.includes('TextQuoteSelector')) {
    single('exact', 'TextQuoteSelector');
    for (const key of ['prefix', 'suffix']) {
      if (has(s, key) && typeof own(s, key) !== 'string') p.add(`${path}.${key}`, `expected a single string, found ${describe(own(s, key))}`);
    }
  }
  if (t.includes('TextPositionSelector') || t.includes('DataPositionSelector')) {
    position('start');
    position('end');
  }
  if (t.includes('SvgSelector') && !has(s, 'value') && !has(s, 'id')) p.add(path, 'an SvgSelector needs a value or an id');
  if (t.includes('RangeSelector')) {
    for (const key of ['startSelector', 'endSelector']) {
      if (!has(s, key)) p.add(`${path}.${key}`, 'missing; a RangeSelector needs a start and an end selector');
      else checkSelector(own(s, key), `${path}.${key}`, p, depth + 1);
    }
  }
  if (has(s, 'refinedBy')) {
    const refined = own(s, 'refinedBy');
    toList(refined).forEach((x, i) => checkSelector(x, Array.isArray(refined) ? `${path}.refinedBy[${i}]` : `${path}.refinedBy`, p, depth + 1));
  }
}

/** Hypothesis's API objects: `user`, `uri` and a list of targets, no `type`. */
function isHypothesisApi(value: unknown): value is Obj {
  return isObject(value) && !has(value, 'type') && has(value, 'user') && has(value, 'uri') && Array.isArray(own(value, 'target'));
}

function checkHypothesis(a: unknown, path: string, p: Problems): boolean {
  const before = p.count;
  if (!isObject(a)) {
    p.add(path, `expected an annotation object, found ${describe(a)}`);
    return false;
  }
  const target = own(a, 'target');
  if (!Array.isArray(target)) p.add(`${path}.target`, `expected a list of targets, found ${describe(target)}`);
  else
    target.forEach((t, i) => {
      if (!isObject(t)) p.add(`${path}.target[${i}]`, `expected an object, found ${describe(t)}`);
      else if (has(t, 'selector') && !Array.isArray(own(t, 'selector'))) p.add(`${path}.target[${i}].selector`, 'expected a list of selectors');
    });
  for (const key of ['text', 'user']) {
    if (has(a, key) && typeof own(a, key) !== 'string') p.add(`${path}.${key}`, `expected a string, found ${describe(own(a, key))}`);
  }
  return p.count === before;
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
