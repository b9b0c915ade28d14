import type { Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { fromSharedRecords } from './claims-sync.js';

/**
 * Whether a transaction brings another person's change to a shared
 * article: their text (y-prosemirror's sync, not this browser's own undo,
 * which is its own change) or their claim records. The claims plugin
 * follows such changes without writing history entries of its own: the
 * person who made the change wrote them.
 */
export function isRemoteChange(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
  return (!!sync?.isChangeOrigin && !sync.isUndoRedoOperation) || fromSharedRecords(tr);
}
