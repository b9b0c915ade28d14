import { LitElement, css, html, nothing } from 'lit';
import type { Person } from '../src/collab/presence.js';
import { customElement, property } from 'lit/decorators.js';
import type { SignOff } from '../src/claims/signoff.js';
import { emit } from './events.js';
import { formatTime } from './format.js';
import { controls, host, peerColours, tokens } from './theme.js';

/** What the header says about saving. */
export type SaveState = 'saved' | 'saving' | 'failed' | 'idle';

const SAVE_TEXT: Record<SaveState, string> = { saving: 'Saving…', saved: 'All changes saved', failed: 'Not saved', idle: '' };

/**
 * The app's header: its name, the open article's title, its sign-off
 * ("Signed off by … — stale since …" once anything changed after it),
 * whether the work is saved, and who is working (the "Reviewer" field,
 * remembered and written into every history entry).
 *
 * It starts with the page's skip link, "Skip to the article" (a button:
 * the article is in another shadow root, where no fragment reaches), shown
 * when it has focus.
 *
 * @fires fc-reviewer-change - the Reviewer field changed (`detail.name`, trimmed)
 * @fires fc-skip - the skip link was followed: the article should take focus
 */
@customElement('fc-header')
export class FcHeader extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    peerColours,
    css`
      :host {
        position: relative;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 1rem;
        padding: 0.55rem 1rem;
        background: #13243a;
        color: #fff;
      }
      .brand {
        font-weight: 800;
        letter-spacing: -0.01em;
        font-size: 1.02rem;
        display: flex;
        align-items: center;
        gap: 0.45rem;
        white-space: nowrap;
      }
      .brand .mark {
        display: inline-grid;
        place-items: center;
        width: 1.5rem;
        height: 1.5rem;
        border-radius: 5px;
        background: #2f8f4e;
        font-size: 0.9rem;
      }
      .doc-title {
        flex: 1;
        min-width: 0;
        /* A long title is cut, never widens the page: its width is not the text's. */
        contain: inline-size;
        font-size: 0.92rem;
        opacity: 0.9;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .save-state {
        font-size: 0.78rem;
        opacity: 0.85;
        white-space: nowrap;
      }
      .save-state.failed {
        color: #ffb4ab;
        opacity: 1;
        font-weight: 700;
      }
      .live {
        font-size: 0.78rem;
        font-weight: 700;
        white-space: nowrap;
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        border: 1px solid currentColor;
      }
      .live.on {
        color: #9ff0b5;
      }
      .live.off {
        color: #ffd58a;
      }
      .people {
        display: flex;
        gap: 0.3rem;
        overflow: hidden;
      }
      .person {
        font-size: 0.75rem;
        padding: 0.05rem 0.4rem;
        border-radius: 4px;
        color: #fff;
        background: var(--fc-peer);
        white-space: nowrap;
      }
      .sign-off {
        font-size: 0.78rem;
        white-space: nowrap;
        border: 1px solid #4f9a68;
        border-radius: 999px;
        padding: 0.1rem 0.6rem;
        background: #1d4a2e;
      }
      .sign-off.stale {
        border-color: #d9a441;
        background: #4a3a12;
      }
      .reviewer {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.8rem;
      }
      .reviewer input {
        width: 10rem;
        padding: 0.25rem 0.45rem;
        border-color: #3b5373;
        background: #1d3350;
        color: #fff;
      }
      .reviewer input::placeholder {
        color: #b7c4d6;
      }
      /* The ring on the dark header: light blue, 8:1 against it (the accent's is 2.35:1). */
      .reviewer input:focus-visible {
        outline-color: #9cc9ff;
        box-shadow: none;
      }
      .skip {
        position: absolute;
        left: -10000px;
        z-index: 10;
        padding: 0.4rem 0.7rem;
        border-radius: 6px;
        background: #fff;
        color: var(--fc-accent);
        font-weight: 700;
      }
      .skip:focus {
        left: 0.5rem;
        top: 0.4rem;
        outline: 3px solid #9cc9ff;
      }
    `,
  ];

  /** The open article's title. */
  @property({ attribute: 'article-title' }) articleTitle = '';
  /** Whether the open article's changes are in IndexedDB. */
  @property({ attribute: 'save-state' }) saveState: SaveState = 'idle';
  /** Who is working. */
  @property() reviewer = '';
  /** A shared article's connection: "Live · 3 people", "Offline — changes kept here", "Reconnecting…" (empty for a local article). */
  @property() live = '';
  /** Who is on the shared article. */
  @property({ attribute: false }) people: Person[] = [];
  /** The open article's sign-off, if it has one. */
  @property({ attribute: false }) signOff: SignOff | null = null;

  override render() {
    return html`
      <button class="skip" @click=${this.skip}>Skip to the article</button>
      <span class="brand"><span class="mark" aria-hidden="true">✓</span>Factcheck Desk</span>
      <span class="doc-title" title=${this.articleTitle}>${this.articleTitle}</span>
      ${this.live ? html`<span class="live ${this.live.startsWith('Live') ? 'on' : 'off'}" title=${this.people.map((p) => (p.self ? `${p.name} (you)` : p.name)).join(', ')}>${this.live}</span>` : nothing}
      ${this.live && this.people.length > 1 ? html`<span class="people">${this.people.filter((p) => !p.self).map((p) => html`<span class="person fc-peer-${p.colour}">${p.name}</span>`)}</span>` : nothing}
      ${this.renderSignOff()}
      <span class="save-state ${this.saveState}" aria-hidden=${this.saveState === 'failed' ? 'false' : 'true'}>${SAVE_TEXT[this.saveState]}</span>
      <label class="reviewer"
        >Reviewer
        <input aria-label="Your name" placeholder="Your name" autocomplete="name" .value=${this.reviewer} @input=${this.onInput}
      /></label>
    `;
  }

  private renderSignOff() {
    const s = this.signOff;
    if (!s) return nothing;
    // The icon says "signed off" or "stale" besides the colour.
    return s.stale
      ? html`<span class="sign-off stale"><span aria-hidden="true">⚠ </span>Signed off by ${s.by} — stale since ${formatTime(s.staleSince)}</span>`
      : html`<span class="sign-off"><span aria-hidden="true">✓ </span>Signed off by ${s.by} · ${formatTime(s.at)}</span>`;
  }

  private skip() {
    emit(this, 'fc-skip', {});
  }

  private onInput(e: Event) {
    emit(this, 'fc-reviewer-change', { name: (e.target as HTMLInputElement).value.trim() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-header': FcHeader;
  }
}
