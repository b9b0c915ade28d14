import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StatusSet } from '../src/claims/status.js';
import { DEFAULT_STATUSES } from '../src/claims/status.js';
import { emit } from './events.js';
import { controls, host, tokens } from './theme.js';

/**
 * What can be done to several claims chosen in the sidebar at once: assign
 * them to a checker, or give them a status. Each is one step, undone as
 * one (Undo in the message that follows, or Undo while it is the last
 * change).
 *
 * @fires {CustomEvent<{ ids: string[]; assignee?: string; status?: StatusId }>} fc-claims-bulk - assign the claims, or set their status
 * @fires {CustomEvent<Record<string, never>>} fc-selection-clear - "Clear selection"
 */
@customElement('fc-bulk-actions')
export class FcBulkActions extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      :host {
        position: sticky;
        top: 0;
        z-index: 1;
      }
      div[role='group'] {
        border: 1px solid var(--fc-accent);
        background: #eaf2fc;
        border-radius: 8px;
        padding: 0.5rem 0.6rem;
        margin: 0.5rem 0;
        display: grid;
        gap: 0.4rem;
        font-size: 0.85rem;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
      }
      form {
        display: flex;
        gap: 0.3rem;
      }
      form > :first-child {
        flex: 1;
        min-width: 0;
      }
    `,
  ];

  /** The chosen claims, in document order. */
  @property({ attribute: false }) ids: string[] = [];
  @property({ attribute: false }) statuses: StatusSet = DEFAULT_STATUSES;
  /** Checkers' names, offered when assigning. */
  @property({ attribute: false }) names: string[] = [];

  override render() {
    const n = this.ids.length;
    return html`<div role="group" aria-label="${n} claims selected">
      <div class="head">
        <strong>${n} claims selected</strong>
        <button class="link" @click=${() => emit(this, 'fc-selection-clear', {})}>Clear selection</button>
      </div>
      <form @submit=${this.assign}>
        <input name="assignee" list="bulk-names" autocomplete="off" aria-label="Assign to" placeholder="Assign to… (empty: unassign)" />
        <datalist id="bulk-names">${this.names.map((name) => html`<option value=${name}></option>`)}</datalist>
        <button type="submit">Assign</button>
      </form>
      <form @submit=${this.setStatus}>
        <select name="status" aria-label="Status for the selected claims">
          ${this.statuses.map((s) => html`<option value=${s.id}>${s.icon} ${s.label}</option>`)}
        </select>
        <button type="submit">Set status</button>
      </form>
    </div>`;
  }

  private assign(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('assignee') as HTMLInputElement;
    emit(this, 'fc-claims-bulk', { ids: this.ids, assignee: input.value.trim() });
  }

  private setStatus(e: SubmitEvent) {
    e.preventDefault();
    const select = (e.target as HTMLFormElement).elements.namedItem('status') as HTMLSelectElement;
    emit(this, 'fc-claims-bulk', { ids: this.ids, status: select.value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-bulk-actions': FcBulkActions;
  }
}
