// Which pages may use /sync and the API. A browser always sends Origin on a
// WebSocket handshake and on cross-origin requests, so refusing foreign
// origins stops another site's page from using a team member's browser
// (cross-site WebSocket hijacking). A request without Origin did not come
// from another site's page (browsers omit it only on same-origin GETs) and
// a non-browser client could send any Origin it likes, so a missing Origin
// is allowed: the token is what admits a client, in every case.
import type { IncomingHttpHeaders } from 'node:http';

/** The origin a page from `host` would have under `protocol`, or null when the Host header is unusable. */
function ownOrigin(protocol: string, host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`${protocol}//${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request with these headers may proceed: no Origin, the origin of
 * the Host it was sent to (http or https, so it works behind a TLS proxy that
 * keeps the Host), or one of `allowed`.
 */
export function originAllowed(headers: IncomingHttpHeaders, allowed: ReadonlySet<string>): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and garbage
  }
  if (allowed.has(parsed.origin)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.origin === ownOrigin(parsed.protocol, headers.host);
}

/** Whether `origin` is one of the other origins allowed (for CORS headers). */
export function isCrossOriginAllowed(origin: string | undefined, allowed: ReadonlySet<string>): origin is string {
  return origin !== undefined && allowed.has(origin);
}
