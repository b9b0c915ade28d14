import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimRecord } from '../src/claims/record.js';
import type { SuggestionItem } from './fc-suggestions.js';
import type { ClaimListItem } from './fc-claim-list.js';
import type { StorageInfo } from './fc-storage-panel.js';
import { shortcutLabel } from './format.js';
import { SHORTCUTS } from './app/shortcuts.js';
import { cards, controls, host, tokens } from './theme.js';
import './fc-claim-list.js';
import './fc-suggestions.js';

/**
 * The sidebar: the open claim's panel, the suggestions card, every claim
 * in document order, the legend, and the settings. Its parts' events
 * (a status set, a claim chosen, a setting changed, …) bubble up through it.
 * The claim panel (`fc-claim-panel`) and the parts below the list (the
 * legend, the settings, storage, the shortcuts) are defined by the app once
 * the first article is shown: no claim is open before that, and the rest
 * is closed or below the fold.
 */
/**
 * Defines the claim panel and the sidebar's parts below the list; the app
 * calls it once the first article is shown. Until then their elements are
 * empty, and Lit upgrades them when they are defined.
 */
export const loadClaimPanel = () =>
  Promise.all([import('./fc-claim-panel.js'), import('./fc-legend.js'), import('./fc-publishing-settings.js'), import('./fc-storage-panel.js'), import('./fc-shortcut-help.js')]);

@customElement('fc-sidebar')
export class FcSidebar extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    cards,
    css`
      aside {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .empty-panel {
        font-size: 0.85rem;
        color: var(--fc-muted);
        line-height: 1.5;
        margin: 0;
      }
    `,
  ];

  /** The open claim, if any. */
  @property({ attribute: false }) active: ClaimRecord | null = null;
  /** The open claim's words as they stand now (or where it was lost from). */
  @property({ attribute: false }) quote = '';
  /** The sentence around the open claim: ClaimReview's default statement of it. */
  @property({ attribute: false }) claimReviewedDefault = '';
  @property({ type: Boolean, attribute: 'has-reviewer' }) hasReviewer = true;
  /** The open suggestions, or null while suggestions are hidden. */
  @property({ attribute: false }) suggestions: SuggestionItem[] | null = null;
  /** The suggestion the keyboard is on. */
  @property({ attribute: false }) suggestion: string | null = null;
  /** Every claim in document order, orphans last. */
  @property({ attribute: false }) items: ClaimListItem[] = [];
  /** The open article's URL and the newsroom, for the publishing settings. */
  @property() url = '';
  @property() organisation = '';
  @property({ attribute: false }) storage: StorageInfo | null = null;

  override render() {
    const active = this.active;
    return html`<aside aria-label="Claims">
      <section class="card" aria-label="Open claim">
        ${
          active
            ? html`<fc-claim-panel
              .record=${active}
              .quote=${this.quote}
              .claimReviewedDefault=${this.claimReviewedDefault}
              ?has-reviewer=${this.hasReviewer}
            ></fc-claim-panel>`
            : html`<h2 class="section">Claim</h2>
              <p class="empty-panel">
                Select the words of a claim in the article and press <strong>Tag claim</strong>
                (<kbd>${shortcutLabel(SHORTCUTS.tag)}</kbd>), or click a highlight to open it.
              </p>`
        }
      </section>
      ${this.suggestions ? html`<fc-suggestions class="card" .items=${this.suggestions} .active=${this.suggestion}></fc-suggestions>` : nothing}
      <section aria-label="All claims">
        <h2 class="section">Claims</h2>
        <fc-claim-list .items=${this.items} .active=${active?.id ?? null}></fc-claim-list>
      </section>
      <section aria-label="Legend">
        <h2 class="section">Legend</h2>
        <fc-legend></fc-legend>
      </section>
      <fc-publishing-settings url=${this.url} organisation=${this.organisation}></fc-publishing-settings>
      <fc-storage-panel .storage=${this.storage}></fc-storage-panel>
      <fc-shortcut-help></fc-shortcut-help>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-sidebar': FcSidebar;
  }
}
