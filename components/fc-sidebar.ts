import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ClaimRecord } from '../src/claims/record.js';
import type { SuggestionItem } from './fc-suggestions.js';
import type { ClaimListItem } from './fc-claim-list.js';
import type { StorageInfo } from './fc-storage-panel.js';
import type { Person } from '../src/collab/presence.js';
import { shortcutLabel } from './format.js';
import { SHORTCUTS } from './app/shortcuts.js';
import { DEFAULT_RULES, type DeskRules } from './statuses.js';
import { cards, controls, host, tokens } from './theme.js';

/**
 * Defines the sidebar's parts; the app calls it while the first article
 * opens, and is ready once they are. Until then their elements are empty,
 * and Lit upgrades them, with the properties already given, when they are
 * defined.
 */
export const loadSidebarParts = () =>
  Promise.all([
    import('./fc-claim-list.js'),
    import('./fc-claim-panel.js'),
    import('./fc-suggestions.js'),
    import('./fc-legend.js'),
    import('./fc-publishing-settings.js'),
    import('./fc-storage-panel.js'),
    import('./fc-team-settings.js'),
    import('./fc-shortcut-help.js'),
  ]);

/**
 * The sidebar: the open claim's panel, the suggestions card, every claim
 * in document order, the legend, and the settings. Its parts' events
 * (a status set, a claim chosen, a setting changed, …) bubble up through it.
 * Its parts (the claim panel, the list, the suggestions card, the legend,
 * the settings, storage, the shortcuts) are defined by the app while the
 * first article opens: the article's text is what a first visit waits for.
 */
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
  /** Who is on the shared article (empty for a local one). */
  @property({ attribute: false }) people: Person[] = [];
  /** The team token this browser uses. */
  @property({ attribute: 'team-token' }) teamToken = '';

  private peersMemo: { people: Person[]; map: Map<string, string> } | null = null;

  /** Who else has each claim open, as the list shows it; the same map while the people are the same. */
  private peersOn(): Map<string, string> {
    if (this.peersMemo?.people === this.people) return this.peersMemo.map;
    const names = new Map<string, string[]>();
    for (const p of this.people) if (!p.self && p.claim) names.set(p.claim, [...(names.get(p.claim) ?? []), p.name]);
    const map = new Map([...names].map(([id, list]) => [id, `Open by ${list.join(', ')}`]));
    this.peersMemo = { people: this.people, map };
    return map;
  }

  /** The newsroom's statuses and second-check rule. */
  @property({ attribute: false }) rules: DeskRules = DEFAULT_RULES;
  /** Who is working (the header's name). */
  @property() reviewer = '';

  /** Checkers' names and the last writer asked, read from `items` once per list. */
  private checkers: { items: ClaimListItem[]; names: string[]; writer: string } | null = null;

  private checkersOf(items: ClaimListItem[]) {
    if (this.checkers?.items !== items) {
      const names = new Set<string>();
      let writer = { to: '', at: '' };
      for (const { record } of items) {
        if (record.assignee) names.add(record.assignee);
        for (const q of record.queries ?? []) if (q.to && q.askedAt > writer.at) writer = { to: q.to, at: q.askedAt };
      }
      if (this.reviewer) names.add(this.reviewer);
      this.checkers = { items, names: [...names].sort((a, b) => a.localeCompare(b)), writer: writer.to };
    }
    return this.checkers;
  }

  override render() {
    const active = this.active;
    const { names, writer } = this.checkersOf(this.items);
    return html`<aside aria-label="Claims">
      <section class="card" aria-label="Open claim">
        ${
          active
            ? html`<fc-claim-panel
              .record=${active}
              .quote=${this.quote}
              .claimReviewedDefault=${this.claimReviewedDefault}
              ?has-reviewer=${this.hasReviewer}
              .rules=${this.rules}
              reviewer=${this.reviewer}
              .names=${names}
              .writer=${writer}
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
        <fc-claim-list .items=${this.items} .active=${active?.id ?? null} .rules=${this.rules} reviewer=${this.reviewer} .peersOn=${this.peersOn()}></fc-claim-list>
      </section>
      <section aria-label="Legend">
        <h2 class="section">Legend</h2>
        <fc-legend .statuses=${this.rules.statuses}></fc-legend>
      </section>
      <fc-publishing-settings url=${this.url} organisation=${this.organisation} .rules=${this.rules}></fc-publishing-settings>
      <fc-team-settings token=${this.teamToken}></fc-team-settings>
      <fc-storage-panel .storage=${this.storage}></fc-storage-panel>
      <fc-shortcut-help .statuses=${this.rules.statuses}></fc-shortcut-help>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-sidebar': FcSidebar;
  }
}
