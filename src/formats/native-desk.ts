/**
 * Reading the desk fields that version 2 of the native format adds:
 * sources of other kinds, queries to the writer, the second check, the
 * other version of a merge, and on the article the sign-off and the
 * newsroom's own statuses. Every problem names its place, as in version 1.
 */
import type { OtherVersion, Query, SecondCheck, Source, StoredClaim } from '../claims/record.js';
import { SOURCE_KINDS } from '../claims/record.js';
import { sourceKind } from '../claims/source.js';
import type { SignOff } from '../claims/signoff.js';
import { makeStatusSet, statusSetProblems } from '../claims/status-set.js';
import type { StatusSet } from '../claims/status.js';
import type { Reader } from './native-fields.js';
import { describe, isDateTime, isObject, own } from './shared.js';

/** Keys of a source in version 1, and in version 2. */
export const SOURCE_KEYS_V1 = ['url', 'label'];
export const SOURCE_KEYS_V2 = ['url', 'label', 'kind', 'who', 'at'];
const QUERY_KEYS = ['id', 'to', 'question', 'askedBy', 'askedAt', 'state', 'answer', 'answeredBy', 'answeredAt'];
const QUERY_STATES = ['open', 'answered', 'withdrawn'];
const ANSWER_KEYS = ['answer', 'answeredBy', 'answeredAt'] as const;

/** An object at `path`, or undefined with a problem saying what was found instead. */
function object(r: Reader, value: unknown, path: string, what: string): Record<string, unknown> | undefined {
  if (isObject(value)) return value;
  r.problems.add(path, `expected ${what}, found ${describe(value)}`);
  return undefined;
}

/** An optional string field: absent gives undefined, present must be a string. */
function optionalString(r: Reader, obj: Record<string, unknown>, key: string, path: string): string | undefined {
  return r.optional(obj, key) ? r.string(obj, key, path) : undefined;
}

/**
 * One source of a version 2 file: `kind` one of `SOURCE_KINDS` (absent:
 * web), `url` required for a web page and optional otherwise (http(s)
 * either way), optional `label`, `who` and `at` (a date, or a date and time).
 */
export function readSourceV2(r: Reader, item: Record<string, unknown>, at: string): Source | undefined {
  const before = r.problems.count;
  r.onlyKeys(item, at, SOURCE_KEYS_V2);
  const out: Source = {};
  if (r.optional(item, 'kind')) {
    const kind = own(item, 'kind');
    if (typeof kind === 'string' && (SOURCE_KINDS as readonly string[]).includes(kind)) {
      if (kind !== 'web') out.kind = kind as Source['kind'];
    } else r.problems.add(`${at}.kind`, `${describe(kind)} is not a kind of source (expected one of ${SOURCE_KINDS.join(', ')})`);
  }
  if (r.optional(item, 'url') || sourceKind(out) === 'web') {
    const url = r.url(item, 'url', at);
    if (url !== undefined) out.url = url;
  }
  for (const key of ['label', 'who'] as const) {
    const v = optionalString(r, item, key, at);
    if (v !== undefined) out[key] = v;
  }
  if (r.optional(item, 'at')) {
    const v = own(item, 'at');
    if (typeof v === 'string' && (/^\d{4}-\d{2}-\d{2}$/.test(v) ? isDateTime(`${v}T00:00:00Z`) : isDateTime(v))) out.at = v;
    else r.problems.add(`${at}.at`, `${describe(v)} is not a date (2026-01-01) or an ISO 8601 date and time with a zone`);
  }
  return r.problems.count > before ? undefined : out;
}

/** A claim's queries: a list of `Query`, ids unique within the claim, answers only on answered ones. */
export function readQueries(r: Reader, value: unknown, path: string): Query[] | undefined {
  if (!Array.isArray(value)) {
    r.problems.add(path, `expected a list of queries, found ${describe(value)}`);
    return undefined;
  }
  const before = r.problems.count;
  const out: Query[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const obj = object(r, item, at, 'a query object');
    if (!obj) return;
    r.onlyKeys(obj, at, QUERY_KEYS);
    const id = r.string(obj, 'id', at, { nonEmpty: true });
    if (id !== undefined) {
      if (seen.has(id)) r.problems.add(`${at}.id`, `${describe(id)} is already used by ${path}[${seen.get(id)}]`);
      else seen.set(id, i);
    }
    const to = r.string(obj, 'to', at);
    const question = r.string(obj, 'question', at, { nonEmpty: true });
    const askedBy = r.string(obj, 'askedBy', at);
    const askedAt = r.date(obj, 'askedAt', at);
    const state = own(obj, 'state');
    if (typeof state !== 'string' || !QUERY_STATES.includes(state)) {
      r.problems.add(`${at}.state`, `${state === undefined ? 'missing' : describe(state)}; expected one of ${QUERY_STATES.join(', ')}`);
      return;
    }
    const query = { id, to, question, askedBy, askedAt, state } as Query;
    if (state === 'answered') {
      query.answer = r.string(obj, 'answer', at, { nonEmpty: true })!;
      query.answeredBy = r.string(obj, 'answeredBy', at)!;
      query.answeredAt = r.date(obj, 'answeredAt', at)!;
    } else {
      for (const key of ANSWER_KEYS) if (r.optional(obj, key)) r.problems.add(`${at}.${key}`, `only an answered query has ${key} (this one is ${state})`);
    }
    out.push(query);
  });
  return r.problems.count > before ? undefined : out;
}

/** `{ by, at }` of a second check: a non-empty name and a date and time. */
export function readSecondCheck(r: Reader, value: unknown, path: string): SecondCheck | undefined {
  const obj = object(r, value, path, 'the second check ({ "by": …, "at": … })');
  if (!obj) return undefined;
  r.onlyKeys(obj, path, ['by', 'at']);
  const by = r.string(obj, 'by', path, { nonEmpty: true });
  const at = r.date(obj, 'at', path);
  return by !== undefined && at !== undefined ? { by, at } : undefined;
}

/** The other version of a merged claim: `{ status, note, by, at }`. */
export function readOtherVersion(r: Reader, value: unknown, path: string): OtherVersion | undefined {
  const obj = object(r, value, path, 'the other version ({ "status", "note", "by", "at" })');
  if (!obj) return undefined;
  r.onlyKeys(obj, path, ['status', 'note', 'by', 'at']);
  const status = r.status(obj, 'status', path);
  const note = r.string(obj, 'note', path);
  const by = r.string(obj, 'by', path);
  const at = r.date(obj, 'at', path);
  return status !== undefined && note !== undefined && by !== undefined && at !== undefined ? { status, note, by, at } : undefined;
}

/** The article's sign-off: `{ by, at, stale, staleSince? }`, `staleSince` only when stale. */
export function readSignOff(r: Reader, value: unknown, path: string): SignOff | undefined {
  const obj = object(r, value, path, 'the sign-off ({ "by", "at", "stale" })');
  if (!obj) return undefined;
  const before = r.problems.count;
  r.onlyKeys(obj, path, ['by', 'at', 'stale', 'staleSince']);
  const by = r.string(obj, 'by', path, { nonEmpty: true });
  const at = r.date(obj, 'at', path);
  const stale = own(obj, 'stale');
  if (typeof stale !== 'boolean') r.problems.add(`${path}.stale`, stale === undefined ? 'missing; expected true or false' : `expected true or false, found ${describe(stale)}`);
  const staleSince = r.optional(obj, 'staleSince') ? r.date(obj, 'staleSince', path) : undefined;
  if (staleSince !== undefined && stale === false) r.problems.add(`${path}.staleSince`, 'only a stale sign-off has staleSince');
  if (r.problems.count > before || by === undefined || at === undefined) return undefined;
  const out: SignOff = { by, at, stale: stale as boolean };
  if (staleSince !== undefined) out.staleSince = staleSince;
  return out;
}

/** The article's own statuses, checked as Publishing settings check them (`statusSetProblems`). */
export function readStatuses(r: Reader, value: unknown, path: string): StatusSet | undefined {
  const problems = statusSetProblems(value);
  for (const p of problems) r.problems.add(`${path}${p.path}`, p.problem);
  return problems.length ? undefined : makeStatusSet(value as StatusSet);
}

/** The optional text fields version 2 adds to a claim. */
const CLAIM_TEXT_V2 = ['claimant', 'assignee', 'suggestedFix'] as const;

/**
 * The desk fields of one version 2 claim: claimant, assignee, suggested
 * wording, queries, second check and other version, each only when the
 * file has it. Problems go to the reader, as every other field's do.
 */
export function readDeskClaimFields(r: Reader, value: Record<string, unknown>, path: string): Partial<StoredClaim> {
  const out: Partial<StoredClaim> = {};
  for (const key of CLAIM_TEXT_V2) {
    const v = r.optional(value, key) ? r.string(value, key, path) : undefined;
    if (v !== undefined) out[key] = v;
  }
  if (r.optional(value, 'queries')) {
    const queries = readQueries(r, own(value, 'queries'), `${path}.queries`);
    if (queries) out.queries = queries;
  }
  if (r.optional(value, 'secondCheck')) {
    const secondCheck = readSecondCheck(r, own(value, 'secondCheck'), `${path}.secondCheck`);
    if (secondCheck) out.secondCheck = secondCheck;
  }
  if (r.optional(value, 'otherVersion')) {
    const other = readOtherVersion(r, own(value, 'otherVersion'), `${path}.otherVersion`);
    if (other) out.otherVersion = other;
  }
  return out;
}
