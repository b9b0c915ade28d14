import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from './events.js';
import { controls, disclosure, host, settingRows, tokens } from './theme.js';

/**
 * Team desk settings, in the sidebar: the team token this browser uses to
 * share articles and open the team's. It is kept in this browser; a share
 * link brings it too.
 *
 * @fires fc-team-token - the token was entered or cleared (`detail.token`, trimmed)
 */
@customElement('fc-team-settings')
export class FcTeamSettings extends LitElement {
  static override styles = [tokens, host, controls, disclosure, settingRows];

  /** The team token this browser uses (empty: none). */
  @property() token = '';

  override render() {
    return html`<details>
      <summary>Team settings</summary>
      <div class="setting">
        <label for="team-token">Team token</label>
        <input id="team-token" type="password" autocomplete="off" spellcheck="false" .value=${this.token} @change=${this.onChange} />
        <span class="hint">From whoever runs your team’s server (it prints it on start). Share uses it; a share link brings it.</span>
      </div>
    </details>`;
  }

  private onChange(e: Event) {
    emit(this, 'fc-team-token', { token: (e.target as HTMLInputElement).value.trim() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-team-settings': FcTeamSettings;
  }
}
