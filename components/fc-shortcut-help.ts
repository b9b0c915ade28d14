import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_STATUSES, STATUSES, type StatusSet } from '../src/claims/status.js';
import { statusOf } from './statuses.js';
import { isMac, shortcutLabel } from './format.js';
import { SHORTCUTS } from './app/shortcuts.js';
import { controls, host, tokens, disclosure } from './theme.js';

/** The keyboard shortcuts, listed in the sidebar. The digits set the built-in statuses, under the newsroom's names for them. */
@customElement('fc-shortcut-help')
export class FcShortcutHelp extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    disclosure,
    css`
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.3rem 0.6rem;
        margin: 0.5rem 0 0;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  /** The newsroom's statuses: the built-ins' labels come from here. */
  @property({ attribute: false }) statuses: StatusSet = DEFAULT_STATUSES;

  override render() {
    return html`<details>
      <summary>Keyboard shortcuts</summary>
      <dl>
        <dt><kbd>${shortcutLabel(SHORTCUTS.tag)}</kbd></dt>
        <dd>Tag the selected text as a claim</dd>
        <dt><kbd>${shortcutLabel('1')}</kbd>…<kbd>${STATUSES.length}</kbd></dt>
        <dd>Set the open claim’s status (${STATUSES.map((s, i) => `${i + 1} ${statusOf(s.id, this.statuses).label}`).join(', ')})</dd>
        <dt><kbd>${shortcutLabel(SHORTCUTS.next)}</kbd> / <kbd>${SHORTCUTS.previous}</kbd></dt>
        <dd>Next / previous claim in the article</dd>
        <dt><kbd>${shortcutLabel(SHORTCUTS.nextSuggestion)}</kbd></dt>
        <dd>Next suggestion (shows suggestions)</dd>
        <dt><kbd>${shortcutLabel(SHORTCUTS.accept)}</kbd> / <kbd>${SHORTCUTS.dismiss}</kbd></dt>
        <dd>Accept / dismiss the current suggestion</dd>
        <dt><kbd>↑</kbd> <kbd>↓</kbd></dt>
        <dd>Move through the claim list</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>From the claim panel back to the article</dd>
        <dt><kbd>${isMac ? '⌘Z' : 'Ctrl+Z'}</kbd> / <kbd>${isMac ? '⇧⌘Z' : 'Ctrl+Y'}</kbd></dt>
        <dd>Undo / redo a text edit</dd>
      </dl>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-shortcut-help': FcShortcutHelp;
  }
}
