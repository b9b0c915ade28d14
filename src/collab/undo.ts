import * as Y from 'yjs';

/**
 * Makes the text an undo or redo brings back go out to the others where it
 * was put here. Call once per shared document, before any undo manager is
 * used on it; returns the function that stops it.
 *
 * Why: Yjs 13.6's UndoManager restores deleted text as new pieces
 * (redoItem), each remembering two neighbours: the piece before it and the
 * piece after it, found by following earlier restorations of the old
 * neighbours. When the deleted text had been restored before (an undo of a
 * deletion, then an edit inside the restored words, then a deletion of the
 * paragraph and its undo), the "after" neighbour it finds can lie before the
 * "before" one. This copy places the piece after its "before" neighbour, but
 * every other copy places it from the two remembered neighbours, somewhere
 * else: the copies disagree for good on the order of the words (claims then
 * read different words on each copy). Yjs issue #794, fix proposed in PR
 * #796, not in a 13.6 release.
 *
 * What this does: right after such a transaction, before its update is
 * encoded (Yjs emits `beforeObserverCalls` first), each piece it created in
 * a list (text, paragraphs) is given as neighbours the pieces it actually
 * stands between, as they were when it was put there (pieces this same
 * transaction added later are passed over). That is what an ordinary
 * insertion at that place records, so every copy puts it where this one
 * did. Nothing moves on this copy; only what the update says changes.
 */
export function sendRestoredTextWhereItLands(doc: Y.Doc): () => void {
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin instanceof Y.UndoManager) reanchorCreatedItems(transaction);
  };
  doc.on('beforeObserverCalls', onTransaction);
  return () => doc.off('beforeObserverCalls', onTransaction);
}

function reanchorCreatedItems(transaction: Y.Transaction): void {
  const { doc } = transaction;
  const client = doc.clientID;
  const before = transaction.beforeState.get(client) ?? 0;
  const structs = doc.store.clients.get(client);
  if (!structs || Y.getState(doc.store, client) === before) return;
  for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
    const item = structs[i];
    if (!(item instanceof Y.Item) || item.parentSub !== null) continue;
    // Pieces this transaction created after `item` were not there when it was put in place.
    const later = (other: Y.Item) => other.id.client === client && other.id.clock > item.id.clock;
    let left = item.left;
    while (left !== null && later(left)) left = left.left;
    let right = item.right;
    while (right !== null && later(right)) right = right.right;
    item.origin = left === null ? null : left.lastId;
    item.rightOrigin = right === null ? null : right.id;
  }
}
