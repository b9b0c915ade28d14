import type { EditorState, Transaction } from 'prosemirror-state';
import { anchorQuote } from '../anchoring/index.js';
import { textMap } from '../article/positions.js';
import type { W3CImportedAnnotation } from '../formats/w3c.js';
import { CodePointIndex } from '../text/codepoints.js';
import { newClaimId, type ClaimRecord } from './record.js';
import { claimsOf } from './state.js';
import { claimsTransaction } from './transaction.js';
import { placeOnWords } from './marks.js';

/** What importing annotations into the open article did. */
export interface AnnotationImportSummary {
  /** Placed on exactly their quoted words. */
  exact: number;
  /** Placed on similar words: marked for re-checking where they have a verdict. */
  approximate: number;
  /** Their words are not in this article: kept as orphans. */
  orphaned: number;
}

/**
 * Anchors annotations from another tool (W3C Web Annotation, as Hypothesis
 * and Recogito write them) into the open article as claims, in one
 * transaction. An annotation that cannot be placed is kept as an orphan,
 * never dropped; one placed on words other than its quote is marked
 * changed. Ids already used here are replaced with new ones.
 */
export function importAnnotations(
  state: EditorState,
  annotations: readonly W3CImportedAnnotation[],
  at = new Date().toISOString(),
): { tr: Transaction; summary: AnnotationImportSummary; ids: string[] } {
  const { records: existing, reviewer } = claimsOf(state);
  const map = textMap(state.doc);
  const index = new CodePointIndex(map.text);
  const summary: AnnotationImportSummary = { exact: 0, approximate: 0, orphaned: 0 };
  const records: ClaimRecord[] = [];
  const ranges: Array<{ id: string; from: number; to: number }> = [];
  const used = new Set(existing.keys());
  for (const a of annotations) {
    const id = a.id && !used.has(a.id) ? a.id : newClaimId();
    used.add(id);
    const createdAt = a.createdAt ?? at;
    const by = a.reviewer || reviewer;
    const record: ClaimRecord = {
      id,
      status: a.status,
      note: a.note,
      sources: a.sources,
      reviewer: by,
      createdAt,
      updatedAt: a.updatedAt ?? createdAt,
      history: [{ status: a.status, at: createdAt, by, event: 'imported' }],
      // Another tool's Re-check flag is kept: only a checker clears it.
      changed: Boolean(a.changed) && a.status !== 'unchecked',
      orphaned: false,
    };
    if (a.queries?.length) record.queries = a.queries;
    const found = anchorQuote(map.text, a);
    const place = found && placeOnWords(state.doc, map, found.start, found.end);
    if (!found || !place) {
      summary.orphaned++;
      const start = a.start ?? 0;
      records.push({ ...record, orphaned: true, anchor: { quote: a.quote, prefix: a.prefix, suffix: a.suffix, start, end: a.end ?? start } });
      continue;
    }
    if (found.exact) summary.exact++;
    else {
      summary.approximate++;
      const newText = index.slice(found.start, found.end);
      record.changed = record.changed || a.status !== 'unchecked';
      record.history = [...record.history, { status: a.status, at, by: reviewer, event: 'text-changed', oldText: a.quote, newText }];
    }
    records.push(record);
    ranges.push({ id, ...place });
  }
  const tr = claimsTransaction(state, { type: 'put', records, ranges });
  return { tr, summary, ids: records.map((r) => r.id) };
}
