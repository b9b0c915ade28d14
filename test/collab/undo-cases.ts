/**
 * Undo bringing back text in a shared article, the case Yjs 13.6 gets wrong
 * (issue #794): deleted words brought back by an undo, a letter typed inside
 * them, then their whole paragraph deleted and brought back by an undo. Run
 * by undo.node.mjs.
 */
import * as Y from 'yjs';
import { articleSchema } from '../../src/article/schema.js';
import { sendRestoredTextWhereItLands } from '../../src/collab/undo.js';
import { Replica } from './replica.js';

/**
 * The case with Yjs alone (the shape y-prosemirror gives an article: a
 * paragraph element holding a text): what the copy that undid has, what a
 * copy that got its updates has, and what a copy loaded from its whole
 * state has. `workaround` says whether the undoing copy runs
 * sendRestoredTextWhereItLands.
 */
export function yjsCase(workaround: boolean): { here: string; there: string; loaded: string } {
  const make = (client: number) => {
    const doc = new Y.Doc();
    doc.clientID = client;
    return doc;
  };
  const writer = make(1);
  const other = make(2);
  writer.getXmlFragment('f').insert(0, [new Y.XmlElement('paragraph')]);
  (writer.getXmlFragment('f').get(0) as Y.XmlElement).insert(0, [new Y.XmlText('abcdef')]);
  if (workaround) sendRestoredTextWhereItLands(writer);
  Y.applyUpdate(other, Y.encodeStateAsUpdate(writer));
  writer.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
  const fragment = writer.getXmlFragment('f');
  const undo = new Y.UndoManager(fragment, { trackedOrigins: new Set(['me']) });
  const text = () => (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const step = (change: () => void) => {
    writer.transact(change, 'me');
    undo.stopCapturing();
  };
  step(() => text().delete(2, 4)); // ab
  undo.undo(); // abcdef again
  undo.stopCapturing();
  step(() => text().insert(4, 'x')); // abcdxef
  step(() => fragment.delete(0, 1)); // the paragraph goes
  undo.undo(); // and comes back: abcdxef
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, Y.encodeStateAsUpdate(writer));
  return { here: fragment.toJSON(), there: other.getXmlFragment('f').toJSON(), loaded: loaded.getXmlFragment('f').toJSON() };
}

/** The same through the app's editor path (Replica: y-prosemirror's sync and undo plugins): Bo's new paragraph on Bo's copy and on Ana's. */
export function editorCase(): { bo: string; ana: string } {
  const ana = Replica.first('Ana');
  const bo = Replica.from(ana, 'Bo');
  const at = bo.state.doc.firstChild!.nodeSize;
  bo.commit(bo.state.tr.insert(at, articleSchema.nodes['paragraph']!.create(null, articleSchema.text('abcdef'))));
  bo.pause();
  const start = at + 1;
  bo.commit(bo.state.tr.delete(start + 2, start + 6));
  bo.pause();
  bo.undo();
  bo.pause();
  bo.commit(bo.state.tr.insertText('x', start + 4));
  bo.pause();
  bo.commit(bo.state.tr.delete(at, at + bo.state.doc.child(1).nodeSize));
  bo.pause();
  bo.undo();
  for (const update of bo.takeOutbox()) ana.receive(update);
  return { bo: bo.state.doc.child(1).textContent, ana: ana.state.doc.child(1).textContent };
}
