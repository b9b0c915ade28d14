import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { emit } from './events.js';
import { isMac, shortcutLabel } from './format.js';
import { controls, host, tokens } from './theme.js';

/** What a toolbar button asks the app to do. */
export type Tool =
  'articles' | 'new-article' | 'update-text' | 'export-json' | 'export-w3c' | 'export-claimreview' | 'export-csv' | 'report' | 'tag' | 'suggest' | 'undo' | 'redo' | 'share' | 'sign-off';

/** The entries of "More exports", in order. */
const EXPORTS: Array<{ tool: Tool; label: string }> = [
  { tool: 'export-w3c', label: 'W3C Web Annotations (.jsonld)' },
  { tool: 'export-claimreview', label: 'ClaimReview for search engines (.jsonld)' },
  { tool: 'export-csv', label: 'Spreadsheet (.csv)' },
  { tool: 'report', label: 'Printable report' },
];

/**
 * A mouse press on the buttons that act on the article (Tag claim,
 * Suggest, Undo, Redo) must not take focus and the selection away from
 * the editor.
 */
const keepEditorFocus = (e: Event) => e.preventDefault();

/**
 * The toolbar: articles, files, exports, and what acts on the article.
 * It is one Tab stop; the arrow keys, Home and End move between its
 * buttons (the ARIA toolbar pattern). "More exports" opens a menu whose
 * items the arrow keys move through; Escape closes it.
 *
 * @fires fc-tool - a button was pressed (`detail.tool`)
 * @fires fc-file - a file was chosen with "Open file…" or "Import…" (`detail.purpose`, `detail.file`)
 */
@customElement('fc-toolbar')
export class FcToolbar extends LitElement {
  static override styles = [
    tokens,
    host,
    controls,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        align-items: center;
        padding: 0.45rem 1rem;
        background: #fff;
        border-bottom: 1px solid var(--fc-line);
      }
      [role='toolbar'] {
        display: contents;
      }
      .sep {
        width: 1px;
        align-self: stretch;
        background: var(--fc-line);
        margin: 0 0.3rem;
      }
      .menu {
        position: relative;
      }
      [role='menu'] {
        position: absolute;
        z-index: 5;
        top: calc(100% + 4px);
        left: 0;
        min-width: 17rem;
        background: #fff;
        border: 1px solid var(--fc-line);
        border-radius: 8px;
        box-shadow: 0 8px 24px rgba(16, 24, 40, 0.14);
        padding: 0.3rem;
        display: grid;
      }
      [role='menu'] button {
        border: none;
        text-align: left;
        border-radius: 5px;
      }
    `,
  ];

  /** Whether an article is open (the exports and article actions need one). */
  @property({ type: Boolean, attribute: 'has-article' }) hasArticle = false;
  /** Whether text is selected in the article (Tag claim needs it). */
  @property({ type: Boolean, attribute: 'has-selection' }) hasSelection = false;
  @property({ type: Boolean, attribute: 'articles-open' }) articlesOpen = false;
  @property({ type: Boolean, attribute: 'new-article-open' }) newArticleOpen = false;
  @property({ type: Boolean, attribute: 'update-text-open' }) updateTextOpen = false;
  /** Open suggestions' count, or null while suggestions are hidden. */
  @property({ type: Number, attribute: false }) suggestions: number | null = null;
  @property({ type: Boolean, attribute: 'can-undo' }) canUndo = false;
  @property({ type: Boolean, attribute: 'can-redo' }) canRedo = false;
  /** Whether the open article is shared with the team already. */
  @property({ type: Boolean }) shared = false;
  /** Whether the list of what blocks the sign-off is shown (under the toolbar). */
  @property({ type: Boolean, attribute: 'sign-off-open' }) signOffOpen = false;

  @state() private menuOpen = false;
  /** The button that is the toolbar's one Tab stop. */
  @state() private current = 0;
  @query('#open-file') private openInput!: HTMLInputElement;
  @query('#import-file') private importInput!: HTMLInputElement;

  /** Opens the file chooser of "Open file…" (an article) or "Import…" (our JSON, W3C annotations). */
  chooseFile(purpose: 'open' | 'import'): void {
    (purpose === 'open' ? this.openInput : this.importInput).click();
  }

  override render() {
    const tab = (i: number) => (i === this.current ? 0 : -1);
    let i = 0;
    const b = () => i++;
    return html`<div role="toolbar" aria-label="Article tools" @keydown=${this.onKey} @focusin=${this.onFocusIn}>
      <button tabindex=${tab(b())} aria-expanded=${this.articlesOpen ? 'true' : 'false'} @click=${() => this.tool('articles')}>Articles</button>
      <button tabindex=${tab(b())} aria-expanded=${this.newArticleOpen ? 'true' : 'false'} @click=${() => this.tool('new-article')}>New article</button>
      <button tabindex=${tab(b())} @click=${() => this.chooseFile('open')}>Open file…</button>
      <button tabindex=${tab(b())} @click=${() => this.chooseFile('import')}>Import…</button>
      <button tabindex=${tab(b())} ?disabled=${!this.hasArticle} @click=${() => this.tool('export-json')}>Export JSON</button>
      <div class="menu">
        <button
          id="more-exports"
          tabindex=${tab(b())}
          aria-haspopup="menu"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls=${this.menuOpen ? 'export-menu' : nothing}
          ?disabled=${!this.hasArticle}
          @click=${() => this.toggleMenu(true)}
          @keydown=${this.onMenuButtonKey}
        >
          More exports ▾
        </button>
        ${
          this.menuOpen
            ? html`<div id="export-menu" role="menu" aria-label="More exports" @keydown=${this.onMenuKey} @focusout=${this.onMenuFocusOut}>
              ${EXPORTS.map((e) => html`<button role="menuitem" tabindex="-1" @click=${() => this.pick(e.tool)}>${e.label}</button>`)}
            </div>`
            : nothing
        }
      </div>
      <button tabindex=${tab(b())} aria-expanded=${this.updateTextOpen ? 'true' : 'false'} ?disabled=${!this.hasArticle} @click=${() => this.tool('update-text')}>
        Update text
      </button>
      <button
        tabindex=${tab(b())}
        title=${this.shared ? 'Shared with the team: show the link again' : 'Share this article with your team: everyone with the link edits it live'}
        ?disabled=${!this.hasArticle}
        @click=${() => this.tool('share')}
      >
        Share
      </button>
      <span class="sep" aria-hidden="true"></span>
      <button
        class="primary"
        tabindex=${tab(b())}
        title="Tag the selected text as a claim (${shortcutLabel('M')})"
        aria-keyshortcuts=${isMac ? 'Meta+Alt+M' : 'Control+Alt+M'}
        ?disabled=${!this.hasSelection}
        @mousedown=${keepEditorFocus}
        @click=${() => this.tool('tag')}
      >
        Tag claim
      </button>
      <button
        tabindex=${tab(b())}
        aria-pressed=${this.suggestions !== null ? 'true' : 'false'}
        title="Underline every checkable figure, date and quote that is not a claim yet (${shortcutLabel('N')}: next suggestion)"
        ?disabled=${!this.hasArticle}
        @mousedown=${keepEditorFocus}
        @click=${() => this.tool('suggest')}
      >
        Suggest claims${this.suggestions !== null ? ` (${this.suggestions})` : ''}
      </button>
      <button tabindex=${tab(b())} title="Undo (${isMac ? '⌘Z' : 'Ctrl+Z'})" ?disabled=${!this.canUndo} @mousedown=${keepEditorFocus} @click=${() => this.tool('undo')}>
        Undo
      </button>
      <button tabindex=${tab(b())} title="Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})" ?disabled=${!this.canRedo} @mousedown=${keepEditorFocus} @click=${() => this.tool('redo')}>
        Redo
      </button>
      <span class="sep" aria-hidden="true"></span>
      <button
        tabindex=${tab(b())}
        title="Record that the article may run, under your name; lists what stands in the way if anything does"
        aria-expanded=${this.signOffOpen ? 'true' : 'false'}
        ?disabled=${!this.hasArticle}
        @click=${() => this.tool('sign-off')}
      >
        Sign off
      </button>
      <input
        id="open-file"
        type="file"
        hidden
        accept=".txt,.text,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
        @change=${(e: Event) => this.onFile(e, 'open')}
      />
      <input id="import-file" type="file" hidden accept=".json,.jsonld,application/json,application/ld+json" @change=${(e: Event) => this.onFile(e, 'import')} />
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    // The Tab stop must be a button that can take focus.
    const buttons = this.tabStops();
    if (buttons.length && buttons[this.current]?.disabled) {
      const next = buttons.findIndex((button) => !button.disabled);
      if (next >= 0 && next !== this.current) this.current = next;
    }
    super.updated(changed);
  }

  /** The toolbar's own buttons (not the menu's items), in order. */
  private tabStops(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="toolbar"] > button, [role="toolbar"] > .menu > button')];
  }

  private tool(tool: Tool) {
    emit(this, 'fc-tool', { tool });
  }

  private onFile(e: Event, purpose: 'open' | 'import') {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) emit(this, 'fc-file', { purpose, file });
  }

  /** A button that takes focus (a click, Tab) becomes the Tab stop. */
  private onFocusIn(e: FocusEvent) {
    const at = this.tabStops().indexOf(e.composedPath()[0] as HTMLButtonElement);
    if (at >= 0) this.current = at;
  }

  private onKey(e: KeyboardEvent) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if ((e.composedPath()[0] as HTMLElement).getAttribute('role') === 'menuitem') return;
    const buttons = this.tabStops();
    const enabled = buttons.map((button, i) => (button.disabled ? -1 : i)).filter((i) => i >= 0);
    if (!enabled.length) return;
    const at = enabled.indexOf(this.current);
    const next = e.key === 'Home' ? enabled[0]! : e.key === 'End' ? enabled[enabled.length - 1]! : enabled[(at + (e.key === 'ArrowRight' ? 1 : enabled.length - 1)) % enabled.length]!;
    e.preventDefault();
    this.current = next;
    buttons[next]!.focus();
  }

  private async toggleMenu(focusFirst: boolean, last = false) {
    this.menuOpen = !this.menuOpen;
    if (!this.menuOpen) return;
    await this.updateComplete;
    const items = this.menuItems();
    if (focusFirst) (last ? items[items.length - 1] : items[0])?.focus();
  }

  private menuItems(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  private onMenuButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.menuOpen) void this.toggleMenu(true, e.key === 'ArrowUp');
      else (e.key === 'ArrowUp' ? this.menuItems().at(-1) : this.menuItems()[0])?.focus();
    }
  }

  private onMenuKey(e: KeyboardEvent) {
    const items = this.menuItems();
    const i = items.indexOf(e.composedPath()[0] as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeMenu(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? items[0] : items.at(-1))?.focus();
    } else if (e.key === 'Tab') {
      this.closeMenu(false);
    }
  }

  /** Focus that leaves the menu (a click elsewhere, Tab) closes it. */
  private onMenuFocusOut(e: FocusEvent) {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.renderRoot.querySelector('.menu')!.contains(to)) this.menuOpen = false;
  }

  private closeMenu(refocus: boolean) {
    this.menuOpen = false;
    if (refocus) this.renderRoot.querySelector<HTMLButtonElement>('#more-exports')?.focus();
  }

  private pick(tool: Tool) {
    // Focus goes back to More exports first: what the item opens (the report) gives it back there when it closes.
    this.closeMenu(true);
    this.tool(tool);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-toolbar': FcToolbar;
  }
}
