import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import { controls, host, tokens, disclosure } from './theme.js';

/**
 * Publishing settings, in the sidebar: the article's URL (the target of
 * W3C annotations and ClaimReview `url`s) and the newsroom (ClaimReview's
 * `author`).
 *
 * @fires fc-setting - a setting was changed (`detail.name`, `detail.value`, trimmed)
 */
@customElement('fc-publishing-settings')
export class FcPublishingSettings extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    disclosure,
    css`
      .setting {
        display: grid;
        gap: 0.2rem;
        margin-top: 0.6rem;
      }
      label {
        font-weight: 600;
        color: var(--fc-muted);
      }
      .hint {
        color: var(--fc-muted);
        font-size: 0.75rem;
      }
    `,
  ];

  /** The open article's URL. */
  @property() url = '';
  /** The newsroom's name. */
  @property() organisation = '';

  override render() {
    return html`<details>
      <summary>Publishing settings</summary>
      <div class="setting">
        <label for="article-url">This article’s URL</label>
        <input id="article-url" type="url" placeholder="https://…" .value=${this.url} @change=${(e: Event) => this.set('url', e)} />
        <span class="hint">Used as the target of W3C annotations and in ClaimReview.</span>
      </div>
      <div class="setting">
        <label for="organisation">Organisation</label>
        <input id="organisation" placeholder="Your newsroom" .value=${this.organisation} @change=${(e: Event) => this.set('organisation', e)} />
        <span class="hint">The author of ClaimReview exports.</span>
      </div>
    </details>`;
  }

  private set(name: 'url' | 'organisation', e: Event) {
    emit(this, 'fc-setting', { name, value: (e.target as HTMLInputElement).value.trim() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-publishing-settings': FcPublishingSettings;
  }
}
