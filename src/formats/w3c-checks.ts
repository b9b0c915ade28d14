/**
 * The checks a W3C Web Annotation file must pass before anything is read
 * from it: the MUSTs of the data model that make a file unreadable or
 * wrong (what the W3C test suite's schemas refuse), each problem named by
 * its place, and the shape of Hypothesis's API objects. The reader
 * (`w3c-import.ts`) extracts claims only from what passed.
 */
import { Problems, describe, has, isDateTime, isObject, own } from './shared.js';
import { ANNO_CONTEXT } from './w3c.js';

export type Obj = Record<string, unknown>;

/** How deep bodies, choices and refined selectors may nest before a file counts as hostile. */
export const MAX_DEPTH = 16;

export function types(obj: Obj): string[] {
  const t = own(obj, 'type');
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function toList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * An IRI as annotations use it: absolute (`scheme:…`) or Recogito's
 * fragment-only `#…`, without spaces. Full RFC 3987 parsing would refuse
 * files that every other tool reads.
 */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && /^([a-z][a-z0-9+.-]*:|#)[^\s<>"{}|\\^`]*$/i.test(value);
}

function hasAnnoContext(context: unknown): boolean {
  // The model names the http: URL; https: is the same document and some tools write it.
  const ok = (c: unknown) => c === ANNO_CONTEXT || c === 'https://www.w3.org/ns/anno.jsonld';
  return Array.isArray(context) ? context.some(ok) : ok(context);
}

export function checkContext(context: unknown, path: string, p: Problems): boolean {
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

export function checkId(obj: Obj, path: string, p: Problems): void {
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

export function checkAnnotation(a: unknown, path: string, inherited: unknown, p: Problems): boolean {
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
export function isHypothesisApi(value: unknown): value is Obj {
  return isObject(value) && !has(value, 'type') && has(value, 'user') && has(value, 'uri') && Array.isArray(own(value, 'target'));
}

export function checkHypothesis(a: unknown, path: string, p: Problems): boolean {
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
