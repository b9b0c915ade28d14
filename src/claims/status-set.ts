/**
 * A newsroom's own status set (Publishing settings): the built-in statuses
 * renamed or restyled, and statuses of its own added. One checker serves
 * the settings form, `makeStatusSet` and the native format's reader, so a
 * set the app accepts is exactly a set a file may carry.
 */
import { DEFAULT_STATUSES, STATUS_IDS, STATUS_LINES, isBuiltinStatus, statusInfo, type StatusInfo, type StatusSet } from './status.js';

/** What a new status id must look like: lower-case letters, digits and underscores. */
export const STATUS_ID_PATTERN = /^[a-z0-9_]{1,40}$/;

/** One problem with a proposed status set: where (`[3].label`, relative to the list) and what. */
export interface StatusSetProblem {
  path: string;
  problem: string;
}

const KEYS = ['id', 'label', 'icon', 'colour', 'tint', 'line', 'resolved', 'rating', 'description'];
const RATING_KEYS = ['alternateName', 'ratingValue'];
/** CSS colours as a form or a file may give them: #rgb, #rrggbb, or a CSS colour function of plain characters. */
const COLOUR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|(?:rgb|rgba|hsl|hsla|oklch|lab|lch)\([0-9.,%\s/a-z-]{1,80}\)|[a-z]{3,20})$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

/**
 * Everything wrong with `value` as a status set, or an empty list. The
 * rules: a non-empty list; each status an object with a unique `id`, a
 * non-empty `label` and `icon`, a CSS `colour` (and optional `tint`), a
 * `line` from `STATUS_LINES`, `resolved` true or false, an optional
 * `rating` ({ alternateName, ratingValue? } with a whole ratingValue from 1
 * to 5) and an optional `description`. New ids match `STATUS_ID_PATTERN`.
 * Every built-in status is present (they can be renamed and restyled, not
 * removed: files that use them keep their meaning), and keeps what it
 * means: whether it counts as resolved, whether it is a verdict and its
 * rating value; `corrected` is never a verdict.
 */
export function statusSetProblems(value: unknown): StatusSetProblem[] {
  const out: StatusSetProblem[] = [];
  const add = (path: string, problem: string) => out.push({ path, problem });
  if (!Array.isArray(value)) {
    add('', `expected a list of statuses, found ${text(value)}`);
    return out;
  }
  if (value.length === 0) add('', 'a status set needs at least the built-in statuses');
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const at = `[${i}]`;
    if (!isObject(item)) {
      add(at, `expected a status object, found ${text(item)}`);
      return;
    }
    for (const key of Object.keys(item)) if (!KEYS.includes(key)) add(at, `unknown property ${JSON.stringify(key)}`);
    const id = item['id'];
    if (typeof id !== 'string') add(`${at}.id`, id === undefined ? 'missing; expected a status id' : `expected a string, found ${text(id)}`);
    else if (!isBuiltinStatus(id) && !STATUS_ID_PATTERN.test(id)) add(`${at}.id`, `${text(id)} is not a valid status id (lower-case letters, digits and _ only, at most 40)`);
    else if (seen.has(id)) add(`${at}.id`, `${text(id)} is already used by [${seen.get(id)}]`);
    else seen.set(id, i);
    for (const key of ['label', 'icon'] as const) {
      const v = item[key];
      if (typeof v !== 'string' || v.trim() === '') add(`${at}.${key}`, v === undefined ? 'missing; expected a non-empty string' : `expected a non-empty string, found ${text(v)}`);
    }
    for (const key of ['colour', 'tint'] as const) {
      const v = item[key];
      if (v === undefined && key === 'tint') continue;
      if (typeof v !== 'string' || !COLOUR.test(v)) add(`${at}.${key}`, v === undefined ? 'missing; expected a CSS colour such as #176b33' : `${text(v)} is not a CSS colour such as #176b33`);
    }
    if (!(STATUS_LINES as readonly unknown[]).includes(item['line'])) add(`${at}.line`, `${text(item['line'])} is not an underline style (expected one of ${STATUS_LINES.join(', ')})`);
    if (typeof item['resolved'] !== 'boolean') add(`${at}.resolved`, `expected true or false, found ${text(item['resolved'])}`);
    if (item['description'] !== undefined && typeof item['description'] !== 'string') add(`${at}.description`, `expected a string, found ${text(item['description'])}`);
    const rating = item['rating'];
    if (rating !== undefined) {
      if (!isObject(rating)) add(`${at}.rating`, `expected { alternateName, ratingValue? }, found ${text(rating)}`);
      else {
        for (const key of Object.keys(rating)) if (!RATING_KEYS.includes(key)) add(`${at}.rating`, `unknown property ${JSON.stringify(key)}`);
        const name = rating['alternateName'];
        if (typeof name !== 'string' || name.trim() === '') add(`${at}.rating.alternateName`, `expected a non-empty string, found ${text(name)}`);
        const v = rating['ratingValue'];
        if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)) add(`${at}.rating.ratingValue`, `${text(v)} is not a whole number from 1 to 5`);
      }
    }
    if (typeof id === 'string' && isBuiltinStatus(id)) {
      const builtin = statusInfo(id);
      if (typeof item['resolved'] === 'boolean' && item['resolved'] !== builtin.resolved) {
        add(`${at}.resolved`, `the built-in status "${id}" ${builtin.resolved ? 'always counts' : 'never counts'} as resolved`);
      }
      const r = isObject(rating) ? rating : undefined;
      if (!builtin.rating && rating !== undefined) add(`${at}.rating`, `the built-in status "${id}" is never published as a verdict`);
      else if (builtin.rating && rating === undefined) add(`${at}.rating`, `missing; the built-in status "${id}" is a verdict`);
      else if (builtin.rating && r && r['ratingValue'] !== builtin.rating.ratingValue) {
        add(`${at}.rating.ratingValue`, `the built-in status "${id}" ${builtin.rating.ratingValue === undefined ? 'has no rating value' : `has the rating value ${builtin.rating.ratingValue}`}`);
      }
    }
  });
  const missing = STATUS_IDS.filter((id) => !seen.has(id));
  if (missing.length && Array.isArray(value) && value.length) add('', `the built-in statuses ${missing.map((m) => `"${m}"`).join(', ')} are missing; they can be renamed, not removed`);
  return out;
}

/**
 * A status set from a list of statuses, checked by `statusSetProblems` and
 * frozen. Throws `RangeError` naming the first problem.
 */
export function makeStatusSet(list: readonly StatusInfo[]): StatusSet {
  const problems = statusSetProblems(list);
  if (problems.length) {
    const { path, problem } = problems[0]!;
    throw new RangeError(`This status set cannot be used: ${path ? `${path}: ` : ''}${problem}.`);
  }
  return Object.freeze(list.map((s) => Object.freeze({ ...s, ...(s.rating ? { rating: Object.freeze({ ...s.rating }) } : {}) })));
}

/**
 * The built-in set with some statuses changed and others added, the usual
 * way a newsroom makes its own: `changes` maps a built-in id to the fields
 * it changes (label, icon, colour, tint, line, description, the rating's
 * alternateName), `added` are appended in order. Throws `RangeError` as
 * `makeStatusSet` does.
 */
export function customStatusSet(
  changes: Readonly<Partial<Record<string, Partial<Pick<StatusInfo, 'label' | 'icon' | 'colour' | 'tint' | 'line' | 'description' | 'rating'>>>>> = {},
  added: readonly StatusInfo[] = [],
): StatusSet {
  for (const id of Object.keys(changes)) {
    if (!isBuiltinStatus(id)) throw new RangeError(`"${id}" is not a built-in status; add new statuses through the second argument.`);
  }
  return makeStatusSet([...DEFAULT_STATUSES.map((s) => ({ ...s, ...changes[s.id] })), ...added]);
}
