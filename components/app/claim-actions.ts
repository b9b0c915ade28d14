import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adjacentClaim, claimRange, claimsOf } from '../../src/claims/state.js';
import { claimOn, confirmClaim, deleteClaim, reattachClaim, restoreClaim, selectClaim, setStatus, tagClaim, updateClaim } from '../../src/claims/commands.js';
import { isStatusId, needsSource, type StatusId } from '../../src/claims/status.js';
import type { ClaimPatch } from '../../src/claims/patch.js';
import { statusOf } from '../statuses.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';

/**
 * What the checker does to claims, from the toolbar, the panel, the
 * sidebar and the keyboard: tag, set a status, edit the note and sources,
 * confirm, re-attach, delete (with Undo), open the next or previous one.
 * Each is a command on the editor state; each is announced.
 */
export class ClaimActions implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly messages: Messages,
    /** This tab changed claim `id` (another tab's later change to it will say so). */
    private readonly edited: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Tags the selected text as a claim, or opens the claim already on exactly those words. False when nothing is selected. */
  tag(): boolean {
    const state = this.host.editor?.state;
    const twin = state && !state.selection.empty ? claimOn(state, state.selection.from, state.selection.to) : null;
    const done = this.session.run(tagClaim());
    if (done && twin) {
      const record = claimsOf(this.session.editorState!).records.get(twin);
      this.messages.announce(`These words are a claim already (${record ? this.label(record.status) : 'open'}); it is open.`);
    } else if (done) {
      this.messages.announce('Claim tagged as Unchecked. Set its status with Ctrl+Alt+1 to 8.');
    } else {
      this.messages.announce('Select the words of a claim in the article first.');
    }
    return done;
  }

  /** The status's name in the newsroom's set. */
  private label(status: StatusId): string {
    return statusOf(status, this.session.rules.statuses).label;
  }

  /** Sets a claim's status; a verdict that needs a source and has none is warned of at once, not only at sign-off. */
  setStatus(id: string, status: StatusId): void {
    this.edited(id);
    if (!this.session.run(setStatus(id, status))) return;
    const set = this.session.rules.statuses;
    const info = statusOf(status, set);
    const sourceless = isStatusId(status, set) && needsSource(status, set) && claimsOf(this.session.editorState!).records.get(id)?.sources.length === 0;
    this.messages.announce(`Status set to ${info.label}.${sourceless ? ` ${info.label} needs a source: none is cited yet.` : ''}`);
  }

  /** Sets the open claim's status (the Ctrl+Alt+digit shortcuts). */
  setActiveStatus(status: StatusId): void {
    const state = this.session.editorState;
    const active = state && claimsOf(state).active;
    if (active) this.setStatus(active, status);
    else this.messages.announce('Open a claim first: click a highlight or press Ctrl+Alt+J.');
  }

  update(id: string, patch: ClaimPatch): void {
    this.edited(id);
    this.session.run(updateClaim(id, patch));
  }

  /** Deletes a claim at once, with Undo in a message. */
  delete(id: string): void {
    const state = this.session.editorState;
    const record = state && claimsOf(state).records.get(id);
    if (!state || !record) return;
    const range = claimRange(state, id);
    this.session.run(deleteClaim(id));
    this.messages.showToast('Claim deleted.', () => {
      this.session.run(restoreClaim(record, range));
      this.messages.announce('Claim restored.');
    });
    this.host.editor?.focus();
  }

  confirm(id: string): void {
    if (this.session.run(confirmClaim(id))) this.messages.announce('Marked as still correct.');
  }

  reattach(id: string): void {
    if (this.session.run(reattachClaim(id))) this.messages.announce('Claim re-attached to the selected text.');
    else this.messages.announce('Select the text the claim refers to first, then press Re-attach.');
  }

  /** Opens a claim chosen in the sidebar, scrolled into view. */
  select(id: string): void {
    this.session.run(selectClaim(id));
    const range = this.session.editorState && claimRange(this.session.editorState, id);
    if (range) this.host.editor?.revealPos(range.from);
  }

  /** Opens the next (or previous) claim in the article. */
  move(step: 1 | -1): void {
    const state = this.session.editorState;
    const next = state && adjacentClaim(state, step);
    if (!next) return;
    this.session.run(selectClaim(next.id));
    this.host.editor?.revealPos(next.from);
    const record = claimsOf(this.session.editorState!).records.get(next.id)!;
    this.messages.announce(`Claim ${next.index + 1} of ${next.total}: ${this.label(record.status)}.`);
  }

  /** A highlight was clicked and its claim opened. */
  activated(id: string): void {
    const record = this.session.editorState && claimsOf(this.session.editorState).records.get(id);
    if (record) this.messages.announce(`${this.label(record.status)} claim${record.changed ? ', needs re-check' : ''}.`);
  }
}
