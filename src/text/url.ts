/**
 * Addresses the app will turn into links. Text only: the claims core (a
 * source's address) and the format readers share this one rule.
 */
import { loneSurrogateAt } from './codepoints.js';

/**
 * Whether `value` is an absolute `http:` or `https:` address. Everything
 * else (`javascript:`, `data:`, `file:`) is refused because sources end up
 * as links the user clicks.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 8192) return false;
  // An unpaired surrogate cannot be written back out as valid UTF-8.
  if (loneSurrogateAt(value) >= 0) return false;
  // The URL parser silently strips tabs and newlines and trims spaces;
  // a stored address should not rely on that.
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
