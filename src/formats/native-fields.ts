/**
 * Typed field readers for the native format: each reads one field of an
 * object and reports a problem by its path (`claims[3].end: …`), so the
 * version 1 reader and the desk fields of version 2 word problems alike.
 */
import { STATUS_IDS, type StatusId } from '../claims/status.js';
import { cpLength } from '../text/codepoints.js';
import { Problems, describe, has, isDateTime, isHttpUrl, loneSurrogateAt, own, shorten } from './shared.js';

/** The statuses of version 1 files: the seven there were. */
export const V1_STATUS_IDS: readonly string[] = Object.freeze(['unchecked', 'in_progress', 'needs_source', 'verified', 'incorrect', 'misleading', 'unverifiable']);

/** Reads typed fields of one object, reporting each problem by its path. */
export class Reader {
  /** The status ids this file may use: the v1 seven, the built-ins, or the file's own set (set once the article is read). */
  statuses: readonly string[];

  /** `version` is the file's: what it may hold depends on it. */
  constructor(
    readonly problems: Problems,
    readonly version: 1 | 2 = 2,
  ) {
    this.statuses = version === 1 ? V1_STATUS_IDS : STATUS_IDS;
  }

  /** Whether an optional key is present (a JSON `null` counts as present, and is then refused). */
  optional(obj: Record<string, unknown>, key: string): boolean {
    return has(obj, key);
  }

  onlyKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.problems.add(path, `unknown property ${JSON.stringify(shorten(key))}`);
    }
  }

  string(obj: Record<string, unknown>, key: string, path: string, opts: { nonEmpty?: boolean; maxCodePoints?: number } = {}): string | undefined {
    const at = path ? `${path}.${key}` : key;
    const value = own(obj, key);
    if (typeof value !== 'string') {
      this.problems.add(at, value === undefined ? 'missing; expected a string' : `expected a string, found ${describe(value)}`);
      return undefined;
    }
    const lone = loneSurrogateAt(value);
    if (lone >= 0) {
      this.problems.add(at, `contains an unpaired surrogate (UTF-16 unit ${lone}), which is not valid Unicode text`);
      return undefined;
    }
    if (opts.nonEmpty && value === '') {
      this.problems.add(at, 'must not be empty');
      return undefined;
    }
    if (opts.maxCodePoints !== undefined) {
      const n = cpLength(value);
      if (n > opts.maxCodePoints) {
        this.problems.add(at, `is ${n} code points long; at most ${opts.maxCodePoints} are allowed`);
        return undefined;
      }
    }
    return value;
  }

  offset(obj: Record<string, unknown>, key: string, path: string): number | undefined {
    const at = `${path}.${key}`;
    const value = own(obj, key);
    if (typeof value !== 'number') {
      this.problems.add(at, value === undefined ? 'missing; expected a whole number' : `expected a whole number, found ${describe(value)}`);
      return undefined;
    }
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      this.problems.add(at, `${value} is too large to be a position in a text`);
      return undefined;
    }
    if (!Number.isInteger(value)) {
      this.problems.add(at, `${value} is not a whole number`);
      return undefined;
    }
    if (value < 0) {
      this.problems.add(at, `${value} is negative; offsets count code points from 0`);
      return undefined;
    }
    return value;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string): boolean | undefined {
    // Absent means false: version 1 files written before these flags existed stay readable.
    if (!has(obj, key)) return false;
    const value = own(obj, key);
    if (typeof value !== 'boolean') {
      this.problems.add(`${path}.${key}`, `expected true or false, found ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  date(obj: Record<string, unknown>, key: string, path: string): string | undefined {
    const at = path ? `${path}.${key}` : key;
    const value = own(obj, key);
    if (typeof value !== 'string') {
      this.problems.add(at, value === undefined ? 'missing; expected a date and time such as 2026-01-01T12:00:00.000Z' : `expected a date and time, found ${describe(value)}`);
      return undefined;
    }
    if (!isDateTime(value)) {
      this.problems.add(at, `${describe(value)} is not an ISO 8601 date and time with a zone (such as 2026-01-01T12:00:00.000Z)`);
      return undefined;
    }
    return value;
  }

  url(obj: Record<string, unknown>, key: string, path: string): string | undefined {
    const value = this.string(obj, key, path);
    if (value === undefined) return undefined;
    if (!isHttpUrl(value)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
      this.problems.add(
        `${path}.${key}`,
        scheme && !/^https?$/i.test(scheme)
          ? `${describe(value)} is a ${scheme.toLowerCase()}: address; only http: and https: addresses are allowed`
          : `${describe(value)} is not a complete http: or https: address`,
      );
      return undefined;
    }
    return value;
  }

  status(obj: Record<string, unknown>, key: string, path: string): StatusId | undefined {
    const at = `${path}.${key}`;
    const value = own(obj, key);
    if (typeof value === 'string' && this.statuses.includes(value)) return value;
    this.problems.add(at, value === undefined ? `missing; expected one of ${this.statuses.join(', ')}` : `${describe(value)} is not a known status (expected one of ${this.statuses.join(', ')})`);
    return undefined;
  }
}
