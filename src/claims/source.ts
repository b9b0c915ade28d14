/**
 * What makes a source acceptable. A web page is its address; an interview,
 * a call, a document or an email is evidence without a page of its own, so
 * its address is optional, but every address the app keeps is an http(s)
 * one, because it ends up as a link the user clicks.
 */
import { isHttpUrl } from '../text/url.js';
import { SOURCE_KINDS, type Source, type SourceKind } from './record.js';

/** What a source's `kind` means when it is absent: a web page. */
export function sourceKind(source: Source): SourceKind {
  return source.kind ?? 'web';
}

/** The noun for each kind, for messages and lists. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = Object.freeze({
  web: 'Web page',
  interview: 'Interview',
  call: 'Phone call',
  document: 'Document',
  email: 'Email',
});

/**
 * Why `source` cannot be kept, as a sentence for the form, or null when it
 * can: a web page needs an http(s) address; other kinds may have one, and
 * then it must be http(s) too; an unknown kind is refused. An empty `url`
 * counts as none.
 */
export function sourceProblem(source: Source): string | null {
  const kind = source.kind;
  if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    return `"${String(kind)}" is not a kind of source (expected one of ${SOURCE_KINDS.join(', ')})`;
  }
  const url = source.url?.trim() ?? '';
  if (sourceKind(source) === 'web') {
    if (url === '') return 'A web page needs its address (http: or https:)';
    if (!isHttpUrl(url)) return `"${url}" is not an http: or https: address`;
    return null;
  }
  if (url !== '' && !isHttpUrl(url)) return `"${url}" is not an http: or https: address; leave it empty if there is none`;
  return null;
}

/**
 * A source as the app keeps it: `kind` dropped for a web page (its
 * default), empty optional fields dropped, the address trimmed. Throws
 * `RangeError` with `sourceProblem`'s sentence when it cannot be kept.
 */
export function normaliseSource(source: Source): Source {
  const problem = sourceProblem(source);
  if (problem) throw new RangeError(`${problem}.`);
  const out: Source = {};
  const url = source.url?.trim();
  if (url) out.url = url;
  if (source.label?.trim()) out.label = source.label;
  if (source.kind && source.kind !== 'web') out.kind = source.kind;
  if (source.who?.trim()) out.who = source.who;
  if (source.at?.trim()) out.at = source.at;
  return out;
}

/** How a source reads in plain text (CSV cells, copied queries, reports): `url (label)` for a page, `Interview: who, at — label url` for the rest. */
export function describeSource(source: Source): string {
  const kind = sourceKind(source);
  if (kind === 'web') return source.label ? `${source.url ?? ''} (${source.label})` : (source.url ?? '');
  const who = [source.who, source.at].filter((x) => x && x.trim()).join(', ');
  const rest = [source.label, source.url].filter((x) => x && x.trim()).join(' ');
  return `${SOURCE_KIND_LABELS[kind]}${who ? `: ${who}` : ''}${rest ? ` — ${rest}` : ''}`;
}
