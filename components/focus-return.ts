import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has focus, looked for through open shadow roots; null when nothing (or only the body) has it. */
export function focusedElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

/**
 * A view that takes focus when it opens (a form, the report, a list that
 * replaces what a button did) gives it back when it closes: what had focus
 * when the view was connected has it again once the view is gone, unless
 * focus went somewhere else meanwhile (the user clicked elsewhere).
 */
export class FocusReturn implements ReactiveController {
  private opener: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.opener = focusedElement();
  }

  hostDisconnected(): void {
    const opener = this.opener;
    this.opener = null;
    // Focus that was in the view went to the body when the view was removed.
    if (opener?.isConnected && !focusedElement()) opener.focus();
  }
}
