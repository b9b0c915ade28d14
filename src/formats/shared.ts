/**
 * Small checks the format readers and writers share: dates, addresses,
 * document order and the wording of problems. Not a format itself.
 */
import { loneSurrogateAt, wellFormed } from '../text/codepoints.js';
import { isHttpUrl } from '../text/url.js';

// Kept here too: the readers and writers have always found them in this module.
export { isHttpUrl, loneSurrogateAt, wellFormed };

/** How many problems a reader lists before it summarises the rest. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * Collects the problems found in one file, each named by its place
 * (`claims[3].end: …`), so the user can fix them all in one go rather than
 * one per attempt.
 */
export class Problems {
  private readonly listed: string[] = [];
  private total = 0;

  add(path: string, problem: string): void {
    this.total++;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(path ? `${path}: ${problem}` : problem);
  }

  get count(): number {
    return this.total;
  }

  /** The listed problems, ending with "… and N more" when some were left off. */
  list(): string[] {
    const more = this.total - this.listed.length;
    return more > 0 ? [...this.listed, `… and ${more} more`] : [...this.listed];
  }
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object's own property `key`. Reading through `Object.hasOwn` keeps an
 * inherited `constructor` or `toString` from passing for data, and a JSON
 * key named `__proto__` (an own property after `JSON.parse`) from being
 * confused with the prototype.
 */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Whether `obj` has its own property `key`. */
export function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(obj, key);
}

// RFC 3339 date-time: a calendar date, "T", a time, optional fraction and
// an optional zone ("Z" or ±hh:mm).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;

/**
 * Whether `value` is an ISO 8601 / RFC 3339 date and time such as
 * `2026-01-01T12:00:00.000Z`. The zone is required unless `zoneOptional`
 * (the W3C model only says a zone SHOULD be given). Impossible dates
 * (February 30th, hour 25) are refused, which `Date.parse` alone would not do.
 */
export function isDateTime(value: unknown, zoneOptional = false): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  if (!m[8] && !zoneOptional) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return !Number.isNaN(Date.parse(m[8] ? value : `${value}Z`));
}

/**
 * `value` as a UTC ISO string (`…Z`). A time without a zone is read as UTC,
 * not as the reader's local time, so an import gives the same result
 * everywhere.
 */
export function toUtcIso(value: string): string {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  return new Date(zoned).toISOString();
}

/**
 * Claims in document order: by start, then end; orphaned claims (which have
 * no valid place) last. The sort is stable, so ties keep their given order.
 */
export function inDocumentOrder<T extends { start: number; end: number; orphaned: boolean }>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
}

/** `s` cut to `max` code points with an ellipsis, for quoting in a message. */
export function shorten(s: string, max = 40): string {
  const cps = Array.from(s);
  return cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : s;
}

/** A value as a message shows it: strings quoted and shortened, other things by kind. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(shorten(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
