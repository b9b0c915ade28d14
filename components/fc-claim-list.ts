import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from './css-props.js';
import type { ClaimRecord } from '../src/claims/record.js';
import { progressOf } from '../src/claims/progress.js';
import { STATUSES, statusInfo, isStatusId, type StatusId } from '../src/claims/status.js';
import { emit } from './events.js';
import { shorten } from './format.js';
import { badge, controls, tokens } from './theme.js';

/** Entries drawn at a time in a long list. */
const PAGE = 200;

/** One row of the sidebar: a claim and its words. */
export interface ClaimListItem {
  record: ClaimRecord;
  quote: string;
}

/**
 * The sidebar: progress, counts per status, a filter, and every claim in
 * document order, with orphans in their own section. The list is one tab
 * stop; the arrow keys move through it.
 *
 * @fires fc-claim-select - an entry was chosen (click, Enter, or arrow keys)
 */
@customElement('fc-claim-list')
export class FcClaimList extends LitElement {
  static override styles = [
    tokens,
    controls,
    badge,
    css`
      :host {
        display: block;
        font-family: var(--fc-font);
        color: var(--fc-ink);
      }
      .progress {
        margin-bottom: 0.75rem;
      }
      .progress-line {
        font-size: 0.95rem;
        font-weight: 600;
        margin: 0 0 0.35rem;
      }
      .progress-line .extra {
        font-weight: 400;
        color: var(--fc-muted);
        font-size: 0.82rem;
      }
      .bar {
        display: flex;
        height: 8px;
        border-radius: 4px;
        overflow: hidden;
        background: var(--fc-line);
      }
      .bar span {
        display: block;
        height: 100%;
      }
      .filter {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      .filter label {
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--fc-muted);
      }
      .filter select {
        flex: 1;
      }
      h3 {
        font-size: 0.78rem;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--fc-muted);
        margin: 0.75rem 0 0.35rem;
      }
      [role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      [role='option'] {
        border: 1px solid var(--fc-line);
        border-left-width: 4px;
        border-radius: 6px;
        padding: 0.45rem 0.55rem;
        background: #fff;
        cursor: pointer;
        display: grid;
        gap: 0.25rem;
      }
      [role='option'] {
        content-visibility: auto;
        contain-intrinsic-size: auto 4.5rem;
      }
      [role='option']:hover {
        background: #f3f6fa;
      }
      [role='option'][aria-selected='true'] {
        background: #eaf2fc;
        border-color: var(--fc-accent);
      }
      [role='option']:focus-visible {
        outline: 2px solid var(--fc-accent);
        outline-offset: 1px;
      }
      .quote {
        font-family: var(--fc-serif);
        font-size: 0.92rem;
        line-height: 1.35;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        gap: 0.35rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .note {
        font-size: 0.78rem;
        color: var(--fc-muted);
        overflow-wrap: anywhere;
      }
      button.more {
        margin-top: 0.4rem;
        width: 100%;
      }
      .empty {
        font-size: 0.85rem;
        color: var(--fc-muted);
        padding: 0.5rem 0;
        line-height: 1.45;
      }
    `,
  ];

  /** The claims in document order (orphans anywhere: they are listed apart). */
  @property({ attribute: false }) items: ClaimListItem[] = [];
  /** The claim open in the panel. */
  @property({ attribute: false }) active: string | null = null;
  /** Which statuses to show: "all" or a status id. */
  @state() filter: 'all' | StatusId = 'all';

  @state() private focusId: string | null = null;
  /** How many entries of a list are drawn; long lists grow on request so a 10,000-claim article opens at once. */
  @state() private limit = PAGE;

  override render() {
    const progress = progressOf(this.items.map((i) => i.record));
    const visible = this.items.filter((i) => this.filter === 'all' || i.record.status === this.filter);
    const attached = visible.filter((i) => !i.record.orphaned);
    const orphans = visible.filter((i) => i.record.orphaned);
    const unresolvedExtra = [
      progress.changed ? `${progress.changed} to re-check` : '',
      progress.orphaned ? `${progress.orphaned} orphaned` : '',
    ].filter(Boolean);
    return html`
      <div class="progress">
        <p class="progress-line" id="progress">
          ${progress.resolved} of ${progress.total} resolved
          ${unresolvedExtra.length ? html`<span class="extra">· ${unresolvedExtra.join(' · ')}</span>` : nothing}
        </p>
        <div class="bar" aria-hidden="true">
          ${STATUSES.map((s) =>
            progress.byStatus[s.id]
              ? html`<span
                  title="${s.label}: ${progress.byStatus[s.id]}"
                  ${cssProps({
                    width: `${(100 * progress.byStatus[s.id]) / Math.max(1, progress.total)}%`,
                    background: `var(--fc-${s.id}-strong)`,
                  })}
                ></span>`
              : nothing,
          )}
        </div>
      </div>
      <div class="filter">
        <label for="filter">Show</label>
        <select id="filter" aria-label="Filter by status" @change=${this.onFilter}>
          <option value="all" ?selected=${this.filter === 'all'}>All claims (${progress.total})</option>
          ${STATUSES.map(
            (s) =>
              html`<option value=${s.id} ?selected=${this.filter === s.id}>
                ${s.icon} ${s.label} (${progress.byStatus[s.id]})
              </option>`,
          )}
        </select>
      </div>
      ${this.items.length === 0
        ? html`<p class="empty">
            No claims yet. Select a figure, date, name or quote in the article and press <strong>Tag claim</strong>.
          </p>`
        : nothing}
      ${attached.length || this.items.length === 0
        ? this.renderList(attached, 'Claims')
        : this.filter !== 'all'
          ? html`<p class="empty">No ${statusInfo(this.filter).label.toLowerCase()} claims.</p>`
          : nothing}
      ${orphans.length ? html`<h3 id="orphans-heading">Orphaned (${orphans.length})</h3>${this.renderList(orphans, 'Orphaned claims')}` : nothing}
    `;
  }

  private renderList(all: ClaimListItem[], label: string) {
    if (all.length === 0) return nothing;
    // The active claim is always drawn, even beyond the limit.
    const activeAt = all.findIndex((i) => i.record.id === this.active);
    const limit = Math.max(this.limit, activeAt + 1);
    const items = all.length > limit ? all.slice(0, limit) : all;
    // One tab stop per list: the active claim, else the first.
    const tabbable = items.find((i) => i.record.id === (this.focusId ?? this.active))?.record.id ?? items[0]!.record.id;
    return html`<ul role="listbox" aria-label=${label} @keydown=${this.onKey}>
      ${repeat(
        items,
        (item) => item.record.id,
        (item) => {
          const r = item.record;
          const active = r.id === this.active;
          const focusable = r.id === tabbable;
          // A row is drawn again only when what it shows changed.
          return guard([r, item.quote, active, focusable], () => this.renderRow(item, active, focusable));
        },
      )}
    </ul>
    ${all.length > items.length
      ? html`<button class="more" @click=${() => (this.limit = limit + PAGE)}>
          Show ${Math.min(PAGE, all.length - items.length)} more of ${all.length - items.length}
        </button>`
      : nothing}`;
  }

  private renderRow(item: ClaimListItem, active: boolean, focusable: boolean) {
    const r = item.record;
    const info = statusInfo(r.status);
    return html`<li
          role="option"
          id="claim-${r.id}"
          data-claim-id=${r.id}
          aria-selected=${active ? 'true' : 'false'}
          tabindex=${focusable ? 0 : -1}
          ${cssProps({ 'border-left-color': `var(--fc-${r.status}-strong)` })}
          @click=${() => this.select(r.id)}
        >
          <span class="quote">${shorten(item.quote || '(empty)', 140)}</span>
          <span class="meta">
            <span class="badge" data-status=${r.status}
              ><span class="icon" aria-hidden="true">${info.icon}</span>${info.label}</span
            >
            ${r.changed ? html`<span class="recheck">Re-check</span>` : nothing}
          </span>
          ${r.note ? html`<span class="note">${shorten(r.note, 90)}</span>` : nothing}
        </li>`;
  }

  private select(id: string) {
    this.focusId = id;
    emit(this, 'fc-claim-select', { id });
  }

  private onKey(e: KeyboardEvent) {
    const options = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="option"]')];
    const current = options.indexOf(e.target as HTMLElement);
    if (current < 0) return;
    let next = current;
    if (e.key === 'ArrowDown') next = Math.min(options.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = options.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(options[current]!.dataset['claimId']!);
      return;
    } else return;
    e.preventDefault();
    const target = options[next]!;
    target.focus();
    this.select(target.dataset['claimId']!);
  }

  private onFilter(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.filter = value === 'all' || !isStatusId(value) ? 'all' : value;
  }

  override updated() {
    // Keep the focused option focused across re-renders (they replace nothing, but tabindex moves).
    if (this.focusId && this.shadowRoot?.activeElement?.getAttribute('role') === 'option') {
      const el = this.shadowRoot.getElementById(`claim-${this.focusId}`);
      if (el && el !== this.shadowRoot.activeElement) el.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-list': FcClaimList;
  }
}
