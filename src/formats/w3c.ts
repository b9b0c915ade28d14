/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD.
 * Export writes one AnnotationCollection per article; import reads what
 * Hypothesis and Recogito write (single annotations, lists, pages,
 * collections, and Hypothesis's own export file) and extracts quotes and
 * records. Placing the quotes in the article is the anchoring module's job.
 */
import type { Article } from '../article/article.js';
import type { Source, StoredClaim } from '../claims/record.js';
import { statusInfo, type StatusId } from '../claims/status.js';
import { inDocumentOrder } from './shared.js';
import { stableUrn, uuidV5, FACTCHECK_UUID_NAMESPACE } from './uuid.js';

/** The JSON-LD context every Web Annotation names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Selects text by its words and up to 32 code points either side (model 4.2.4). */
export interface W3CTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Selects text by code-point offsets into the article's plain text (model 4.2.5). */
export interface W3CTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A person, organisation or program (model 3.3.2). */
export interface W3CAgent {
  type: 'Person' | 'Organization' | 'Software';
  name: string;
}

/** The status (`purpose: assessing`, value a status id) or the note (`purpose: commenting`). */
export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'commenting';
  value: string;
  format: 'text/plain';
  /** On the status body: the status's label, for people reading the file. */
  label?: string;
}

/** A source: a SpecificResource, because only those may carry a `purpose`. */
export interface W3CLinkingBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: { id: string; label?: string };
}

/** One claim as an annotation. `@context` is set only when it stands alone; in a page it is inherited. */
export interface W3CAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator?: W3CAgent;
  generator: W3CAgent;
  body: Array<W3CTextualBody | W3CLinkingBody>;
  target: { source: string; selector: Array<W3CTextQuoteSelector | W3CTextPositionSelector> };
}

/** The one page of an export, embedded in the collection. */
export interface W3CAnnotationPage {
  type: 'AnnotationPage';
  id: string;
  startIndex: number;
  items: W3CAnnotation[];
}

/** An article's annotations, as `exportW3C` writes them. */
export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  id: string;
  label: string;
  total: number;
  creator?: W3CAgent;
  /** Absent when there are no annotations, as the model asks. */
  first?: W3CAnnotationPage;
}

/** Options of `exportW3C`. */
export interface W3CExportOptions {
  /** The newsroom; becomes the collection's creator. */
  organisation?: string;
  /** The software named as each annotation's generator (default "Factcheck Desk"). */
  generator?: string;
}

/**
 * The article's claims as one AnnotationCollection with a single embedded
 * page, in document order. Each claim is an `assessing` annotation whose
 * bodies are its status, its note (if any) and its sources, targeting the
 * article (its URL, else `urn:uuid:<article id>`) by quote and by code-point
 * position. An orphaned claim has no valid position, so it carries only its
 * last known quote. Ids are stable: exporting again gives the same ids.
 */
export function exportW3C(article: Article, claims: readonly StoredClaim[], opts: W3CExportOptions = {}): W3CAnnotationCollection {
  const source = article.url?.trim() || stableUrn(article.id);
  const generator: W3CAgent = { type: 'Software', name: opts.generator ?? 'Factcheck Desk' };
  const items = inDocumentOrder(claims).map((claim) => toAnnotation(claim, source, generator));
  const collection: W3CAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    id: `urn:uuid:${uuidV5(FACTCHECK_UUID_NAMESPACE, `collection:${article.id}`)}`,
    label: article.title,
    total: items.length,
  };
  if (opts.organisation) collection.creator = { type: 'Organization', name: opts.organisation };
  if (items.length > 0) {
    collection.first = {
      type: 'AnnotationPage',
      id: `urn:uuid:${uuidV5(FACTCHECK_UUID_NAMESPACE, `page:${article.id}`)}`,
      startIndex: 0,
      items,
    };
  }
  return collection;
}

function toAnnotation(claim: StoredClaim, source: string, generator: W3CAgent): W3CAnnotation {
  const body: Array<W3CTextualBody | W3CLinkingBody> = [
    { type: 'TextualBody', purpose: 'assessing', value: claim.status, format: 'text/plain', label: statusInfo(claim.status).label },
  ];
  if (claim.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const s of claim.sources) {
    if (!s.url) continue;
    body.push({ type: 'SpecificResource', purpose: 'linking', source: s.label ? { id: s.url, label: s.label } : { id: s.url } });
  }
  const quote: W3CTextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.quote };
  if (claim.prefix) quote.prefix = claim.prefix;
  if (claim.suffix) quote.suffix = claim.suffix;
  const selector: Array<W3CTextQuoteSelector | W3CTextPositionSelector> = [quote];
  if (!claim.orphaned) selector.push({ type: 'TextPositionSelector', start: claim.start, end: claim.end });

  return {
    id: stableUrn(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(claim.reviewer.trim() !== '' ? { creator: { type: 'Person', name: claim.reviewer } as const } : {}),
    generator: { ...generator },
    body,
    target: { source, selector },
  };
}

/** One annotation as read from a W3C (or Hypothesis) file, before anchoring. */
export interface W3CImportedAnnotation {
  /** The claim id, when the annotation's id is `urn:uuid:<uuid>` (or Recogito's `#<uuid>`). */
  id?: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** A TextPositionSelector's offsets, kept only when they lie inside the text: a hint for anchoring. */
  start?: number;
  end?: number;
  status: StatusId;
  note: string;
  sources: Source[];
  reviewer: string;
  createdAt?: string;
  updatedAt?: string;
  /** The target's source (the page annotated), to warn when it is another page. */
  source?: string;
}

/** What `parseW3C` gives back. `skipped` lists well-formed annotations that could not be used, and why. */
export type W3CParseResult =
  | { ok: true; annotations: W3CImportedAnnotation[]; skipped: string[] }
  | { ok: false; errors: string[] };
