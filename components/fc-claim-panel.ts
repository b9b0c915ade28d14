import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ClaimRecord } from '../src/claims/record.js';
import { STATUSES, isStatusId, needsSource } from '../src/claims/status.js';
import { needsSecondCheck, secondCheckRefusal } from '../src/claims/second-check.js';
import { openQueries } from '../src/claims/queries.js';
import { emit, type FcEventMap } from './events.js';
import { formatTime, shortcutLabel } from './format.js';
import { historyText } from './history-text.js';
import { DEFAULT_RULES, statusOf, statusSheet, type DeskRules } from './statuses.js';
import { badge, controls, host, tokens } from './theme.js';
import './fc-claim-sources.js';
import './fc-claim-queries.js';

/**
 * The open claim: its status, who made it (Claimant), whom it is assigned
 * to, the note and the suggested wording, sources, queries to the writer,
 * the second check, the other side of a merge, and its history. It holds
 * no copy of the claim: `record` comes down from the app, every change
 * goes up as an event and comes back as a new record.
 *
 * @fires {CustomEvent<{ id: string; status: StatusId }>} fc-status-change
 * @fires {CustomEvent<{ id: string } & ClaimPatch>} fc-claim-update - note, sources, "claim as reviewed", claimant, assignee or suggested wording
 * @fires {CustomEvent<{ id: string }>} fc-claim-delete
 * @fires {CustomEvent<{ id: string }>} fc-claim-confirm - "Still correct" on a changed claim
 * @fires {CustomEvent<{ id: string }>} fc-claim-reattach - an orphan to the selected text
 * @fires {CustomEvent<{ id: string }>} fc-second-check - "Confirm": the reviewer is the verdict's second checker
 * @fires {CustomEvent<{ id: string; action: 'adopt' | 'dismiss' }>} fc-other-version - the other side of a merge taken or dismissed
 * @fires {CustomEvent<{ id: string; action: 'ask' | 'answer' | 'withdraw' }>} fc-query - from the queries to the writer
 */
@customElement('fc-claim-panel')
export class FcClaimPanel extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    badge,
    statusSheet,
    css`
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        margin-bottom: 0.5rem;
      }
      h2 {
        font-size: 0.8rem;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--fc-muted);
        margin: 0;
      }
      blockquote {
        margin: 0 0 0.75rem;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--fc-line);
        background: var(--fc-bg);
        font-family: var(--fc-serif);
        font-size: 1rem;
        line-height: 1.45;
        border-radius: 0 6px 6px 0;
        overflow-wrap: anywhere;
      }
      .field {
        display: grid;
        gap: 0.25rem;
        margin-bottom: 0.75rem;
      }
      label,
      .label {
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--fc-muted);
      }
      textarea {
        min-height: 4.5rem;
        resize: vertical;
        width: 100%;
      }
      select {
        width: 100%;
      }
      .alert {
        border-radius: 6px;
        padding: 0.5rem 0.65rem;
        margin-bottom: 0.75rem;
        font-size: 0.85rem;
        line-height: 1.4;
      }
      .alert.orphan {
        background: #fdecea;
        border: 1px solid #e6a19c;
      }
      .alert .actions {
        margin-top: 0.4rem;
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
      }
      .alert.changed,
      .alert.warn {
        background: #fff6d6;
        border: 1px solid #e0b84a;
      }
      .alert.other {
        background: #eef4fb;
        border: 1px solid #b8d3f1;
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5rem;
      }
      .pair .field {
        min-width: 0;
      }
      .pair input {
        width: 100%;
      }
      textarea#suggested-fix {
        min-height: 3rem;
      }
      .second-check {
        border: 1px solid var(--fc-line);
        border-radius: 6px;
        padding: 0.45rem 0.6rem;
        margin-bottom: 0.75rem;
        font-size: 0.85rem;
        display: grid;
        gap: 0.3rem;
      }
      .second-check .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      .second-check[data-done='true'] {
        border-color: #9fd3ae;
        background: #f1faf3;
      }
      .second-check[data-done='false'] {
        border-color: #e0b84a;
        background: #fffaf0;
      }
      .section-label {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
      }
      .times {
        font-size: 0.78rem;
        color: var(--fc-muted);
        margin: 0 0 0.6rem;
      }
      details {
        font-size: 0.82rem;
        margin-bottom: 0.75rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--fc-muted);
        font-size: 0.78rem;
      }
      ol.history {
        margin: 0.4rem 0 0;
        padding-left: 1.1rem;
        display: grid;
        gap: 0.3rem;
      }
      ol.history .who {
        color: var(--fc-muted);
      }
      .footer {
        display: flex;
        justify-content: space-between;
        align-items: center;
        border-top: 1px solid var(--fc-line);
        padding-top: 0.6rem;
      }
      .hint {
        font-size: 0.78rem;
        color: var(--fc-muted);
      }
      input#claim-reviewed {
        width: 100%;
      }
    `,
  ];

  /** The claim to show; nothing is shown without one. */
  @property({ attribute: false }) record: ClaimRecord | null = null;
  /** The claim's words as they stand in the article now (or where it was lost from). */
  @property() quote = '';
  /** The sentence around the claim: what "claim as reviewed" defaults to in ClaimReview exports. */
  @property({ attribute: false }) claimReviewedDefault = '';
  /** Whether the user has set a name; the panel asks for one if not. */
  @property({ type: Boolean, attribute: 'has-reviewer' }) hasReviewer = true;

  /** The newsroom's statuses and second-check rule. */
  @property({ attribute: false }) rules: DeskRules = DEFAULT_RULES;
  /** Who is working (the header's name): a second check records it, and must differ from whoever gave the verdict. */
  @property() reviewer = '';
  /** Names the article's claims are assigned to, offered when assigning this one. */
  @property({ attribute: false }) names: string[] = [];
  /** Whom the last query of the article went to, the default of the next one. */
  @property({ attribute: false }) writer = '';

  override render() {
    const record = this.record;
    if (!record) return nothing;
    const set = this.rules.statuses;
    const info = statusOf(record.status, set);
    const open = openQueries(record).length;
    return html`
      <section aria-labelledby="claim-heading">
        <div class="head">
          <h2 id="claim-heading">Claim</h2>
          <span class="badge" data-status=${record.status}
            ><span class="icon" aria-hidden="true">${info.icon}</span>${info.label}</span
          >
        </div>
        <blockquote>${this.quote}</blockquote>
        ${record.changed ? this.renderChanged(record) : nothing} ${record.orphaned ? this.renderOrphan() : nothing}
        ${record.otherVersion ? this.renderOtherVersion(record) : nothing}
        <div class="field">
          <label for="status">Status</label>
          <select
            id="status"
            .value=${live(record.status)}
            @change=${this.onStatus}
            title="Set with ${shortcutLabel('1')} … ${shortcutLabel(String(STATUSES.length))}"
          >
            ${set.some((s) => s.id === record.status) ? nothing : html`<option value=${record.status} selected disabled>${info.label}</option>`}
            ${set.map((s) => html`<option value=${s.id} ?selected=${s.id === record.status}>${s.icon} ${s.label}</option>`)}
          </select>
        </div>
        ${
          isStatusId(record.status, set) && needsSource(record.status, set) && record.sources.length === 0
            ? html`<div class="alert warn" role="status">
              <strong>${info.label} needs a source.</strong> Add the evidence below; the article cannot be signed off without it.
            </div>`
            : nothing
        }
        ${needsSecondCheck(record, this.rules) ? this.renderSecondCheck(record) : nothing}
        <div class="pair">
          <div class="field">
            <label for="claimant">Claimant</label>
            <input
              id="claimant"
              placeholder="Who said it"
              .value=${live(record.claimant ?? '')}
              @change=${(e: Event) => this.patch({ claimant: (e.target as HTMLInputElement).value.trim() })}
            />
          </div>
          <div class="field">
            <label for="assignee">Assigned to</label>
            <input
              id="assignee"
              list="checkers"
              autocomplete="off"
              placeholder="A checker"
              .value=${live(record.assignee ?? '')}
              @change=${(e: Event) => this.patch({ assignee: (e.target as HTMLInputElement).value.trim() })}
            />
            <datalist id="checkers">${this.names.map((n) => html`<option value=${n}></option>`)}</datalist>
          </div>
        </div>
        <div class="field">
          <label for="note">Note</label>
          <textarea
            id="note"
            .value=${record.note}
            @input=${this.onNote}
            placeholder="What you checked, whom you asked, what you found"
          ></textarea>
        </div>
        <div class="field">
          <label for="suggested-fix">Suggested wording</label>
          <textarea
            id="suggested-fix"
            .value=${record.suggestedFix ?? ''}
            @input=${(e: Event) => this.patch({ suggestedFix: (e.target as HTMLTextAreaElement).value })}
            placeholder="The fix you propose to the writer"
          ></textarea>
        </div>
        ${
          info.resolved && info.rating
            ? html`<div class="field">
              <label for="claim-reviewed">Claim as reviewed</label>
              <input
                id="claim-reviewed"
                maxlength="75"
                .value=${record.claimReviewed ?? ''}
                placeholder=${this.claimReviewedDefault}
                @change=${this.onClaimReviewed}
              />
              <span class="hint">How ClaimReview states the claim (75 characters); empty uses the sentence around it.</span>
            </div>`
            : nothing
        }
        <div class="field">
          <span class="label">Sources</span>
          <fc-claim-sources .claimId=${record.id} .sources=${record.sources}></fc-claim-sources>
        </div>
        <div class="field">
          <span class="label section-label">Queries to the writer${open ? html`<span>${open} open</span>` : nothing}</span>
          <fc-claim-queries .claimId=${record.id} .queries=${record.queries ?? []} .writer=${this.writer}></fc-claim-queries>
        </div>
        ${this.hasReviewer ? nothing : html`<p class="hint">Add your name at the top so your changes are attributed to you.</p>`}
        <p class="times">
          Created ${formatTime(record.createdAt)}${record.reviewer ? ` by ${record.reviewer}` : ''} · Updated
          ${formatTime(record.updatedAt)}
        </p>
        <details>
          <summary>History (${record.history.length})</summary>
          <ol class="history">
            ${record.history.map((h) => html`<li>${historyText(h, set)}</li>`)}
          </ol>
        </details>
        <div class="footer">
          <button class="danger" @click=${() => emit(this, 'fc-claim-delete', { id: record.id })}>Delete claim</button>
          <span class="hint"><kbd>Esc</kbd> back to the article</span>
        </div>
      </section>
    `;
  }

  private renderSecondCheck(record: ClaimRecord) {
    const done = record.secondCheck;
    const refusal = done ? null : secondCheckRefusal(record, this.reviewer, this.rules);
    return html`<div class="second-check" data-done=${done ? 'true' : 'false'} role="group" aria-label="Second check">
      <div class="row">
        <span
          >${done ? html`<span aria-hidden="true">✓ </span>Second check by <strong>${done.by}</strong> · ${formatTime(done.at)}` : html`<strong>Second check needed.</strong>`}</span
        >
        ${done ? nothing : html`<button ?disabled=${refusal !== null} aria-describedby="second-check-why" @click=${() => emit(this, 'fc-second-check', { id: record.id })}>Confirm</button>`}
      </div>
      ${done ? nothing : html`<span class="hint" id="second-check-why">${refusal ?? `Confirm as ${this.reviewer}: a second checker agrees with this verdict.`}</span>`}
    </div>`;
  }

  private renderChanged(record: ClaimRecord) {
    const change = [...record.history].reverse().find((h) => h.event === 'text-changed');
    return html`<div class="alert changed" role="status">
      <span class="recheck">Re-check</span> The words changed after this claim was marked
      ${statusOf(record.status, this.rules.statuses).label}${change ? html`: “${change.oldText}” is now “${change.newText}”.` : '.'}
      <div class="actions">
        <button @click=${() => emit(this, 'fc-claim-confirm', { id: record.id })}>Still correct</button>
        <span class="hint">or set the status again.</span>
      </div>
    </div>`;
  }

  private renderOtherVersion(record: ClaimRecord) {
    const other = record.otherVersion!;
    return html`<div class="alert other" role="status">
      <strong>${other.by || 'Someone'}’s version</strong> (${formatTime(other.at)}), from a merge where both sides changed this claim:
      ${statusOf(other.status, this.rules.statuses).label}${other.note ? html`, note “${other.note}”` : ', no note'}.
      <div class="actions">
        <button @click=${() => emit(this, 'fc-other-version', { id: record.id, action: 'adopt' })}>Adopt their version</button>
        <button @click=${() => emit(this, 'fc-other-version', { id: record.id, action: 'dismiss' })}>Keep this version</button>
      </div>
    </div>`;
  }

  private renderOrphan() {
    return html`<div class="alert orphan" role="status">
      <strong>Orphaned:</strong> the text of this claim is no longer in the article. Select the text it now refers to,
      then re-attach it, or delete the claim.
      <div class="actions">
        <button @click=${() => emit(this, 'fc-claim-reattach', { id: this.record!.id })}>Re-attach to selection</button>
      </div>
    </div>`;
  }

  private patch(patch: Omit<FcEventMap['fc-claim-update'], 'id'>) {
    if (this.record) emit(this, 'fc-claim-update', { id: this.record.id, ...patch });
  }

  private onStatus(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    if (this.record && isStatusId(value, this.rules.statuses)) emit(this, 'fc-status-change', { id: this.record.id, status: value });
  }

  private onClaimReviewed(e: Event) {
    if (this.record) emit(this, 'fc-claim-update', { id: this.record.id, claimReviewed: (e.target as HTMLInputElement).value.trim() });
  }

  private onNote(e: Event) {
    if (this.record) emit(this, 'fc-claim-update', { id: this.record.id, note: (e.target as HTMLTextAreaElement).value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-panel': FcClaimPanel;
  }
}
