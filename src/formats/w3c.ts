/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD.
 * Export writes one AnnotationCollection per article; import reads what
 * Hypothesis and Recogito write (single annotations, lists, pages,
 * collections, and Hypothesis's own export file) and extracts quotes and
 * records. Placing the quotes in the article is the anchoring module's job.
 */
import type { Article } from '../article/article.js';
import type { Query, Source, StoredClaim } from '../claims/record.js';
import { statusInfo, type StatusId, type StatusSet } from '../claims/status.js';
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

/** The value of the `tagging` body on a claim whose words changed after its verdict: it needs re-checking. */
export const RECHECK_TAG = 'needs-recheck';
/** The value of the `tagging` body on a query that was withdrawn. */
export const WITHDRAWN_TAG = 'withdrawn';

/**
 * The status (`purpose: assessing`, value a status id), the note
 * (`commenting`), the Re-check flag (`tagging`, value `needs-recheck`), or
 * in a reply the question (`questioning`) or the answer (`replying`).
 */
export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'commenting' | 'tagging' | 'questioning' | 'replying';
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

/**
 * A query to the writer about a claim (`motivation: questioning`, its
 * target the claim's annotation), or the writer's answer to it
 * (`replying`, its target the question). `audience` names whom a question
 * was sent to.
 */
export interface W3CReply {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'questioning' | 'replying';
  created: string;
  creator?: W3CAgent;
  audience?: { type: 'schema:Audience'; name: string };
  generator: W3CAgent;
  body: W3CTextualBody[];
  target: string;
}

/** The one page of an export, embedded in the collection: claims, each followed by its replies. */
export interface W3CAnnotationPage {
  type: 'AnnotationPage';
  id: string;
  startIndex: number;
  items: Array<W3CAnnotation | W3CReply>;
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
  /** The statuses whose labels are written (default: the article's own set, else the built-ins). */
  statuses?: StatusSet;
}

/**
 * The article's claims as one AnnotationCollection with a single embedded
 * page, in document order. Each claim is an `assessing` annotation whose
 * bodies are its status, its note (if any) and its sources, targeting the
 * article (its URL, else `urn:uuid:<article id>`) by quote and by code-point
 * position. An orphaned claim has no valid position, so it carries only its
 * last known quote. A claim marked Re-check has a `tagging` body
 * `needs-recheck`, so other tools see the flag. Each query to the writer
 * follows its claim as a `questioning` annotation that targets the claim's
 * annotation (a withdrawn one tagged `withdrawn`), and each answer as a
 * `replying` annotation that targets the question. Ids are stable:
 * exporting again gives the same ids.
 */
export function exportW3C(article: Article, claims: readonly StoredClaim[], opts: W3CExportOptions = {}): W3CAnnotationCollection {
  const source = article.url?.trim() || stableUrn(article.id);
  const generator: W3CAgent = { type: 'Software', name: opts.generator ?? 'Factcheck Desk' };
  const set = opts.statuses ?? article.statuses;
  const items = inDocumentOrder(claims).flatMap((claim) => [toAnnotation(claim, source, generator, set), ...repliesOf(claim, generator)]);
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

/** A plain-text body with `purpose`. */
function textBody(purpose: W3CTextualBody['purpose'], value: string): W3CTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function person(name: string | undefined): { creator: W3CAgent } | object {
  return name?.trim() ? { creator: { type: 'Person', name } } : {};
}

/** The id of the annotation that answers query `q`: stable, and apart from the question's. */
function answerUrn(q: Query): string {
  return `urn:uuid:${uuidV5(FACTCHECK_UUID_NAMESPACE, `answer:${q.id}`)}`;
}

/** The queries of a claim as replies: each question, then its answer if it has one. */
function repliesOf(claim: StoredClaim, generator: W3CAgent): W3CReply[] {
  const out: W3CReply[] = [];
  for (const q of claim.queries ?? []) {
    const questionId = stableUrn(q.id);
    const body = [textBody('questioning', q.question)];
    if (q.state === 'withdrawn') body.push(textBody('tagging', WITHDRAWN_TAG));
    out.push({
      id: questionId,
      type: 'Annotation',
      motivation: 'questioning',
      created: q.askedAt,
      ...person(q.askedBy),
      ...(q.to.trim() ? { audience: { type: 'schema:Audience', name: q.to } } : {}),
      generator: { ...generator },
      body,
      target: stableUrn(claim.id),
    });
    if (q.state === 'answered' && q.answer !== undefined) {
      out.push({
        id: answerUrn(q),
        type: 'Annotation',
        motivation: 'replying',
        created: q.answeredAt ?? q.askedAt,
        ...person(q.answeredBy),
        generator: { ...generator },
        body: [textBody('replying', q.answer)],
        target: questionId,
      });
    }
  }
  return out;
}

function toAnnotation(claim: StoredClaim, source: string, generator: W3CAgent, set: StatusSet | undefined): W3CAnnotation {
  const label = (set ?? []).find((s) => s.id === claim.status)?.label ?? statusInfo(claim.status).label;
  const body: Array<W3CTextualBody | W3CLinkingBody> = [{ ...textBody('assessing', claim.status), label }];
  if (claim.note.trim() !== '') body.push(textBody('commenting', claim.note));
  if (claim.changed) body.push(textBody('tagging', RECHECK_TAG));
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
  /** Tagged `needs-recheck`: its words changed after its verdict. */
  changed?: boolean;
  /** Queries read from the `questioning` replies to it (and their `replying` answers). */
  queries?: Query[];
}

/** What `parseW3C` gives back. `skipped` lists well-formed annotations that could not be used, and why. */
export type W3CParseResult = { ok: true; annotations: W3CImportedAnnotation[]; skipped: string[] } | { ok: false; errors: string[] };
