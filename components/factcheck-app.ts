import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ArticleFileKind } from '../src/article/parse.js';
import { claimsOf, claimRange } from '../src/claims/state.js';
import { progressOf } from '../src/claims/progress.js';
import { storedClaims } from '../src/claims/snapshot.js';
import { type AnnotationImportSummary } from '../src/claims/import-annotations.js';
import { type RevisionSummary } from '../src/claims/revise.js';
import { type StoredClaim } from '../src/claims/record.js';
import { suggestionsKey, openSuggestions } from '../src/suggestions/index.js';
import type { NativeExport } from '../src/formats/native.js';
import type { W3CAnnotationCollection } from '../src/formats/w3c.js';
import type { ClaimReview } from '../src/formats/claimreview.js';
import type { Backup } from '../src/formats/backup.js';
import type { SignOff } from '../src/claims/signoff.js';
import { emit, type FcEvent } from './events.js';
import { cards, controls, tokens, badge } from './theme.js';
import { appStyles } from './factcheck-app.styles.js';
import type { FcEditor } from './fc-editor.js';
import { Messages } from './app/messages.js';
import { Persistence } from './app/persistence.js';
import { ArticleSession } from './app/session.js';
import { TabSyncController } from './app/tab-sync.js';
import { Interchange } from './app/interchange.js';
import { SuggestionsController } from './app/suggestions.js';
import { ClaimActions } from './app/claim-actions.js';
import { Shortcuts, SHORTCUTS } from './app/shortcuts.js';
import { TextForms } from './app/text-forms.js';
import { TeamDesk } from './app/team.js';
import type { DeskActions } from './app/desk-actions.js';
import type { SignOffs } from './app/sign-off.js';
import './fc-editor.js';
import './fc-header.js';
import './fc-toolbar.js';
import { loadSidebarParts } from './fc-sidebar.js';

export { SHORTCUTS };

/**
 * Factcheck Desk: an article, its claims, the claim panel and the
 * sidebar. The shell composes the parts: controllers for what has a
 * lifecycle (the open article, saving, files, tab sync, suggestions,
 * claim actions, shortcuts, messages) and elements for what is drawn
 * (header, toolbar, messages, editor, panel, lists). It keeps no copy of a
 * claim: the editor's state is the one source, read after every
 * transaction and changed only by dispatching commands.
 *
 * @fires fc-error - a storage or import failure the user was shown (`detail.message`; `detail.name` is the DOMException's name for storage errors)
 * @fires fc-saved - a change reached IndexedDB (`detail.articleId`)
 */
@customElement('factcheck-app')
export class FactcheckApp extends LitElement {
  static override styles = [tokens, controls, badge, cards, appStyles];

  /** The IndexedDB database; tests give each run its own. */
  @property({ attribute: 'db-name' }) dbName = 'factcheck-desk';
  /** The article opened on first run, relative to the page. */
  @property() sample = 'samples/kosovo-javelin.txt';

  /** Whether the printable report is shown instead of the article. */
  @state() reportOpen = false;
  /** The article list starts open where there is room for it beside the article. */
  @state() private articlesOpen = window.matchMedia('(min-width: 1101px)').matches;

  @query('fc-editor') readonly editor!: FcEditor | null;

  private readonly messages = new Messages(this);
  private readonly persistence = new Persistence(this, this.messages, {
    saved: (delta, result) => {
      this.session.touch(delta.article);
      this.tabs.saved(delta.article.id, !!delta.document, result.skipped);
      emit(this, 'fc-saved', { articleId: delta.article.id });
    },
  });
  private readonly team = new TeamDesk(this, this.persistence, this.messages);
  private readonly session: ArticleSession = new ArticleSession(this, this.persistence, this.messages, this.team, {
    articlesChanged: (deleted) => this.tabs.articlesChanged(deleted),
    activated: (id) => this.claimActions.activated(id),
    tag: () => this.claimActions.tag(),
    undo: () => !!this.desk?.undo(),
  });
  private readonly tabs = new TabSyncController(this, this.session, this.persistence, this.messages);
  private readonly interchange = new Interchange(this, this.session, this.persistence, this.messages, {
    articlesChanged: () => this.tabs.articlesChanged(),
    saved: (id) => this.tabs.saved(id, false, []),
  });
  private readonly suggestions = new SuggestionsController(this, this.session, this.messages);
  private readonly forms = new TextForms(this, this.session, this.interchange, this.messages, (text, kind) => this.updateText(text, kind));
  private readonly claimActions = new ClaimActions(this, this.session, this.messages, (id) => this.tabs.edited(id));
  /** The desk's workflow (queries, second checks, several claims at once, the sign-off) loads with the claim panel. */
  private desk: DeskActions | null = null;
  private signOffs: SignOffs | null = null;
  /** Registers itself with the host; heard on the window while the app is connected. */
  protected readonly shortcuts = new Shortcuts(this, this.claimActions, this.suggestions);
  /** The sentence finder for the panel's "Claim as reviewed" (loaded with the panel). */
  private sentences: typeof import('../src/claims/sentence.js') | null = null;
  private started = false;
  private resolveReady!: () => void;
  private rejectReady!: (e: unknown) => void;

  /** Resolves when the database is open and the first article is shown. */
  readonly ready: Promise<void> = new Promise((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) {
      this.started = true;
      void this.start();
    }
  }

  private async start(): Promise<void> {
    // Messages are drawn once their element is defined: it loads beside the first article, not before it.
    const messages = Promise.all([import('./fc-messages.js'), import('./fc-toast.js')]);
    try {
      await this.persistence.open(this.dbName);
      this.tabs.start(this.dbName);
      // What the first article does not need to be shown (the sidebar's
      // parts, the desk's workflow, the forms, the export writers) loads
      // while it opens: the app is ready, and the exports synchronous, once it has.
      const linked = await this.team.start();
      await Promise.all([messages, this.session.start(linked), this.interchange.preload(), this.loadParts(), import('./fc-text-form.js'), import('./fc-article-list.js')]);
      this.requestUpdate();
      this.resolveReady();
    } catch (error) {
      this.messages.storageFailed(error, 'Factcheck Desk could not open its storage');
      this.rejectReady(error);
    }
  }

  private async loadParts(): Promise<void> {
    const [, sentences, { DeskActions }, { SignOffs }] = await Promise.all([loadSidebarParts(), import('../src/claims/sentence.js'), import('./app/desk-actions.js'), import('./app/sign-off.js')]);
    this.sentences = sentences;
    this.desk = new DeskActions(this, this.session, this.persistence, this.messages, (id) => this.tabs.edited(id));
    this.signOffs = new SignOffs(this, this.session, this.persistence, this.messages, { saved: (id) => this.tabs.saved(id, false, []), select: (id) => this.claimActions.select(id) });
  }

  /** Waits for the parts the shell draws too, so a caller sees the whole page updated. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const parts = this.renderRoot.querySelectorAll<LitElement>('fc-header, fc-toolbar, fc-messages, fc-toast, fc-text-form, fc-sidebar');
    await Promise.all([...parts].map((part) => part.updateComplete));
    return done;
  }

  // ---- the public API ----------------------------------------------------

  /** Creates and opens an article from `.txt`, `.md` or `.html` text; resolves to its id. */
  createArticle(kind: ArticleFileKind, text: string, url?: string): Promise<string> {
    return this.session.create(kind, text, url);
  }

  /** Opens a saved article in the editor, after saving the one open now. */
  openArticle(id: string): Promise<void> {
    return this.session.open(id);
  }

  /**
   * Replaces the open article's text with a new version and re-anchors
   * every claim (one undoable step). Resolves to what happened to the
   * claims, which the app also shows as a summary.
   * @param kind - how to read `text`: `'text'` (the default), `'markdown'` or `'html'`
   */
  async updateText(text: string, kind: ArticleFileKind = 'text'): Promise<RevisionSummary> {
    this.forms.close('update-text');
    return this.session.updateText(text, kind);
  }

  /**
   * Shares the open article with the team (the "Share" button): the team
   * server keeps it, and everyone with the link edits it live. Resolves to
   * the link, `<origin>/#team=<token>&article=<id>` (the token travels in
   * the fragment, so it never reaches a server log); rejects, saying why,
   * without a team token or when the server refuses it.
   */
  async shareArticle(): Promise<string> {
    await this.ready;
    return this.session.share();
  }

  /** Tags the selected text as a claim (the "Tag claim" button). False when nothing is selected. */
  tagSelection(): boolean {
    return this.claimActions.tag();
  }

  /** The open article in the native JSON format. */
  exportJSON(): NativeExport {
    return this.interchange.exportJSON();
  }

  /**
   * Imports a native export (an object or its JSON text), saves it in one
   * transaction and opens it. Resolves to the article's id; rejects with an
   * `Error` that lists what is wrong, and then nothing was changed. When the
   * article already exists here, `onExisting` decides: `'copy'` (the
   * default) imports it as a new article with new ids, `'merge'` combines
   * both sides' claims into the existing article.
   */
  async importJSON(data: unknown, options: { onExisting?: 'copy' | 'merge' } = {}): Promise<string> {
    await this.ready;
    return this.interchange.importJSON(data, options);
  }

  /**
   * Anchors W3C Web Annotations (an Annotation, a list, an AnnotationPage or
   * an AnnotationCollection, as Hypothesis and Recogito export them) into
   * the open article as claims. Rejects, changing nothing, when the data is
   * not valid Web Annotation JSON.
   */
  async importW3C(data: unknown): Promise<AnnotationImportSummary & { skipped: string[] }> {
    await this.ready;
    return this.interchange.importW3C(data);
  }

  /** The open article's claims as a W3C Web Annotation collection (JSON-LD). */
  exportW3C(): W3CAnnotationCollection {
    return this.interchange.exportW3C();
  }

  /** schema.org ClaimReview objects (JSON-LD) for the claims with a verdict. */
  exportClaimReview(): ClaimReview[] {
    return this.interchange.exportClaimReview();
  }

  /** One CSV row per claim (RFC 4180, UTF-8, spreadsheet formulas neutralised). */
  exportCSV(): string {
    return this.interchange.exportCSV();
  }

  /** Every article and its claims, as one backup object. */
  async backup(): Promise<Backup> {
    await this.ready;
    return this.interchange.backup();
  }

  /**
   * Restores a backup: every article is validated first, articles that
   * exist here are merged as imports merge, and everything is written in
   * one transaction (or nothing is). Rejects with an `Error` listing the
   * problems. Resolves to how many articles were added and merged.
   */
  async restore(data: unknown): Promise<{ added: number; merged: number }> {
    await this.ready;
    return this.interchange.restore(data);
  }

  /**
   * Signs the open article off under the header's name, as "Sign off" does; resolves to the sign-off (who, when).
   * Rejects, recording nothing, with an `Error` whose message names each blocking claim by its words and the reason
   * (unresolved, Re-check, orphaned, open query, second check, no source), or when no name is given.
   */
  async signOff(): Promise<SignOff> {
    await this.ready;
    return this.signOffs!.signOff();
  }

  /** Progress of the open article, as the sidebar shows it. */
  get progress() {
    return this.session.editorState ? progressOf(claimsOf(this.session.editorState).records.values(), this.session.rules) : null;
  }

  /** The open article's claims as they would be saved (for scripts and tests). */
  get claims(): StoredClaim[] {
    return this.session.editorState ? storedClaims(this.session.editorState) : [];
  }

  /** Writes any pending change to IndexedDB now. */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  // ---- what the parts ask for ---------------------------------------------

  private onTool(e: FcEvent<'fc-tool'>) {
    const { tool } = e.detail;
    if (tool === 'articles') this.articlesOpen = !this.articlesOpen;
    else if (tool === 'new-article' || tool === 'update-text') void this.forms.toggle(tool);
    else if (tool === 'report') void this.openReport();
    else if (tool === 'tag') this.claimActions.tag();
    else if (tool === 'suggest') void this.suggestions.toggle();
    else if (tool === 'undo') {
      if (!this.desk?.undo()) this.session.undo();
    } else if (tool === 'redo') this.session.redo();
    else if (tool === 'share') void this.session.shareFromToolbar();
    else if (tool === 'sign-off') void this.signOffs?.fromToolbar();
    else this.interchange.download(tool === 'export-json' ? 'json' : tool === 'export-w3c' ? 'w3c' : tool === 'export-claimreview' ? 'claimreview' : 'csv');
  }

  private onMessage(e: FcEvent<'fc-message'>) {
    const { action } = e.detail;
    if (action === 'dismiss-error') this.messages.dismiss('error');
    else if (action === 'dismiss-notice') this.messages.dismiss('notice');
    else if (action === 'dismiss-revision') this.session.dismissRevision();
    else if (action === 'undo-revision') this.session.undoRevision();
    else if (action === 'undo-toast') {
      this.messages.toast?.undo?.();
      this.messages.dismiss('toast');
    } else if (action === 'dismiss-toast') this.messages.dismiss('toast');
    else void this.interchange.resolvePendingImport(action === 'import-merge' ? 'merge' : action === 'import-copy' ? 'copy' : null);
  }

  private async openReport() {
    // The report is loaded when first asked for; opening an article does not need it.
    await import('./fc-report.js');
    this.reportOpen = true;
    this.messages.announce('Printable report. Use Print / Save as PDF, or Back to the article.');
  }

  private closeReport() {
    this.reportOpen = false;
    this.messages.announce('Back to the article.');
  }

  /** Escape in the claim panel goes back to the article. */
  private onPanelKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && e.composedPath().some((el) => (el as Element).tagName === 'FC-CLAIM-PANEL')) {
      e.preventDefault();
      this.editor?.focus();
    }
  }

  // ---- rendering ----------------------------------------------------------

  override render() {
    const { session, messages, interchange } = this;
    const state = session.editorState;
    const claims = state ? claimsOf(state) : null;
    const active = claims?.active ? (claims.records.get(claims.active) ?? null) : null;
    const activeRange = active && state ? claimRange(state, active.id) : null;
    const quote = activeRange && state ? state.doc.textBetween(activeRange.from, activeRange.to, ' ', ' ') : (active?.anchor?.quote ?? '');
    const suggestions = state && suggestionsKey.getState(state)?.shown ? openSuggestions(state) : null;
    return html`
      <div class="shell">
        <fc-header
          article-title=${session.current?.title ?? ''}
          save-state=${this.persistence.saveState}
          reviewer=${session.reviewer}
          live=${this.team.statusText}
          .people=${this.team.people}
          .signOff=${session.current?.signOff ?? null}
          @fc-reviewer-change=${(e: FcEvent<'fc-reviewer-change'>) => void session.setReviewer(e.detail.name)}
          @fc-skip=${() => this.editor?.focus()}
        ></fc-header>
        <fc-toolbar
          ?has-article=${!!state}
          ?has-selection=${!!state && !state.selection.empty}
          ?articles-open=${this.articlesOpen}
          ?new-article-open=${this.forms.isOpen('new-article')}
          ?update-text-open=${this.forms.isOpen('update-text')}
          .suggestions=${suggestions ? suggestions.length : null}
          ?can-undo=${!!state && (session.canUndo(state) || !!this.desk?.canUndo(state))}
          ?can-redo=${!!state && session.canRedo(state)}
          ?shared=${!!session.current?.shared}
          ?sign-off-open=${!!this.signOffs?.open}
          @fc-tool=${this.onTool}
          @fc-file=${(e: FcEvent<'fc-file'>) => void this.forms.openFile(e.detail.file)}
        ></fc-toolbar>
        ${
          this.reportOpen && state && session.current
            ? html`<div class="report-view">
              <fc-report
                .article=${session.articleOf(state)}
                .claims=${storedClaims(state)}
                .organisation=${session.organisation}
                .rules=${session.rules}
                generated-at=${new Date().toISOString()}
                @fc-report-close=${this.closeReport}
              ></fc-report>
            </div>`
            : nothing
        }
        <main class="${this.articlesOpen ? 'show-articles' : 'no-articles'}" ?hidden=${this.reportOpen}>
          <nav class="articles" id="articles" aria-label="Articles" ?hidden=${!this.articlesOpen}>
            <h2 class="section">Articles</h2>
            <fc-article-list
              .articles=${session.listed()}
              .current=${session.current?.id ?? null}
              @fc-article-open=${(e: FcEvent<'fc-article-open'>) => void session.openListed(e.detail.id)}
              @fc-article-rename=${(e: FcEvent<'fc-article-rename'>) => void session.rename(e.detail.id, e.detail.title)}
              @fc-article-delete=${(e: FcEvent<'fc-article-delete'>) => void session.delete(e.detail.id)}
            ></fc-article-list>
          </nav>
          <div class="column-cell">
            <div class="column" role="region" aria-label="Article">
              <fc-messages
                .error=${messages.error}
                .busy=${interchange.busy}
                .revision=${session.revision}
                .pendingImport=${interchange.pendingImport}
                .notice=${messages.notice}
                @fc-message=${this.onMessage}
              ></fc-messages>
              ${this.signOffs?.render()}
              ${(['new-article', 'update-text'] as const).map((form) =>
                this.forms.isOpen(form) ? html`<fc-text-form kind=${form} @fc-text-form=${(e: FcEvent<'fc-text-form'>) => void this.forms.act(e)}></fc-text-form>` : nothing,
              )}
              <article class="paper">
                <fc-editor @fc-transaction=${(e: FcEvent<'fc-transaction'>) => session.follow(e.detail.state, e.detail.transaction)}></fc-editor>
              </article>
            </div>
          </div>
          <fc-sidebar
            class="sidebar"
            .active=${active}
            .quote=${quote}
            .claimReviewedDefault=${activeRange && state && this.sentences ? this.sentences.claimSentence(state, activeRange) : ''}
            ?has-reviewer=${session.reviewer !== ''}
            reviewer=${session.reviewer}
            .rules=${session.rules}
            .suggestions=${suggestions}
            .suggestion=${state ? (suggestionsKey.getState(state)?.active ?? null) : null}
            .items=${state ? session.items.of(state) : []}
            url=${session.current?.url ?? ''}
            organisation=${session.organisation}
            .storage=${this.persistence.storage}
            .people=${this.team.people}
            team-token=${this.team.token}
            @fc-team-token=${(e: FcEvent<'fc-team-token'>) => void this.team.setToken(e.detail.token)}
            @keydown=${this.onPanelKey}
            @fc-status-change=${(e: FcEvent<'fc-status-change'>) => this.claimActions.setStatus(e.detail.id, e.detail.status)}
            @fc-claim-update=${(e: FcEvent<'fc-claim-update'>) => {
              const { id, ...patch } = e.detail;
              this.claimActions.update(id, patch);
            }}
            @fc-claim-delete=${(e: FcEvent<'fc-claim-delete'>) => this.claimActions.delete(e.detail.id)}
            @fc-claim-confirm=${(e: FcEvent<'fc-claim-confirm'>) => this.claimActions.confirm(e.detail.id)}
            @fc-claim-reattach=${(e: FcEvent<'fc-claim-reattach'>) => this.claimActions.reattach(e.detail.id)}
            @fc-suggestion=${(e: FcEvent<'fc-suggestion'>) => this.suggestions.act(e.detail.action, e.detail.key)}
            @fc-claim-select=${(e: FcEvent<'fc-claim-select'>) => this.claimActions.select(e.detail.id)}
            @fc-setting=${(e: FcEvent<'fc-setting'>) => session.setting(e.detail.name, e.detail.value)}
            @fc-storage=${(e: FcEvent<'fc-storage'>) => interchange.storageAction(e.detail.action, e.detail.file)}
          ></fc-sidebar>
        </main>
        <fc-toast .toast=${messages.toast} @fc-message=${this.onMessage}></fc-toast>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factcheck-app': FactcheckApp;
  }
}
