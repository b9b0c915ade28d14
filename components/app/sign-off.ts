import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { signOff, signOffBlockers, SignOffBlockedError, type SignOff, type SignOffBlocker } from '../../src/claims/signoff.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';
import type { FcEvent } from '../events.js';

/**
 * The editor's sign-off: "Sign off" in the toolbar and `signOff()` on the
 * app record who and when, only when nothing blocks the article (the
 * rules are the core's, `signOffBlockers`). When something does, the
 * toolbar's button shows the list of blockers, each a link to its claim,
 * and the list follows the claims as they are fixed. The sign-off is kept
 * on the article's metadata; the session marks it stale at the next change.
 */
export class SignOffs implements ReactiveController {
  /** Whether the list of what blocks the sign-off is shown. */
  open = false;
  /** Why the last attempt failed for a reason that is not a claim (no name in the header). */
  problem = '';

  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
    private readonly others: {
      /** The article's metadata was written: other tabs read it back. */
      saved(articleId: string): void;
      /** A blocker was chosen: open its claim. */
      select(id: string): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What blocks the open article's sign-off now, in document order. */
  blockers(): SignOffBlocker[] {
    const state = this.session.editorState;
    return state ? signOffBlockers(storedClaims(state), this.session.rules) : [];
  }

  /**
   * Signs the open article off for the reviewer in the header, and keeps
   * it. Rejects with `SignOffBlockedError` (its message names each
   * blocking claim by its words and the reason) or a `RangeError` when no
   * name is given; nothing is recorded then.
   */
  async signOff(): Promise<SignOff> {
    const state = this.session.requireState();
    const record = signOff(storedClaims(state), this.session.reviewer, this.session.rules);
    const id = this.session.current!.id;
    // A save in flight writes the metadata it was given: ours goes after it.
    await this.persistence.flush();
    await this.persistence.repo!.updateArticle(id, { signOff: record });
    if (this.session.current?.id === id) this.session.current = { ...this.session.current, signOff: record };
    const listed = this.session.articles.find((a) => a.id === id);
    if (listed) this.session.articles = this.session.articles.map((a) => (a === listed ? { ...a, signOff: record } : a));
    this.others.saved(id);
    this.host.requestUpdate();
    return record;
  }

  /** "Sign off" in the toolbar: signs off, or shows what blocks it (pressed again, hides the list). */
  async fromToolbar(): Promise<void> {
    if (this.open) return this.close();
    await this.attempt();
  }

  /** Tries to sign off; a refusal opens the list of blockers. */
  async attempt(): Promise<void> {
    try {
      const record = await this.signOff();
      this.open = false;
      this.problem = '';
      this.messages.showToast(`Signed off by ${record.by}.`);
    } catch (error) {
      if (error instanceof SignOffBlockedError || error instanceof RangeError) {
        // The list is drawn by an element of its own, loaded on the first refusal.
        await import('../fc-sign-off-list.js');
        this.open = true;
        this.problem = error instanceof RangeError ? 'Type your name in the header first: a sign-off records who signed off.' : '';
        const n = error instanceof SignOffBlockedError ? error.blockers.length : 0;
        this.messages.announce(this.problem || `The article cannot be signed off yet: ${n} ${n === 1 ? 'problem' : 'problems'}, listed under the toolbar.`);
      } else this.messages.storageFailed(error, 'The sign-off was not saved');
    }
    this.host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.host.requestUpdate();
  }

  /** The list of blockers, while it is open: above the article, under the toolbar. */
  render() {
    if (!this.open) return nothing;
    return html`<fc-sign-off-list
      .blockers=${this.blockers()}
      problem=${this.problem}
      @fc-sign-off=${(e: FcEvent<'fc-sign-off'>) => (e.detail.action === 'close' ? this.close() : void this.attempt())}
      @fc-claim-select=${(e: FcEvent<'fc-claim-select'>) => this.others.select(e.detail.id)}
    ></fc-sign-off-list>`;
  }
}
