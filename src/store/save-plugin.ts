import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { claimsKey } from '../claims/state.js';

/**
 * Saving as a plugin view: it notices a new document or new claim records
 * and asks for a write; the `schedule` callback (the store's saver)
 * decides how. Opening a claim or moving the cursor saves nothing.
 */
export function savePlugin(schedule: (state: () => EditorState) => void): Plugin {
  return new Plugin({
    key: new PluginKey('save'),
    view: (view) => ({
      update(updated, prev) {
        const before = claimsKey.getState(prev);
        const after = claimsKey.getState(updated.state);
        if (updated.state.doc !== prev.doc || before?.records !== after?.records) {
          schedule(() => view.state);
        }
      },
    }),
  });
}
