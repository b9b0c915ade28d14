import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DetectKind } from '../src/detect/types.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';

/** One open suggestion, as the card shows it. */
export interface SuggestionItem {
  key: string;
  kind: DetectKind;
  text: string;
}

/**
 * The suggestions card in the sidebar: how many are open, the current one
 * with Accept, Dismiss and Next, and Accept all / Hide.
 *
 * @fires {CustomEvent<{ action: 'accept' | 'dismiss' | 'next' | 'accept-all' | 'hide'; key?: string }>} fc-suggestion - `detail.action` is what the user chose
 */
@customElement('fc-suggestions')
export class FcSuggestions extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      .suggestions {
        display: grid;
        gap: 0.5rem;
      }
      .suggest-head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
      }
      .suggest-head h2 {
        margin: 0;
      }
      .suggestions .count {
        font-size: 0.8rem;
        font-weight: 600;
      }
      .suggestions .row {
        display: flex;
        gap: 0.35rem;
        flex-wrap: wrap;
      }
      .suggest-active {
        margin: 0;
        font-family: var(--fc-serif);
        font-size: 0.95rem;
        overflow-wrap: anywhere;
      }
      .suggest-active .kind {
        font-family: var(--fc-font);
        font-size: 0.7rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        color: var(--fc-muted);
        border: 1px dashed var(--fc-muted);
        border-radius: 4px;
        padding: 0 0.3rem;
        margin-right: 0.3rem;
      }
      h2 {
        font-size: 0.75rem;
        text-transform: uppercase;
        letter-spacing: 0.07em;
        color: var(--fc-muted);
      }
      .empty-panel {
        font-size: 0.85rem;
        color: var(--fc-muted);
        line-height: 1.5;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) items: SuggestionItem[] = [];
  @property({ attribute: false }) active: string | null = null;

  override render() {
    const list = this.items;
    const active = list.find((x) => x.key === this.active) ?? null;
    const act = (action: 'accept' | 'dismiss' | 'next' | 'accept-all' | 'hide', key?: string) => emit(this, 'fc-suggestion', key ? { action, key } : { action });
    return html`<section class="suggestions" aria-label="Suggestions">
      <div class="suggest-head">
        <h2>Suggestions</h2>
        <span class="count">${list.length} open</span>
      </div>
      ${
        active
          ? html`<p class="suggest-active"><span class="kind">${active.kind}</span> “${active.text}”</p>
            <div class="row">
              <button class="primary" @click=${() => act('accept', active.key)}>Accept</button>
              <button @click=${() => act('dismiss', active.key)}>Dismiss</button>
              <button @click=${() => act('next')}>Next</button>
            </div>`
          : html`<p class="empty-panel">
            Dashed underlines mark figures, dates, quotes and other checkable words that are not claims yet.
            ${list.length ? html`<button class="link" @click=${() => act('next')}>Go to the first</button>` : nothing}
          </p>`
      }
      <div class="row">
        <button ?disabled=${!list.length} @click=${() => act('accept-all')}>Accept all (${list.length})</button>
        <button @click=${() => act('hide')}>Hide suggestions</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-suggestions': FcSuggestions;
  }
}
