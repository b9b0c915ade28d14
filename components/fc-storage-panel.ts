import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import { controls, host, tokens, disclosure } from './theme.js';

/** How much of the browser's storage the app uses, and whether it is kept. */
export interface StorageInfo {
  usage: number;
  quota: number;
  persisted: boolean;
}

/**
 * Storage and backup, in the sidebar: usage, persistence, "Back up
 * everything" and "Restore…".
 *
 * @fires {CustomEvent<{ action: 'backup' | 'restore' | 'persist'; file?: File }>} fc-storage - `backup`, `restore` (with the chosen file) or `persist`
 */
@customElement('fc-storage-panel')
export class FcStoragePanel extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    disclosure,
    css`
      p {
        line-height: 1.45;
        margin: 0.5rem 0;
      }
      .row {
        display: flex;
        gap: 0.35rem;
        flex-wrap: wrap;
      }
    `,
  ];

  @property({ attribute: false }) storage: StorageInfo | null = null;

  override render() {
    const s = this.storage;
    const size = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : `${(n / 1e6).toFixed(1)} MB`);
    return html`<details>
      <summary>Storage and backup</summary>
      <p class="storage-line">
        ${s ? html`Using ${size(s.usage)} of ${size(s.quota)} in this browser.` : 'Storage use is not known in this browser.'}
        ${
          s?.persisted
            ? html`<strong>Persistent:</strong> the browser will not clear it to free space.`
            : html`The browser may clear it when space runs low.
              <button class="link" @click=${() => emit(this, 'fc-storage', { action: 'persist' })}>Keep my data</button>`
        }
      </p>
      <div class="row">
        <button @click=${() => emit(this, 'fc-storage', { action: 'backup' })}>Back up everything</button>
        <button @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>Restore…</button>
        <input type="file" hidden accept=".json,application/json" @change=${this.onFile} />
      </div>
    </details>`;
  }

  private onFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) emit(this, 'fc-storage', { action: 'restore', file });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-storage-panel': FcStoragePanel;
  }
}
