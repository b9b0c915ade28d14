import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STATUSES } from '../../src/claims/status.js';
import { isMac } from '../format.js';
import type { ClaimActions } from './claim-actions.js';
import type { SuggestionsController } from './suggestions.js';

/** The keyboard shortcuts' letters (with Ctrl+Alt, ⌘⌥ on a Mac), for the tooltips, the help list and the handler. */
export const SHORTCUTS = {
  tag: 'M',
  next: 'J',
  previous: 'K',
  nextSuggestion: 'N',
  accept: 'A',
  dismiss: 'X',
} as const;

/**
 * The app's keyboard shortcuts, heard on the window: Ctrl+Alt (⌘⌥) with a
 * letter or a digit. They work from anywhere in the app, and from the page
 * itself (nothing focused), not from another widget on the page. None
 * takes Tab or Shift with an arrow key.
 */
export class Shortcuts implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly claims: ClaimActions,
    private readonly suggestions: SuggestionsController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    const mod = isMac ? e.metaKey : e.ctrlKey;
    // The editor's keymap handled it already (and prevented the default).
    if (e.defaultPrevented || !mod || !e.altKey || e.shiftKey) return;
    const fromPage = e.target === document.body || e.target === document.documentElement;
    if (!fromPage && !e.composedPath().includes(this.host)) return;
    // e.code, not e.key: with Alt held, layouts produce other characters.
    const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
    const status = digit ? STATUSES[Number(digit) - 1] : undefined;
    const actions: Record<string, () => void> = {
      [`Key${SHORTCUTS.tag}`]: () => this.claims.tag(),
      [`Key${SHORTCUTS.next}`]: () => this.claims.move(1),
      [`Key${SHORTCUTS.previous}`]: () => this.claims.move(-1),
      [`Key${SHORTCUTS.nextSuggestion}`]: () => void this.suggestions.next(1),
      [`Key${SHORTCUTS.accept}`]: () => this.suggestions.accept(),
      [`Key${SHORTCUTS.dismiss}`]: () => this.suggestions.dismiss(),
    };
    const action = status ? () => this.claims.setActiveStatus(status.id) : actions[e.code];
    if (!action) return;
    e.preventDefault();
    action();
  };
}
