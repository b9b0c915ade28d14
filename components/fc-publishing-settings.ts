import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import { DEFAULT_RULES, type DeskRules } from './statuses.js';
import { controls, host, tokens, disclosure, settingRows } from './theme.js';
import './fc-status-editor.js';

/**
 * Publishing settings, in the sidebar: the article's URL (the target of
 * W3C annotations and ClaimReview `url`s), the newsroom (ClaimReview's
 * `author`), which statuses need a second check ("Second check required
 * for"), and the newsroom's statuses (`fc-status-editor`).
 *
 * @fires fc-setting - a setting was changed (`detail.name`, `detail.value`, trimmed)
 * @fires fc-desk-rules - the statuses needing a second check changed (`detail.secondCheckFor`), or the statuses (`detail.statuses`, from the status editor)
 */
@customElement('fc-publishing-settings')
export class FcPublishingSettings extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    disclosure,
    settingRows,
    css`
      fieldset {
        border: 1px solid var(--fc-line);
        border-radius: 6px;
        margin: 0.6rem 0 0;
        padding: 0.35rem 0.6rem 0.5rem;
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.15rem 0.5rem;
      }
      legend {
        font-weight: 600;
        color: var(--fc-muted);
        padding: 0 0.2rem;
      }
      fieldset label {
        font-weight: 400;
        color: var(--fc-ink);
        display: flex;
        gap: 0.3rem;
        align-items: center;
      }
      fieldset .hint {
        grid-column: 1 / -1;
      }
    `,
  ];

  /** The open article's URL. */
  @property() url = '';
  /** The newsroom's name. */
  @property() organisation = '';
  /** The newsroom's statuses and which need a second check. */
  @property({ attribute: false }) rules: DeskRules = DEFAULT_RULES;

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
      <fieldset>
        <legend>Second check required for</legend>
        ${this.rules.statuses
          .filter((s) => s.resolved)
          .map(
            (s) => html`<label
              ><input type="checkbox" .checked=${this.rules.secondCheckFor.includes(s.id)} data-status=${s.id} @change=${this.onSecondCheck} />${s.label}</label
            >`,
          )}
        <span class="hint">A claim with one of these statuses is unresolved until someone other than who gave it confirms it.</span>
      </fieldset>
      <div class="setting">
        <span class="label" id="statuses-label">Statuses</span>
        ${this.rules.ownStatuses ? html`<span class="hint">This article keeps the statuses of the file it came from; changes here apply to it.</span>` : nothing}
        <fc-status-editor aria-labelledby="statuses-label" .statuses=${this.rules.statuses}></fc-status-editor>
        <span class="hint">Rename or restyle the built-in statuses, or add your newsroom’s. The legend, shortcuts, filter, report and exports follow.</span>
      </div>
    </details>`;
  }

  private onSecondCheck() {
    const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]');
    emit(this, 'fc-desk-rules', { secondCheckFor: [...boxes].filter((b) => b.checked).map((b) => b.dataset['status']!) });
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
