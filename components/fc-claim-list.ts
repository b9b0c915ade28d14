import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { cssProps } from './css-props.js';
import type { ClaimRecord } from '../src/claims/record.js';
import { progressOf, type Progress } from '../src/claims/progress.js';
import { isStatusId } from '../src/claims/status.js';
import { openQueries } from '../src/claims/queries.js';
import { awaitsSecondCheck } from '../src/claims/second-check.js';
import { problemsFirst } from '../src/claims/problems.js';
import { ALL, MINE, OPEN_QUERIES, UNASSIGNED, assignedTo, filterCounts, passes, type FilterCounts } from './claim-filter.js';
import { emit } from './events.js';
import './fc-bulk-actions.js';
import { shorten } from './format.js';
import { DEFAULT_RULES, statusOf, type DeskRules } from './statuses.js';
import { claimListStyles } from './fc-claim-list.styles.js';

/**
 * Rows drawn at a time in a long list. Every drawn row is laid out, so a
 * window of rows around the open claim keeps a status change or a
 * keystroke as cheap with 10,000 claims as with 100.
 */
const PAGE = 50;

/** One row of the sidebar: a claim and its words. */
export interface ClaimListItem {
  record: ClaimRecord;
  quote: string;
}

/**
 * The sidebar: progress (with open queries and second checks waiting),
 * counts per status, a filter (by status, open queries, "Assigned to me",
 * "Unassigned", each name), "Problems first", "Copy open queries", and
 * every claim in document order, with orphans in their own section. The
 * list is one tab stop; the arrow keys move through it. Several entries
 * can be chosen (Ctrl+click, Shift+click, Shift+arrow keys) and assigned
 * or given a status at once.
 *
 * @fires {CustomEvent<{ id: string }>} fc-claim-select - an entry was chosen (click, Enter, or arrow keys)
 * @fires {CustomEvent<Record<string, never>>} fc-copy-queries - "Copy open queries"
 * @fires {CustomEvent<{ ids: string[]; assignee?: string; status?: StatusId }>} fc-claims-bulk - from the bar of the chosen entries
 */
@customElement('fc-claim-list')
export class FcClaimList extends LitElement {
  static override styles = claimListStyles;

  /** The claims in document order (orphans anywhere: they are listed apart). */
  @property({ attribute: false }) items: ClaimListItem[] = [];
  /** The claim open in the panel. */
  @property({ attribute: false }) active: string | null = null;
  /** Who else has each claim open (a shared article): claim id → "Open by Dana, Sam". */
  @property({ attribute: false }) peersOn: ReadonlyMap<string, string> = new Map();
  /** The newsroom's statuses and second-check rule: what counts as resolved, what the filter offers. */
  @property({ attribute: false }) rules: DeskRules = DEFAULT_RULES;
  /** Who is working: "Assigned to me" means assigned to this name. */
  @property() reviewer = '';
  /** What to show: "all", a status id, or one of `claim-filter.ts`'s values. */
  @state() filter = ALL;
  /** Whether the problems (Incorrect, Misleading, Needs source, Re-check, open queries, orphans) come first. */
  @state() problemsFirst = false;
  /** The entries chosen for a change to several claims (empty when one is open, as usual). */
  @state() private chosen: ReadonlySet<string> = new Set();
  /** Where a Shift+click or Shift+arrow selection is counted from. */
  private anchor: string | null = null;

  @state() private focusId: string | null = null;
  /** Per list: the first row drawn and how many rows are drawn (long lists grow on request). */
  private windows = new Map<string, { start: number; size: number }>();
  /**
   * A window move, or a few claims added or removed, waits for the next
   * frame (`later`); `drawNow` lets the render that frame asks for draw it.
   */
  private later: Promise<void> | null = null;
  private drawNow = false;
  /** An arrow key chose a claim: focus its row once it is drawn. */
  private pendingFocus = false;

  /** Counts and lists made from what the list shows, kept while none of it changes (the list also renders when only the open claim moves). */
  private derived: {
    key: unknown[];
    progress: Progress;
    counts: FilterCounts;
    attached: ClaimListItem[];
    orphans: ClaimListItem[];
  } | null = null;

  private derive() {
    const { items, filter, rules, reviewer } = this;
    const key = [items, filter, rules, reviewer, this.problemsFirst];
    if (this.derived?.key.every((k, i) => k === key[i])) return this.derived;
    const records = items.map((i) => i.record);
    let visible = items.filter((i) => passes(i.record, filter, reviewer));
    if (this.problemsFirst) visible = problemsFirst(visible, (i) => i.record);
    this.derived = {
      key,
      progress: progressOf(records, rules),
      counts: filterCounts(records, reviewer),
      attached: visible.filter((i) => !i.record.orphaned),
      orphans: visible.filter((i) => i.record.orphaned),
    };
    return this.derived;
  }

  override render() {
    const { progress, counts, attached, orphans } = this.derive();
    const { openQueries: queries, awaitingSecondCheck: waiting } = progress;
    const unresolvedExtra = [
      progress.changed ? `${progress.changed} to re-check` : '',
      progress.orphaned ? `${progress.orphaned} orphaned` : '',
      queries ? `${queries} open ${queries === 1 ? 'query' : 'queries'}` : '',
      waiting ? `${waiting} awaiting second check` : '',
    ].filter(Boolean);
    const chosen = this.chosenIds();
    return html`
      <div class="progress">
        <p class="progress-line" id="progress">
          ${progress.resolved} of ${progress.total} resolved
          ${unresolvedExtra.length ? html`<span class="extra">· ${unresolvedExtra.join(' · ')}</span>` : nothing}
        </p>
        <div class="bar" aria-hidden="true">
          ${this.rules.statuses.map((s) =>
            progress.byStatus[s.id]
              ? html`<span
                  title="${s.label}: ${progress.byStatus[s.id]}"
                  ${cssProps({
                    width: `${(100 * (progress.byStatus[s.id] ?? 0)) / Math.max(1, progress.total)}%`,
                    background: `var(--fc-${s.id}-strong)`,
                  })}
                ></span>`
              : nothing,
          )}
        </div>
      </div>
      ${queries ? html`<button class="copy" @click=${() => emit(this, 'fc-copy-queries', {})}>Copy open queries</button>` : nothing}
      <div class="filter">
        <label for="filter">Show</label>
        <select id="filter" aria-label="Filter by status" @change=${this.onFilter}>
          ${this.option(ALL, `All claims (${progress.total})`)}
          <optgroup label="Status">
            ${this.rules.statuses.map((s) => this.option(s.id, `${s.icon} ${s.label} (${progress.byStatus[s.id]})`))}
          </optgroup>
          <optgroup label="Work">
            ${this.option(OPEN_QUERIES, `Open queries (${counts.queries})`)} ${this.option(MINE, `Assigned to me (${counts.mine})`)}
            ${this.option(UNASSIGNED, `Unassigned (${counts.unassigned})`)}
          </optgroup>
          ${
            counts.names.length
              ? html`<optgroup label="Assigned to">
                ${counts.names.map(([name, n]) => this.option(assignedTo(name), `${name} (${n})`))}
              </optgroup>`
              : nothing
          }
        </select>
      </div>
      <label class="problems-first"
        ><input type="checkbox" .checked=${this.problemsFirst} @change=${(e: Event) => (this.problemsFirst = (e.target as HTMLInputElement).checked)} />
        Problems first</label
      >
      ${
        chosen.length > 1
          ? html`<fc-bulk-actions
            .ids=${chosen}
            .statuses=${this.rules.statuses}
            .names=${counts.names.map(([name]) => name)}
            @fc-selection-clear=${() => this.choose(new Set())}
          ></fc-bulk-actions>`
          : nothing
      }
      ${
        this.items.length === 0
          ? html`<p class="empty">
            No claims yet. Select a figure, date, name or quote in the article and press <strong>Tag claim</strong>.
          </p>`
          : nothing
      }
      ${
        attached.length || this.items.length === 0
          ? this.renderList(attached, 'Claims')
          : this.filter === ALL
            ? nothing
            : isStatusId(this.filter, this.rules.statuses)
              ? html`<p class="empty">No ${statusOf(this.filter, this.rules.statuses).label.toLowerCase()} claims.</p>`
              : html`<p class="empty">No claims match this filter.</p>`
      }
      ${orphans.length ? html`<h3 id="orphans-heading">Orphaned (${orphans.length})</h3>${this.renderList(orphans, 'Orphaned claims')}` : nothing}
    `;
  }

  private renderList(all: ClaimListItem[], label: string) {
    if (all.length === 0) return nothing;
    const [start, end] = this.windowOf(all, label);
    const items = all.slice(start, end);
    // One tab stop per list: the active claim, else the first drawn.
    const tabbable = items.find((i) => i.record.id === (this.focusId ?? this.active))?.record.id ?? items[0]!.record.id;
    return html`${
      start > 0
        ? html`<button class="more" @click=${() => this.grow(label, start, end, -PAGE)}>
            Show ${Math.min(PAGE, start)} earlier of ${start}
          </button>`
        : nothing
    }
      ${keyed(
        // A window that moved is drawn afresh: one list replaced, not a hundred rows removed one by one.
        start,
        html`<ul role="listbox" aria-label=${label} aria-multiselectable="true" @keydown=${(e: KeyboardEvent) => this.onKey(e, all)}>
        ${repeat(
          items,
          (item) => item.record.id,
          (item, i) => {
            const r = item.record;
            const active = r.id === this.active;
            const focusable = r.id === tabbable;
            const picked = this.chosen.size ? this.chosen.has(r.id) : active;
            // A row is drawn again only when what it shows changed.
            const peers = this.peersOn.get(r.id);
            return guard([r, item.quote, active, focusable, picked, this.chosen.size > 0, start + i, all.length, this.rules, peers], () =>
              this.renderRow(item, active, focusable, picked, start + i + 1, all.length, peers),
            );
          },
        )}
      </ul>`,
      )}
      ${
        end < all.length
          ? html`<button class="more" @click=${() => this.grow(label, start, end, PAGE)}>
            Show ${Math.min(PAGE, all.length - end)} more of ${all.length - end}
          </button>`
          : nothing
      }`;
  }

  /**
   * The rows of a list to draw: the window drawn last time, moved only
   * when the open claim is outside it, so choosing a claim in the list
   * never makes the list jump.
   */
  private windowOf(all: ClaimListItem[], label: string): [number, number] {
    const drawn = this.windows.get(label);
    const size = Math.max(PAGE, drawn?.size ?? PAGE);
    let start = Math.min(drawn?.start ?? 0, Math.max(0, all.length - size));
    const at = this.active ? all.findIndex((i) => i.record.id === this.active) : -1;
    if (at >= 0 && (at < start || at >= start + size)) {
      // Drawing a new window is a frame's work of its own: when a list is
      // on screen already, the highlight and the panel the user is looking
      // at are painted first, and the list follows in the next frame.
      if (drawn && !this.drawNow) this.drawNextFrame();
      else start = Math.max(0, Math.min(at - (PAGE >> 1), all.length - size));
    }
    this.windows.set(label, { start, size });
    return [start, Math.min(all.length, start + size)];
  }

  /**
   * A few claims added or removed (tagging, deleting, undoing either): the
   * list is drawn in the frame after the highlight and the panel, like a
   * window move. A status or words that changed are drawn at once, and so
   * is another list (an article opened: its first and last entries are
   * new objects) or the first fill of an empty one.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const before = changed.get<'items'>('items');
    const after = this.items;
    const fewAddedOrRemoved =
      !!before?.length && before.length !== after.length && Math.abs(before.length - after.length) <= 8 && (before[0] === after[0] || before[before.length - 1] === after[after.length - 1]);
    if (fewAddedOrRemoved && !this.drawNow) {
      this.drawNextFrame();
      return false;
    }
    return true;
  }

  private drawNextFrame() {
    if (this.later) return;
    // A hidden page gets no frames until it is shown again: there is nothing
    // to paint first, and `updateComplete` must not wait for a frame that may not come.
    const next = document.hidden ? (draw: () => void) => setTimeout(draw) : requestAnimationFrame;
    this.later = new Promise((resolve) =>
      next(() => {
        this.drawNow = true;
        this.requestUpdate();
        resolve();
      }),
    );
  }

  /** Includes a window move that is waiting for the next frame: then the list shows the active claim. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.later) {
      await this.later;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private grow(label: string, start: number, end: number, by: number) {
    const from = by < 0 ? Math.max(0, start + by) : start;
    this.windows.set(label, { start: from, size: end - from + Math.max(0, by) });
    this.requestUpdate();
  }

  private option(value: string, label: string) {
    return html`<option value=${value} ?selected=${this.filter === value}>${label}</option>`;
  }

  private renderRow(item: ClaimListItem, active: boolean, focusable: boolean, picked: boolean, position: number, size: number, peers?: string) {
    const r = item.record;
    const info = statusOf(r.status, this.rules.statuses);
    const queries = openQueries(r).length;
    return html`<li
          role="option"
          id="claim-${r.id}"
          class="${this.chosen.size && picked ? 'chosen' : ''} ${active ? 'open' : ''}"
          data-claim-id=${r.id}
          aria-selected=${picked ? 'true' : 'false'}
          aria-posinset=${position}
          aria-setsize=${size}
          tabindex=${focusable ? 0 : -1}
          ${cssProps({ 'border-left-color': `var(--fc-${r.status}-strong)` })}
          @click=${(e: MouseEvent) => this.onClick(e, r.id)}
        >
          <span class="quote">${shorten(item.quote || '(empty)', 140)}</span>
          <span class="meta">
            <span class="badge" data-status=${r.status}
              ><span class="icon" aria-hidden="true">${info.icon}</span>${info.label}</span
            >
            ${r.changed ? html`<span class="recheck">Re-check</span>` : nothing}
            ${queries ? html`<span class="tag query"><span aria-hidden="true">? </span>${queries} open ${queries === 1 ? 'query' : 'queries'}</span>` : nothing}
            ${awaitsSecondCheck(r, this.rules) ? html`<span class="tag">Second check due</span>` : nothing}
            ${r.assignee ? html`<span class="assignee"><span aria-hidden="true">→ </span><span class="visually-hidden">assigned to </span>${r.assignee}</span>` : nothing}
            ${peers ? html`<span class="peers">${peers}</span>` : nothing}
          </span>
          ${r.note ? html`<span class="note">${shorten(r.note, 90)}</span>` : nothing}
          ${r.suggestedFix ? html`<span class="note fix"><strong>Suggested:</strong> ${shorten(r.suggestedFix, 90)}</span>` : nothing}
        </li>`;
  }

  private select(id: string) {
    this.focusId = id;
    this.anchor = id;
    if (this.chosen.size) this.choose(new Set());
    emit(this, 'fc-claim-select', { id });
  }

  /** The chosen entries in the order they are listed (claims, then orphans). */
  private chosenIds(): string[] {
    if (this.chosen.size < 2) return [];
    const { attached, orphans } = this.derive();
    return [...attached, ...orphans].map((i) => i.record.id).filter((id) => this.chosen.has(id));
  }

  private choose(ids: ReadonlySet<string>) {
    this.chosen = ids;
  }

  /** The list an entry is in (the claims or the orphans), as shown now. */
  private listOf(id: string): ClaimListItem[] {
    const { attached, orphans } = this.derive();
    return attached.some((i) => i.record.id === id) ? attached : orphans;
  }

  /** The entries from the anchor (or the open claim) to `id`, in `all`'s order. */
  private range(all: ClaimListItem[], id: string): Set<string> {
    const from = all.findIndex((i) => i.record.id === (this.anchor ?? this.active));
    const to = all.findIndex((i) => i.record.id === id);
    if (from < 0 || to < 0) return new Set([id]);
    return new Set(all.slice(Math.min(from, to), Math.max(from, to) + 1).map((i) => i.record.id));
  }

  /** A click opens the claim; Ctrl+click (⌘ on a Mac) adds or removes the entry from the chosen ones, Shift+click chooses a range. */
  private onClick(e: MouseEvent, id: string) {
    if (e.shiftKey) {
      e.preventDefault();
      this.focusId = id;
      this.choose(this.range(this.listOf(id), id));
    } else if (e.ctrlKey || e.metaKey) {
      const next = new Set(this.chosen.size ? this.chosen : this.active ? [this.active] : []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this.focusId = id;
      this.anchor = id;
      this.choose(next);
    } else this.select(id);
  }

  /**
   * Arrow keys move through the whole list, drawn or not: the window
   * follows the claim chosen. With Shift they choose every entry from
   * where the selection started, for a change to several claims.
   */
  private onKey(e: KeyboardEvent, all: ClaimListItem[]) {
    const id = (e.target as HTMLElement).dataset['claimId'];
    const current = id ? all.findIndex((i) => i.record.id === id) : -1;
    if (current < 0) return;
    let next: number;
    if (e.key === 'Escape' && this.chosen.size) {
      e.preventDefault();
      this.choose(new Set());
      return;
    }
    if (e.key === 'ArrowDown') next = Math.min(all.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(id!);
      return;
    } else return;
    e.preventDefault();
    const nextId = all[next]!.record.id;
    // The row may not be drawn yet: the window follows `active` (the app
    // sets the same value when it handles the event), and updated() focuses it.
    this.active = nextId;
    this.pendingFocus = true;
    if (!e.shiftKey) return this.select(nextId);
    if (!this.chosen.size) this.anchor = id!;
    this.focusId = nextId;
    this.choose(this.range(all, nextId));
    emit(this, 'fc-claim-select', { id: nextId });
  }

  private onFilter(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.filter = value;
    this.choose(new Set());
  }

  override updated() {
    if (this.drawNow) {
      this.drawNow = false;
      this.later = null;
    }
    // Keep the focused option focused across re-renders (they replace nothing, but tabindex moves).
    const keyboard = this.pendingFocus;
    const root = this.shadowRoot;
    const el = this.focusId ? root?.getElementById(`claim-${this.focusId}`) : null;
    // A row chosen by key outside the window is drawn when the window moves, a frame later.
    this.pendingFocus = keyboard && !el && !!this.later;
    if (root && el && (keyboard || root.activeElement?.getAttribute('role') === 'option') && el !== root.activeElement) el.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-list': FcClaimList;
  }
}
