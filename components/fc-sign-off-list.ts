import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SignOffBlocker, SignOffReason } from '../src/claims/signoff.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';
import { FocusReturn } from './focus-return.js';

/** A short tag per reason, so the list can be scanned without reading every sentence. */
const REASON: Record<SignOffReason, string> = {
  unresolved: 'Not resolved',
  recheck: 'Re-check',
  orphaned: 'Orphaned',
  'open-query': 'Open query',
  'second-check': 'Second check',
  'no-source': 'No source',
};

/**
 * What blocks the sign-off, shown under the toolbar after "Sign off" was
 * refused: one line per claim and reason, each a link that opens the
 * claim. The app hands it the blockers as they are now, so the list
 * shrinks as the claims are fixed; when it is empty the article can be
 * signed off from here. Escape closes it.
 *
 * @fires {CustomEvent<{ id: string }>} fc-claim-select - a blocker was chosen: open its claim
 * @fires {CustomEvent<{ action: 'close' | 'retry' }>} fc-sign-off - close the list, or sign off now
 */
@customElement('fc-sign-off-list')
export class FcSignOffList extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      section {
        max-width: 44rem;
        margin: 1rem auto 0;
        border: 1px solid #e0b84a;
        border-left: 5px solid #b3261e;
        background: #fffdf6;
        border-radius: 8px;
        padding: 0.7rem 0.9rem;
        font-size: 0.88rem;
        line-height: 1.45;
      }
      section.clear {
        border-color: #9fd3ae;
        border-left-color: #176b33;
        background: #f1faf3;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.75rem;
      }
      h2 {
        font-size: 0.95rem;
        margin: 0 0 0.4rem;
      }
      ol {
        margin: 0;
        padding-left: 1.4rem;
        display: grid;
        gap: 0.2rem;
        max-height: 14rem;
        overflow: auto;
      }
      .reason {
        display: inline-block;
        min-width: 6.5rem;
        font-size: 0.7rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        color: #7a2e00;
      }
      button.link {
        text-align: left;
        padding: 0;
        overflow-wrap: anywhere;
      }
      .problem {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  /** What blocks the sign-off now. */
  @property({ attribute: false }) blockers: SignOffBlocker[] = [];
  /** Why the sign-off failed for another reason than a claim (no name given). */
  @property() problem = '';

  override render() {
    const n = this.blockers.length;
    const clear = n === 0 && !this.problem;
    return html`<section class=${clear ? 'clear' : ''} aria-labelledby="sign-off-heading" @keydown=${this.onKey}>
      <div class="head">
        <h2 id="sign-off-heading" tabindex="-1">${clear ? 'Nothing blocks the sign-off now' : n ? `The article cannot be signed off: ${n} ${n === 1 ? 'problem' : 'problems'}` : 'The article cannot be signed off'}</h2>
        <button class="link" @click=${() => emit(this, 'fc-sign-off', { action: 'close' })}>Close</button>
      </div>
      ${this.problem ? html`<p class="problem">${this.problem}</p>` : nothing}
      ${
        n
          ? html`<ol>
            ${this.blockers.map(
              (b) => html`<li data-claim-id=${b.id} data-reason=${b.reason}>
                <span class="reason">${REASON[b.reason]}</span>
                <button class="link" @click=${() => emit(this, 'fc-claim-select', { id: b.id })}>${b.message}</button>
              </li>`,
            )}
          </ol>`
          : nothing
      }
      ${clear || this.problem ? html`<button class="primary" @click=${() => emit(this, 'fc-sign-off', { action: 'retry' })}>Sign off now</button>` : nothing}
    </section>`;
  }

  /** Escape closes the list, as it closes the toolbar's menu. */
  private onKey(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    emit(this, 'fc-sign-off', { action: 'close' });
  }

  /** Closing the list gives focus back to what opened it (Sign off). */
  protected readonly focusReturn = new FocusReturn(this);

  protected override firstUpdated(): void {
    // The list replaces what the button did: focus goes to its heading, so a screen reader reads it next.
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-sign-off-list': FcSignOffList;
  }
}
