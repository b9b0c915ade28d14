import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditorState } from 'prosemirror-state';
import { suggestionsKey, openSuggestions, showSuggestions, hideSuggestions, acceptSuggestions, dismissSuggestions, moveToSuggestion } from '../../src/suggestions/index.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';

/**
 * Suggested claims: the detector (loaded on first use) underlines what is
 * checkable; the keyboard and the Suggestions card accept, dismiss and
 * move through them. Accepting and dismissing both go on to the next one,
 * so the keyboard walks the list without skipping any.
 */
export class SuggestionsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly messages: Messages,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  shown(state: EditorState | null = this.session.editorState): boolean {
    return !!(state && suggestionsKey.getState(state)?.shown);
  }

  async toggle(): Promise<void> {
    if (this.shown()) {
      this.session.run(hideSuggestions);
      return;
    }
    await this.show();
    const n = this.session.editorState ? openSuggestions(this.session.editorState).length : 0;
    this.messages.announce(`${n} suggested claims, underlined with dashes. Ctrl+Alt+N moves to the next one.`);
  }

  /** Loads the detector on first use (it is not needed to open an article) and shows suggestions. */
  private async show(): Promise<void> {
    const { detectClaims, claimantFor } = await import('../../src/detect/index.js');
    this.session.run(showSuggestions(detectClaims, claimantFor));
  }

  private current() {
    const state = this.session.editorState;
    if (!state) return null;
    const s = suggestionsKey.getState(state);
    if (!s?.shown) return null;
    return openSuggestions(state).find((x) => x.key === s.active) ?? null;
  }

  accept(key?: string): void {
    const target = key ?? this.current()?.key;
    if (!target) return this.messages.announce('Move to a suggestion first: Ctrl+Alt+N.');
    if (this.session.run(acceptSuggestions([target]))) this.moveOn('Suggestion accepted as an Unchecked claim.');
  }

  dismiss(key?: string): void {
    const target = key ?? this.current()?.key;
    if (!target) return this.messages.announce('Move to a suggestion first: Ctrl+Alt+N.');
    if (this.session.run(dismissSuggestions([target]))) this.moveOn('Suggestion dismissed.');
  }

  private moveOn(done: string): void {
    if (!this.session.run(moveToSuggestion(1))) return this.messages.announce(`${done} No more suggestions.`);
    const s = this.current();
    if (s) this.host.editor?.revealPos(s.from);
    this.messages.announce(s ? `${done} Next: ${s.kind}, ${s.text}.` : done);
  }

  acceptAll(): void {
    const n = this.session.editorState ? openSuggestions(this.session.editorState).length : 0;
    if (this.session.run(acceptSuggestions())) this.messages.announce(`${n} suggestions accepted as Unchecked claims.`);
  }

  async next(step: 1 | -1 = 1): Promise<void> {
    if (!this.shown()) await this.show();
    if (!this.session.run(moveToSuggestion(step))) return this.messages.announce('No open suggestions.');
    const s = this.current();
    if (s) {
      this.host.editor?.revealPos(s.from);
      this.messages.announce(`Suggestion, ${s.kind}: ${s.text}. Ctrl+Alt+A accepts, Ctrl+Alt+X dismisses.`);
    }
  }

  /** What the Suggestions card asked for. */
  act(action: 'accept' | 'dismiss' | 'next' | 'accept-all' | 'hide', key?: string): void {
    if (action === 'accept') this.accept(key);
    else if (action === 'dismiss') this.dismiss(key);
    else if (action === 'next') void this.next(1);
    else if (action === 'accept-all') this.acceptAll();
    else void this.toggle();
  }
}
