import type * as Y from 'yjs';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { ClaimsAction } from '../claims/actions.js';
import { claimsKey, claimsOf } from '../claims/state.js';
import type { ClaimRecord } from '../claims/record.js';
import { claimsMap, type ClaimsMap } from './doc.js';
import { readRecord, writeRecord } from './records.js';

const claimsSyncKey = new PluginKey('claims-sync');

/** Whether a transaction brought claim records from the shared document (another person's change). */
export function fromSharedRecords(tr: Transaction): boolean {
  return tr.getMeta(claimsSyncKey) === true;
}

/** The ids of the claims a change of the shared claims touched. */
function changedIds(claims: ClaimsMap, events: Array<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === claims) for (const id of (event as Y.YMapEvent<unknown>).keysChanged as Set<string>) ids.add(id);
    else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
  }
  return ids;
}

/**
 * The transaction that brings other people's record changes (claims `ids`
 * of the shared claims) into an editor state: one transaction, kept out of
 * the undo history; null when nothing differs.
 */
export function receiveRecords(state: EditorState, claims: ClaimsMap, ids: Iterable<string>): Transaction | null {
  const { records } = claimsOf(state);
  const put: ClaimRecord[] = [];
  const remove: string[] = [];
  for (const id of ids) {
    const map = claims.get(id);
    if (map) put.push(readRecord(id, map, records.get(id)));
    else if (records.has(id)) remove.push(id);
  }
  if (!put.length && !remove.length) return null;
  const actions: ClaimsAction[] = [];
  if (put.length) actions.push({ type: 'put', records: put });
  if (remove.length) actions.push({ type: 'remove', ids: remove });
  return state.tr
    .setMeta(claimsKey, { type: 'batch', actions } satisfies ClaimsAction)
    .setMeta(claimsSyncKey, true)
    .setMeta('addToHistory', false);
}

/** Writes what changed between two record maps into the shared claims (call inside a Y transaction). */
export function sendRecords(claims: ClaimsMap, before: ReadonlyMap<string, ClaimRecord>, after: ReadonlyMap<string, ClaimRecord>): void {
  if (before === after) return;
  for (const [id, record] of after) if (before.get(id) !== record) writeRecord(claims, record, before.get(id));
  for (const id of before.keys()) if (!after.has(id) && claims.has(id)) claims.delete(id);
}

/** The ids of the claims a change of the shared claims touched. */
export function changedClaims(claims: ClaimsMap, events: Array<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  return changedIds(claims, events);
}

/** The origin of the Y transactions that carry this copy's own record changes. */
export const RECORDS_ORIGIN = claimsSyncKey;

/**
 * Keeps the claims plugin's records and a shared document's claims in
 * step, both ways: a record changed here (a status, a note, a tag) is
 * written into the shared claims field by field; a change there from
 * someone else comes into the editor as the records it changed. Where the
 * claims are travels separately, as marks on the shared text
 * (y-prosemirror's sync plugin).
 */
export function claimsSyncPlugin(doc: Y.Doc): Plugin {
  const claims = claimsMap(doc);
  return new Plugin({
    key: claimsSyncKey,
    view(view) {
      const observe = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
        if (transaction.origin === claimsSyncKey) return;
        const tr = receiveRecords(view.state, claims, changedIds(claims, events));
        if (tr) view.dispatch(tr);
      };
      claims.observeDeep(observe);
      return {
        update(updated, prev) {
          const before = claimsOf(prev).records;
          const after = claimsOf(updated.state).records;
          if (before !== after) doc.transact(() => sendRecords(claims, before, after), claimsSyncKey);
        },
        destroy() {
          claims.unobserveDeep(observe);
        },
      };
    },
  });
}
