import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RevisionSummary } from '../src/claims/revise.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';
import type { Busy, PendingImport } from './app/interchange.js';
import type { ErrorMessage, Notice } from './app/messages.js';

/** What a button in the message area asks for. */
export type MessageAction = 'dismiss-error' | 'dismiss-notice' | 'dismiss-revision' | 'undo-revision' | 'import-merge' | 'import-copy' | 'import-cancel' | 'undo-toast' | 'dismiss-toast';

/**
 * The message area above the article: an error (with what happened and
 * that the work is still on the page), progress of a long operation, the
 * summary of an "Update text", the choice an import of an existing article
 * needs, and summaries of imports and restores.
 *
 * @fires fc-message - a button in a message was pressed (`detail.action`)
 */
@customElement('fc-messages')
export class FcMessages extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      .banner {
        max-width: 44rem;
        margin: 1rem auto 0;
        border-radius: 8px;
        padding: 0.6rem 0.8rem;
        font-size: 0.88rem;
        line-height: 1.45;
        display: flex;
        gap: 0.6rem;
        align-items: flex-start;
        justify-content: space-between;
      }
      .banner.error {
        background: #fdecea;
        border: 1px solid #e6a19c;
        color: #5f140f;
      }
      .banner.info {
        background: #eaf2fc;
        border: 1px solid #b8d3f1;
      }
      .row {
        display: flex;
        gap: 0.4rem;
        flex-shrink: 0;
        flex-wrap: wrap;
      }
      ul.changes {
        margin: 0.35rem 0 0;
        padding-left: 1.1rem;
      }
      pre {
        white-space: pre-wrap;
        font: inherit;
        margin: 0.3rem 0 0;
      }
      .busy progress {
        margin-left: 0.5rem;
        vertical-align: middle;
      }
    `,
  ];

  @property({ attribute: false }) error: ErrorMessage | null = null;
  @property({ attribute: false }) busy: Busy | null = null;
  @property({ attribute: false }) revision: RevisionSummary | null = null;
  @property({ attribute: false }) pendingImport: PendingImport | null = null;
  @property({ attribute: false }) notice: Notice | null = null;

  override render() {
    const { error, busy, revision, pendingImport, notice } = this;
    return html`
      ${
        error
          ? html`<div class="banner error" role="alert">
            <div><strong>${error.title}</strong>${error.detail ? html`<pre>${error.detail}</pre>` : nothing}</div>
            <button @click=${() => this.act('dismiss-error')} aria-label="Dismiss message">Dismiss</button>
          </div>`
          : nothing
      }
      ${
        busy
          ? html`<div class="banner info busy" role="status">
            <label>${busy.label} <progress max=${busy.max} .value=${busy.value}></progress></label>
          </div>`
          : nothing
      }
      ${revision ? this.renderRevision(revision) : nothing}
      ${
        pendingImport
          ? html`<div class="banner info pending-import" role="group" aria-label="Import choice">
            <div>
              <strong>“${pendingImport.title}” is already here.</strong> Merge combines both copies’ claims (the newer
              version of a claim edited in both wins; the other stays in its history). Import as a new article keeps
              them apart.
            </div>
            <div class="row">
              <button class="primary" @click=${() => this.act('import-merge')}>Merge</button>
              <button @click=${() => this.act('import-copy')}>Import as a new article</button>
              <button @click=${() => this.act('import-cancel')}>Cancel</button>
            </div>
          </div>`
          : nothing
      }
      ${
        notice
          ? html`<div class="banner info notice" role="status">
            <div>
              <strong>${notice.title}</strong>
              <ul class="changes">
                ${notice.lines.map((l) => html`<li>${l}</li>`)}
              </ul>
            </div>
            <button aria-label="Dismiss summary" @click=${() => this.act('dismiss-notice')}>Dismiss</button>
          </div>`
          : nothing
      }
    `;
  }

  private renderRevision(summary: RevisionSummary) {
    return html`<div class="banner info revision" role="status">
      <div>
        <strong>Text updated.</strong>
        ${summary.kept} claims kept exactly, ${summary.changed.length} changed, ${summary.orphaned.length}
        orphaned${summary.reattached ? html`, ${summary.reattached} re-attached` : nothing}.
        ${
          summary.changed.length
            ? html`<ul class="changes">
              ${summary.changed.map((c) => html`<li>Re-check: “${c.oldText}” is now “${c.newText}”</li>`)}
            </ul>`
            : nothing
        }
        ${
          summary.orphaned.length
            ? html`<ul class="changes">
              ${summary.orphaned.map((c) => html`<li>Orphaned: “${c.quote}”</li>`)}
            </ul>`
            : nothing
        }
      </div>
      <div class="row">
        <button @click=${() => this.act('undo-revision')}>Undo update</button>
        <button aria-label="Dismiss summary" @click=${() => this.act('dismiss-revision')}>Dismiss</button>
      </div>
    </div>`;
  }

  private act(action: MessageAction) {
    emit(this, 'fc-message', { action });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-messages': FcMessages;
  }
}
