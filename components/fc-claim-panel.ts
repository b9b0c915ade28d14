import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ClaimRecord, HistoryEntry } from '../src/claims/record.js';
import { STATUSES, statusInfo, isStatusId } from '../src/claims/status.js';
import { describeSource } from '../src/claims/source.js';
import { emit } from './events.js';
import { formatTime, isHttpUrl, shortcutLabel } from './format.js';
import { badge, controls, host, tokens } from './theme.js';

/**
 * The open claim: its status, note, sources and history. It holds no copy
 * of the claim: `record` comes down from the app, every change goes up as
 * an event and comes back as a new record.
 *
 * @fires {CustomEvent<{ id: string; status: StatusId }>} fc-status-change
 * @fires {CustomEvent<{ id: string; note?: string; sources?: Source[]; claimReviewed?: string }>} fc-claim-update - note, sources or "claim as reviewed"
 * @fires {CustomEvent<{ id: string }>} fc-claim-delete
 * @fires {CustomEvent<{ id: string }>} fc-claim-confirm - "Still correct" on a changed claim
 * @fires {CustomEvent<{ id: string }>} fc-claim-reattach - an orphan to the selected text
 */
@customElement('fc-claim-panel')
export class FcClaimPanel extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    badge,
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
      .alert.changed {
        background: #fff6d6;
        border: 1px solid #e0b84a;
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
      ul.sources {
        list-style: none;
        padding: 0;
        margin: 0 0 0.4rem;
        display: grid;
        gap: 0.25rem;
      }
      ul.sources li {
        display: flex;
        gap: 0.4rem;
        align-items: baseline;
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      ul.sources a {
        color: var(--fc-accent);
        flex: 1;
      }
      .add-source {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0.3rem;
      }
      .add-source .row {
        display: flex;
        gap: 0.3rem;
      }
      .add-source input {
        flex: 1;
        min-width: 0;
      }
      .error {
        color: var(--fc-danger);
        font-size: 0.8rem;
      }
      input[aria-invalid='true'] {
        border-color: var(--fc-danger);
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

  @state() private sourceError = '';

  override render() {
    const record = this.record;
    if (!record) return nothing;
    const info = statusInfo(record.status);
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
        <div class="field">
          <label for="status">Status</label>
          <select
            id="status"
            .value=${live(record.status)}
            @change=${this.onStatus}
            title="Set with ${shortcutLabel('1')} … ${shortcutLabel('7')}"
          >
            ${STATUSES.map((s) => html`<option value=${s.id} ?selected=${s.id === record.status}>${s.icon} ${s.label}</option>`)}
          </select>
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
        ${
          isVerdict(record.status)
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
          <span class="label" id="sources-label">Sources</span>
          ${
            record.sources.length
              ? html`<ul class="sources" aria-labelledby="sources-label">
                ${record.sources.map(
                  (s, i) => html`<li>
                    ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.label || s.url}</a>` : html`<span>${describeSource(s)}</span>`}
                    <button class="link danger" aria-label="Remove source ${s.label || s.url}" @click=${() => this.removeSource(i)}>
                      Remove
                    </button>
                  </li>`,
                )}
              </ul>`
              : html`<span class="hint">No sources yet.</span>`
          }
          <form class="add-source" @submit=${this.addSource} novalidate>
            <div class="row">
              <input
                name="url"
                type="url"
                aria-label="Source URL"
                placeholder="https://…"
                aria-invalid=${this.sourceError ? 'true' : 'false'}
                aria-describedby="source-error"
                @input=${() => (this.sourceError = '')}
              />
            </div>
            <div class="row">
              <input name="label" aria-label="Source label (optional)" placeholder="Label (optional)" />
              <button type="submit">Add source</button>
            </div>
            <span id="source-error" class="error" role="alert">${this.sourceError}</span>
          </form>
        </div>
        ${this.hasReviewer ? nothing : html`<p class="hint">Add your name at the top so your changes are attributed to you.</p>`}
        <p class="times">
          Created ${formatTime(record.createdAt)}${record.reviewer ? ` by ${record.reviewer}` : ''} · Updated
          ${formatTime(record.updatedAt)}
        </p>
        <details>
          <summary>History (${record.history.length})</summary>
          <ol class="history">
            ${record.history.map((h) => html`<li>${this.describe(h)}</li>`)}
          </ol>
        </details>
        <div class="footer">
          <button class="danger" @click=${() => emit(this, 'fc-claim-delete', { id: record.id })}>Delete claim</button>
          <span class="hint"><kbd>Esc</kbd> back to the article</span>
        </div>
      </section>
    `;
  }

  private renderChanged(record: ClaimRecord) {
    const change = [...record.history].reverse().find((h) => h.event === 'text-changed');
    return html`<div class="alert changed" role="status">
      <span class="recheck">Re-check</span> The words changed after this claim was marked
      ${statusInfo(record.status).label}${change ? html`: “${change.oldText}” is now “${change.newText}”.` : '.'}
      <div class="actions">
        <button @click=${() => emit(this, 'fc-claim-confirm', { id: record.id })}>Still correct</button>
        <span class="hint">or set the status again.</span>
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

  private describe(h: HistoryEntry) {
    const who = html`<span class="who">${h.by || 'Someone'} · ${formatTime(h.at)}</span>`;
    switch (h.event) {
      case 'text-changed':
        return html`Text changed: “${h.oldText}” → “${h.newText}” ${who}`;
      case 'orphaned':
        return html`Text deleted; claim orphaned ${who}`;
      case 'reattached':
        return html`Re-attached${h.newText ? html` to “${h.newText}”` : ''} ${who}`;
      case 'confirmed':
        return html`Confirmed still ${statusInfo(h.status).label} after the text changed ${who}`;
      default:
        return h.from ? html`${statusInfo(h.from).label} → <strong>${statusInfo(h.status).label}</strong> ${who}` : html`Tagged as ${statusInfo(h.status).label} ${who}`;
    }
  }

  private onStatus(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    if (this.record && isStatusId(value)) emit(this, 'fc-status-change', { id: this.record.id, status: value });
  }

  private onClaimReviewed(e: Event) {
    if (this.record) emit(this, 'fc-claim-update', { id: this.record.id, claimReviewed: (e.target as HTMLInputElement).value.trim() });
  }

  private onNote(e: Event) {
    if (this.record) emit(this, 'fc-claim-update', { id: this.record.id, note: (e.target as HTMLTextAreaElement).value });
  }

  private addSource(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const url = (form.elements.namedItem('url') as HTMLInputElement).value.trim();
    const label = (form.elements.namedItem('label') as HTMLInputElement).value.trim();
    if (!this.record) return;
    // The browser's own form of the address (spaces and the like escaped),
    // checked by the rule every import applies, so an export always re-imports.
    const href = normalisedUrl(url);
    if (!href || !isHttpUrl(href)) {
      this.sourceError = url ? `“${url}” is not a web address: only http: and https: links can be sources.` : 'Enter the source’s web address (http: or https:).';
      return;
    }
    const source = label ? { url: href, label } : { url: href };
    emit(this, 'fc-claim-update', { id: this.record.id, sources: [...this.record.sources, source] });
    form.reset();
    this.sourceError = '';
  }

  private removeSource(index: number) {
    if (!this.record) return;
    emit(this, 'fc-claim-update', { id: this.record.id, sources: this.record.sources.filter((_, i) => i !== index) });
  }
}

function normalisedUrl(value: string): string | null {
  try {
    return new URL(value).href;
  } catch {
    return null;
  }
}

function isVerdict(status: ClaimRecord['status']): boolean {
  return statusInfo(status).resolved;
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-claim-panel': FcClaimPanel;
  }
}
