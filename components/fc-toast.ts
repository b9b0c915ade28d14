import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import { controls, tokens } from './theme.js';
import type { Toast } from './app/messages.js';

/**
 * A short message at the bottom of the screen ("Claim deleted."), with
 * Undo where the action can be undone.
 *
 * @fires fc-message - `undo-toast` or `dismiss-toast`
 */
@customElement('fc-toast')
export class FcToast extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      .toast {
        position: fixed;
        left: 50%;
        bottom: 1.25rem;
        transform: translateX(-50%);
        background: #13243a;
        color: #fff;
        border-radius: 8px;
        padding: 0.55rem 0.75rem 0.55rem 1rem;
        display: flex;
        gap: 0.75rem;
        align-items: center;
        box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
        font-family: var(--fc-font);
        font-size: 0.88rem;
        max-width: calc(100vw - 2rem);
        box-sizing: border-box;
      }
      .toast button {
        background: transparent;
        color: #9cc7ff;
        border-color: #3b5373;
      }
    `,
  ];

  @property({ attribute: false }) toast: Toast | null = null;

  override render() {
    const toast = this.toast;
    if (!toast) return nothing;
    return html`<div class="toast">
      <span>${toast.message}</span>
      ${toast.undo ? html`<button @click=${() => emit(this, 'fc-message', { action: 'undo-toast' })}>Undo</button>` : nothing}
      <button aria-label="Dismiss" @click=${() => emit(this, 'fc-message', { action: 'dismiss-toast' })}>✕</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-toast': FcToast;
  }
}
