import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { EditorState, type Command } from 'prosemirror-state';
import { Node as PMNode } from 'prosemirror-model';
import { history, undo, redo, undoDepth, redoDepth } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { articleSchema } from '../src/article/schema.js';
import { docText, textMap } from '../src/article/positions.js';
import { parseArticle, articleKindOf, docFromPlainText, type ArticleFileKind } from '../src/article/parse.js';
import { replaceChanged } from '../src/article/diff.js';
import { slugify, type Article, type ArticleMeta } from '../src/article/article.js';
import {
  claimsOf,
  claimsPlugin,
  claimRange,
  claimRanges,
  tagClaim,
  claimOn,
  setStatus,
  confirmClaim,
  updateClaim,
  deleteClaim,
  restoreClaim,
  reattachClaim,
  selectClaim,
  setReviewer,
  storedClaims,
  loadClaimsAction,
  loadClaimsTransaction,
  withoutClaimMarks,
  docJSONWithoutClaims,
  progressOf,
  reviseArticle,
  importAnnotations,
  applyRemoteClaims,
  STATUSES,
  statusInfo,
  type ClaimRecord,
  type StoredClaim,
  type RevisionSummary,
  type AnnotationImportSummary,
} from '../src/claims/index.js';
import {
  suggestionsPlugin,
  suggestionsKey,
  openSuggestions,
  showSuggestions,
  hideSuggestions,
  acceptSuggestions,
  dismissSuggestions,
  moveToSuggestion,
  loadDismissed,
} from '../src/suggestions/index.js';
import { Repository, Saver, ChangeTracker, TabSync, Settings, savePlugin, replayJournal, type ArticleRow, type PendingWrite, type SyncMessage } from '../src/store/index.js';
import { exportNative, type NativeExport } from '../src/formats/native.js';
import { exportW3C, type W3CAnnotationCollection } from '../src/formats/w3c.js';
import { exportClaimReview, sentenceAround, type ClaimReview } from '../src/formats/claimreview.js';
import { exportCSV } from '../src/formats/csv.js';
import type { Backup } from '../src/formats/backup.js';
import { download } from './download.js';
import { emit, type FcEvent } from './events.js';
import { shortcutLabel, isMac, isHttpUrl } from './format.js';
import { controls, tokens, badge } from './theme.js';
import { appStyles } from './factcheck-app.styles.js';
import type { FcEditor } from './fc-editor.js';
import { ListItems } from './list-items.js';
import type { StorageInfo } from './fc-storage-panel.js';
import './fc-editor.js';
import './fc-claim-panel.js';
import './fc-claim-list.js';
import './fc-article-list.js';
import './fc-legend.js';
import './fc-suggestions.js';
import './fc-storage-panel.js';

type SaveState = 'saved' | 'saving' | 'failed' | 'idle';

/** The keyboard shortcuts, for the tooltips, the help list and the handler. */
export const SHORTCUTS = {
  tag: 'M',
  next: 'J',
  previous: 'K',
  nextSuggestion: 'N',
  accept: 'A',
  dismiss: 'X',
} as const;

/**
 * For toolbar buttons that act on the article (Tag claim, Suggest, Undo,
 * Redo): a mouse press on them must not take focus and the selection away
 * from the editor.
 */
const keepEditorFocus = (e: Event) => e.preventDefault();

/**
 * Factcheck Desk: an article, its claims, the claim panel and the sidebar.
 * It keeps no copy of a claim: the editor's state is the one source, read
 * after every transaction and changed only by dispatching commands.
 *
 * @fires fc-error - a storage or import failure the user was shown
 * @fires fc-saved - a change reached IndexedDB
 */
@customElement('factcheck-app')
export class FactcheckApp extends LitElement {
  static override styles = [tokens, controls, badge, appStyles];

  /** The IndexedDB database; tests give each run its own. */
  @property({ attribute: 'db-name' }) dbName = 'factcheck-desk';
  /** The article opened on first run, relative to the page. */
  @property() sample = 'samples/kosovo-javelin.txt';

  @state() private editorState: EditorState | null = null;
  @state() private articles: ArticleMeta[] = [];
  @state() private current: ArticleMeta | null = null;
  @state() private reviewer = '';
  @state() private saveState: SaveState = 'idle';
  @state() private error: { title: string; detail?: string } | null = null;
  @state() private newArticleOpen = false;
  @state() private reviseOpen = false;
  @state() private revision: RevisionSummary | null = null;
  /** A plain message for the summary banner (imports, merges). */
  @state() private notice: { title: string; lines: string[] } | null = null;
  /** A native import whose article exists here: the user chooses merge or copy. */
  @state() private pendingImport: { data: unknown; title: string } | null = null;
  @state() private exportMenuOpen = false;
  @state() private organisation = '';
  @state() reportOpen = false;
  @state() private storage: StorageInfo | null = null;
  /** A long operation under way (an import, a restore), shown with a progress bar. */
  @state() private busy: { label: string; value: number; max: number } | null = null;
  /** The article list starts open where there is room for it beside the article. */
  @state() private articlesOpen = window.matchMedia('(min-width: 1101px)').matches;
  @state() private toast: { message: string; undo?: () => void } | null = null;

  @query('fc-editor') private editor!: FcEditor;

  private repo: Repository | null = null;
  private tracker: ChangeTracker | null = null;
  private settings: Settings | null = null;
  private tabs: TabSync | null = null;
  /** Claims this tab changed, so a later change from another tab can say it overwrote ours. */
  private editedHere = new Set<string>();
  private saver: Saver | null = null;
  private live: HTMLElement | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  /** The sidebar's entries, kept from render to render. */
  private items = new ListItems();
  /** The last claim sentence worked out, by paragraph node and offsets in it. */
  private sentenceMemo: { block: PMNode; from: number; to: number; sentence: string } | null = null;
  private resolveReady!: () => void;
  private rejectReady!: (e: unknown) => void;

  /** Resolves when the database is open and the first article is shown. */
  readonly ready: Promise<void> = new Promise((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Live regions inside shadow roots are unreliable: keep one, polite,
    // in the light DOM, positioned off screen through the CSSOM (CSP-safe).
    if (!this.live) {
      this.live = document.createElement('div');
      this.live.setAttribute('aria-live', 'polite');
      this.live.setAttribute('role', 'status');
      this.live.className = 'fc-live-region';
      Object.assign(this.live.style, {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      });
      this.appendChild(this.live);
    }
    window.addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('keydown', this.onShortcut);
    if (!this.repo) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('keydown', this.onShortcut);
    this.saver?.flushOnHide();
    this.tabs?.close();
  }

  // ---- start-up -------------------------------------------------------

  private async start(): Promise<void> {
    try {
      this.repo = await Repository.open(this.dbName, {
        onVersionChange: () =>
          this.showError(
            'Factcheck Desk was updated in another tab.',
            'This tab can no longer save. Your last change was kept in this browser; reload the page to continue.',
          ),
        onBlocked: () =>
          this.showError('Another tab is using an older version of Factcheck Desk.', 'Close or reload the other tab.'),
      });
      this.saver = new Saver(this.repo, {
        onSaved: (delta, result) => {
          this.saveState = this.saver?.dirty ? 'saving' : 'saved';
          if (!result.written) return;
          this.touchArticle(delta.article);
          this.tabs?.saved(delta.article.id, !!delta.document);
          if (result.skipped.length) void this.onOverwritten(delta.article.id, result.skipped);
          emit(this, 'fc-saved', { articleId: delta.article.id });
        },
        onError: (error) => this.storageFailed(error, 'Your latest change was not saved'),
      });
      this.tabs = new TabSync(this.dbName, (message) => void this.onRemote(message));
      void this.requestPersistence();
      await replayJournal(this.repo);
      this.settings = new Settings(this.repo);
      // Independent reads, one round trip to IndexedDB instead of four.
      const [reviewer, organisation, articles, last] = await Promise.all([
        this.settings.get('reviewer'),
        this.settings.get('organisation'),
        this.repo.listArticles(),
        this.settings.get('lastArticle'),
      ]);
      this.reviewer = reviewer ?? '';
      this.organisation = organisation ?? '';
      this.articles = articles;
      let id = last ?? null;
      if (!id || !this.articles.some((a) => a.id === id)) id = this.articles[0]?.id ?? null;
      if (id) await this.openArticle(id);
      else await this.openSample();
      this.resolveReady();
    } catch (error) {
      this.storageFailed(error, 'Factcheck Desk could not open its storage');
      this.rejectReady(error);
    }
  }

  private async openSample(): Promise<void> {
    let text: string;
    try {
      const response = await fetch(new URL(this.sample, document.baseURI));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      text = await response.text();
    } catch (error) {
      this.showError('The sample article could not be loaded.', `${this.sample}: ${(error as Error).message}`);
      text = 'Untitled article\n\nPaste or open an article to begin.';
    }
    await this.createArticle('text', text);
  }

  // ---- articles -------------------------------------------------------

  /** Creates an article from text and opens it; resolves to its id. */
  async createArticle(kind: ArticleFileKind, text: string, url?: string): Promise<string> {
    const parsed = parseArticle(kind, text);
    const now = new Date().toISOString();
    const row: ArticleRow = {
      id: crypto.randomUUID(),
      title: parsed.title,
      createdAt: now,
      updatedAt: now,
      doc: parsed.doc.toJSON(),
      text: docText(parsed.doc),
      ...(url ? { url } : {}),
    };
    await this.repo!.saveArticle({ article: row, claims: [] });
    this.articles = await this.repo!.listArticles();
    this.tabs?.articlesChanged();
    await this.openArticle(row.id);
    this.announce(`Opened “${row.title}”.`);
    return row.id;
  }

  /** Opens a saved article in the editor, after saving the one open now. */
  async openArticle(id: string): Promise<void> {
    await this.saver?.flush();
    const [snapshot, dismissed = []] = await Promise.all([this.repo!.loadArticle(id), this.repo!.getMeta<string[]>(`dismissed:${id}`)]);
    if (!snapshot) throw new RangeError(`No article with id ${id}`);
    const { doc: _json, text: _text, ...meta } = snapshot.article;
    const doc = this.docFromRow(snapshot.article);
    let state = EditorState.create({ doc, plugins: this.plugins() });
    const load = loadClaimsAction(doc, snapshot.claims);
    state = state.apply(loadClaimsTransaction(state, load));
    loadDismissed(dismissed)(state, (tr) => (state = state.apply(tr)));
    this.current = meta;
    this.revision = null;
    // What is in IndexedDB now; claims the loader re-anchored differ from it and are saved at once.
    this.tracker = new ChangeTracker(id, claimsOf(state).textVersion, snapshot.claims);
    if (load.relocated) {
      this.saver!.schedule(() => this.pendingWrite(state));
    }
    this.editorState = state;
    this.items = new ListItems();
    await this.updateComplete;
    this.editor.load(state);
    this.saveState = 'saved';
    this.settings!.set('lastArticle', id).catch((e) => this.storageFailed(e, 'The open article was not remembered'));
  }

  /** An article's stored document; one the schema cannot read is rebuilt from its plain text, which the offsets point into. */
  private docFromRow(row: ArticleRow): PMNode {
    try {
      const doc = PMNode.fromJSON(articleSchema, row.doc);
      if (docText(doc) === row.text) return doc;
    } catch {
      // Fall through to the plain text.
    }
    return docFromPlainText(row.text);
  }

  private plugins() {
    const tag = () => this.tagSelection();
    return [
      history(),
      keymap({
        'Mod-z': undo,
        'Shift-Mod-z': redo,
        'Mod-y': redo,
        [`Mod-Alt-${SHORTCUTS.tag.toLowerCase()}`]: () => tag(),
      }),
      keymap(baseKeymap),
      claimsPlugin({ reviewer: this.reviewer, onActivate: (id) => this.afterActivate(id) }),
      suggestionsPlugin(),
      savePlugin((state) => {
        this.saveState = 'saving';
        this.saver!.schedule(() => this.pendingWrite(state()));
      }),
    ];
  }

  private pendingWrite(state: EditorState): PendingWrite {
    const article = { ...this.current!, updatedAt: new Date().toISOString() };
    // Stored documents hold the text and its formatting; claims are stored with their offsets.
    return this.tracker!.delta(article, claimsOf(state).textVersion, () => ({ doc: docJSONWithoutClaims(state.doc), text: docText(state.doc) }), storedClaims(state));
  }

  /** Another tab wrote something: read it back from IndexedDB. */
  private async onRemote(message: SyncMessage) {
    try {
      if (message.type === 'articles') {
        this.articles = await this.repo!.listArticles();
        if (message.deleted && message.deleted === this.current?.id) {
          this.showError('This article was deleted in another tab.', 'Its claims are still on this page until you open another article: use Export JSON to keep a copy.');
        }
        return;
      }
      if (message.articleId !== this.current?.id) {
        this.articles = await this.repo!.listArticles();
        return;
      }
      await this.refreshFromStore(message.document);
    } catch (error) {
      this.storageFailed(error, 'Changes from another tab could not be read');
    }
  }

  /**
   * Brings the open article in step with what IndexedDB holds after another
   * tab saved it: its claims merge in (the later change of a claim wins);
   * new text replaces ours unless this tab has unsaved changes of its own.
   */
  private async refreshFromStore(documentChanged: boolean) {
    const current = this.current;
    if (!current || !this.tracker) return;
    const snapshot = await this.repo!.loadArticle(current.id);
    // Read the state after the await: the user may have changed it meanwhile.
    const state = this.editorState;
    if (!snapshot || !state || this.current?.id !== current.id) return;
    if (documentChanged && snapshot.article.text !== textMap(state.doc).text) {
      if (this.saver?.dirty) {
        this.showToast('This article’s text was also changed in another tab; this tab’s version is being saved over it.');
        return;
      }
      // Only the changed part is replaced, so the selection, the claims
      // and this tab's undo history map through it like through an edit.
      const next = this.docFromRow(snapshot.article);
      this.editor.dispatch(replaceChanged(state.tr, next, withoutClaimMarks(state.doc)).setMeta('addToHistory', false));
      this.tracker.absorbDocument(claimsOf(this.editorState!).textVersion);
      this.announce('The article’s text was updated from another tab.');
    }
    this.mergeRemoteClaims(snapshot.claims);
  }

  /** Merges the claims another tab saved into this editor (the later change of a claim wins). */
  private mergeRemoteClaims(stored: StoredClaim[]) {
    const state = this.editorState;
    if (!state || !this.tracker) return;
    const ids = new Set(stored.map((c) => c.id));
    const gone = [...claimsOf(state).records.keys()].filter((id) => !ids.has(id) && this.tracker!.knows(id));
    const { tr, changes } = applyRemoteClaims(state, stored, gone);
    this.tracker.absorb(stored, gone);
    if (!tr) return;
    this.editor.dispatch(tr);
    const overwritten = changes.updated.filter((id) => this.editedHere.has(id));
    if (overwritten.length) {
      const record = claimsOf(this.editorState!).records.get(overwritten[0]!);
      const quote = this.items.of(this.editorState!).find((i) => i.record.id === overwritten[0])?.quote ?? '';
      this.showToast(
        overwritten.length === 1
          ? `Your change to “${quote}” was overwritten by a later change in another tab (now ${record ? statusInfo(record.status).label : 'changed'}).`
          : `Your changes to ${overwritten.length} claims were overwritten by later changes in another tab.`,
      );
      for (const id of overwritten) this.editedHere.delete(id);
    } else {
      const n = changes.added.length + changes.updated.length + changes.removed.length;
      this.announce(`${n} ${n === 1 ? 'claim' : 'claims'} updated from another tab.`);
    }
  }

  /** Another tab saved a later version of these claims; theirs was kept. */
  private async onOverwritten(articleId: string, ids: string[]) {
    this.showToast(
      ids.length === 1
        ? 'A later change to this claim, made in another tab, was kept instead of yours.'
        : `Later changes to ${ids.length} claims, made in another tab, were kept instead of yours.`,
    );
    if (this.current?.id === articleId) await this.refreshFromStore(false);
  }

  private touchArticle(article: ArticleMeta) {
    if (this.current?.id === article.id) this.current = { ...this.current, updatedAt: article.updatedAt };
    const i = this.articles.findIndex((a) => a.id === article.id);
    if (i >= 0) {
      const { id, title, createdAt, updatedAt, url } = { ...this.articles[i]!, updatedAt: article.updatedAt };
      const next = [{ id, title, createdAt, updatedAt, ...(url ? { url } : {}) }, ...this.articles.filter((_, j) => j !== i)];
      this.articles = next;
    }
  }

  private async renameArticle(id: string, title: string) {
    try {
      await this.saver?.flush();
      await this.repo!.updateArticle(id, { title });
      if (this.current?.id === id) this.current = { ...this.current, title };
      this.articles = await this.repo!.listArticles();
      this.tabs?.articlesChanged();
      this.announce(`Renamed to “${title}”.`);
    } catch (error) {
      this.storageFailed(error, 'The article was not renamed');
    }
  }

  private async deleteArticle(id: string) {
    try {
      const title = this.articles.find((a) => a.id === id)?.title ?? 'The article';
      if (this.current?.id === id) {
        // Its pending change must not be written back after the delete.
        await this.saver?.flush();
      }
      await this.repo!.deleteArticle(id);
      this.articles = await this.repo!.listArticles();
      this.tabs?.articlesChanged(id);
      if (this.current?.id === id) {
        const next = this.articles[0];
        if (next) await this.openArticle(next.id);
        else await this.openSample();
      }
      this.announce(`Deleted “${title}”.`);
    } catch (error) {
      this.storageFailed(error, 'The article was not deleted');
    }
  }

  /**
   * Replaces the open article's text with a new version and re-anchors
   * every claim (one undoable step). Resolves to what happened to the
   * claims, which the app also shows as a summary.
   */
  async updateText(text: string, kind: ArticleFileKind = 'text'): Promise<RevisionSummary> {
    const state = this.requireState();
    const { doc } = parseArticle(kind, text);
    const { tr, summary } = reviseArticle(state, doc);
    this.editor.dispatch(tr);
    this.revision = summary;
    this.reviseOpen = false;
    const parts = [`${summary.kept} kept exactly`, `${summary.changed.length} changed`, `${summary.orphaned.length} orphaned`];
    if (summary.reattached) parts.push(`${summary.reattached} re-attached`);
    this.announce(`Text updated: ${parts.join(', ')}.`);
    return summary;
  }

  // ---- claims ---------------------------------------------------------

  /** Tags the selected text as a claim (the "Tag claim" button). False when nothing is selected. */
  tagSelection(): boolean {
    const state = this.editor?.state;
    const twin = state && !state.selection.empty ? claimOn(state, state.selection.from, state.selection.to) : null;
    const done = this.run(tagClaim());
    if (done && twin) {
      const record = claimsOf(this.editorState!).records.get(twin);
      this.announce(`These words are a claim already (${record ? statusInfo(record.status).label : 'open'}); it is open.`);
    } else if (done) {
      this.announce('Claim tagged as Unchecked. Set its status with Ctrl+Alt+1 to 7.');
    } else {
      this.announce('Select the words of a claim in the article first.');
    }
    return done;
  }

  private run(command: Command): boolean {
    if (!this.editor?.state) return false;
    return this.editor.run(command);
  }

  private afterActivate(id: string) {
    const record = this.editorState && claimsOf(this.editorState).records.get(id);
    if (record) this.announce(`${statusInfo(record.status).label} claim${record.changed ? ', needs re-check' : ''}.`);
  }

  private onTransaction(e: FcEvent<'fc-transaction'>) {
    const before = this.editorState && suggestionsKey.getState(this.editorState)?.dismissed;
    this.editorState = e.detail.state;
    this.items.touch(claimsOf(e.detail.state).touched);
    const after = suggestionsKey.getState(e.detail.state)?.dismissed;
    if (before && after && before !== after && this.current) {
      const key = `dismissed:${this.current.id}`;
      this.repo?.setMeta(key, [...after]).catch((error) => this.storageFailed(error, 'The dismissed suggestions were not saved'));
    }
  }

  // ---- suggestions ------------------------------------------------------

  private async toggleSuggest() {
    const shown = !!(this.editorState && suggestionsKey.getState(this.editorState)?.shown);
    if (shown) {
      this.run(hideSuggestions);
      return;
    }
    await this.showSuggestionsNow();
    const n = this.editorState ? openSuggestions(this.editorState).length : 0;
    this.announce(`${n} suggested claims, underlined with dashes. Ctrl+Alt+N moves to the next one.`);
  }

  /** Loads the detector on first use (it is not needed to open an article) and shows suggestions. */
  private async showSuggestionsNow() {
    const { detectClaims, claimantFor } = await import('../src/detect/index.js');
    this.run(showSuggestions(detectClaims, claimantFor));
  }

  private activeSuggestion() {
    const state = this.editorState;
    if (!state) return null;
    const s = suggestionsKey.getState(state);
    if (!s?.shown) return null;
    const list = openSuggestions(state);
    return list.find((x) => x.key === s.active) ?? null;
  }

  /** Accepting and dismissing both go on to the next suggestion, so the keyboard walks the list without skipping one. */
  private acceptSuggestion(key?: string) {
    const target = key ?? this.activeSuggestion()?.key;
    if (!target) return this.announce('Move to a suggestion first: Ctrl+Alt+N.');
    if (this.run(acceptSuggestions([target]))) this.afterSuggestion('Suggestion accepted as an Unchecked claim.');
  }

  private dismissSuggestion(key?: string) {
    const target = key ?? this.activeSuggestion()?.key;
    if (!target) return this.announce('Move to a suggestion first: Ctrl+Alt+N.');
    if (this.run(dismissSuggestions([target]))) this.afterSuggestion('Suggestion dismissed.');
  }

  private afterSuggestion(done: string) {
    if (!this.run(moveToSuggestion(1))) return this.announce(`${done} No more suggestions.`);
    const s = this.activeSuggestion();
    if (s) this.editor.revealPos(s.from);
    this.announce(s ? `${done} Next: ${s.kind}, ${s.text}.` : done);
  }


  private acceptAll() {
    const n = this.editorState ? openSuggestions(this.editorState).length : 0;
    if (this.run(acceptSuggestions())) this.announce(`${n} suggestions accepted as Unchecked claims.`);
  }

  private async nextSuggestion(step: 1 | -1 = 1) {
    if (!this.editorState || !suggestionsKey.getState(this.editorState)?.shown) await this.showSuggestionsNow();
    if (!this.run(moveToSuggestion(step))) return this.announce('No open suggestions.');
    const s = this.activeSuggestion();
    if (s) {
      this.editor.revealPos(s.from);
      this.announce(`Suggestion, ${s.kind}: ${s.text}. Ctrl+Alt+A accepts, Ctrl+Alt+X dismisses.`);
    }
  }

  private renderSuggestions(state: EditorState) {
    const s = suggestionsKey.getState(state);
    if (!s?.shown) return nothing;
    return html`<fc-suggestions
      class="card"
      .items=${openSuggestions(state)}
      .active=${s.active}
      @fc-suggestion=${this.onSuggestion}
    ></fc-suggestions>`;
  }

  private onSuggestion(e: FcEvent<'fc-suggestion'>) {
    const { action, key } = e.detail;
    if (action === 'accept') this.acceptSuggestion(key);
    else if (action === 'dismiss') this.dismissSuggestion(key);
    else if (action === 'next') void this.nextSuggestion(1);
    else if (action === 'accept-all') this.acceptAll();
    else void this.toggleSuggest();
  }


  private onStatus(e: FcEvent<'fc-status-change'>) {
    this.editedHere.add(e.detail.id);
    if (this.run(setStatus(e.detail.id, e.detail.status))) this.announce(`Status set to ${statusInfo(e.detail.status).label}.`);
  }

  private onUpdate(e: FcEvent<'fc-claim-update'>) {
    const { id, ...patch } = e.detail;
    this.editedHere.add(id);
    this.run(updateClaim(id, patch));
  }

  private onDelete(e: FcEvent<'fc-claim-delete'>) {
    const state = this.editorState;
    if (!state) return;
    const record = claimsOf(state).records.get(e.detail.id);
    if (!record) return;
    const range = claimRange(state, record.id);
    this.run(deleteClaim(record.id));
    this.showToast('Claim deleted.', () => this.run(restoreClaim(record, range)));
    this.editor.focus();
  }

  private onConfirm(e: FcEvent<'fc-claim-confirm'>) {
    if (this.run(confirmClaim(e.detail.id))) this.announce('Marked as still correct.');
  }

  private onReattach(e: FcEvent<'fc-claim-reattach'>) {
    if (this.run(reattachClaim(e.detail.id))) this.announce('Claim re-attached to the selected text.');
    else this.announce('Select the text the claim refers to first, then press Re-attach.');
  }

  private onSelectClaim(e: FcEvent<'fc-claim-select'>) {
    this.run(selectClaim(e.detail.id));
    const range = this.editorState && claimRange(this.editorState, e.detail.id);
    if (range) this.editor.revealPos(range.from);
  }

  private moveClaim(step: 1 | -1) {
    const state = this.editorState;
    if (!state) return;
    const ranges = claimRanges(state);
    if (!ranges.length) return;
    const { active } = claimsOf(state);
    const at = active ? ranges.findIndex((r) => r.id === active) : -1;
    const next = ranges[(at + step + ranges.length) % ranges.length]!;
    this.run(selectClaim(next.id));
    this.editor.revealPos(next.from);
    const record = claimsOf(this.editorState!).records.get(next.id)!;
    this.announce(`Claim ${ranges.indexOf(next) + 1} of ${ranges.length}: ${statusInfo(record.status).label}.`);
  }

  private async onReviewer(e: Event) {
    const name = (e.target as HTMLInputElement).value.trim();
    if (name === this.reviewer) return;
    this.reviewer = name;
    this.run(setReviewer(name));
    emit(this, 'fc-reviewer-change', { name });
    try {
      await this.settings?.set('reviewer', name);
    } catch (error) {
      this.storageFailed(error, 'Your name was not saved');
    }
  }


  // ---- import and export ----------------------------------------------

  /** The open article in the native JSON format (version 1). */
  exportJSON(): NativeExport {
    const state = this.requireState();
    return exportNative(this.articleOf(state), storedClaims(state));
  }

  /**
   * Imports a native export (an object or its JSON text), saves it in one
   * transaction and opens it. Resolves to the article's id; rejects with an
   * `Error` that lists what is wrong, and then nothing was changed. When the
   * article already exists here, `onExisting` decides: `'copy'` (the
   * default) imports it as a new article with new ids, `'merge'` combines
   * both sides' claims into the existing article (see `mergeClaims`).
   */
  async importJSON(data: unknown, options: { onExisting?: 'copy' | 'merge' } = {}): Promise<string> {
    await this.ready;
    try {
      await this.showProgress('Checking the file…', 0, 3);
      return await this.importChecked(await this.parseNativeOrThrow(data), options);
    } finally {
      this.busy = null;
    }
  }

  private async importChecked(parsed: { article: Article; claims: StoredClaim[] }, options: { onExisting?: 'copy' | 'merge' }): Promise<string> {
    const { article: parsedArticle, claims: parsedClaims } = parsed;
    await this.showProgress(`Saving ${parsedClaims.length.toLocaleString()} claims…`, 1, 3);
    let article = parsedArticle;
    let claims = parsedClaims;
    await this.saver?.flush();
    if (await this.repo!.hasArticle(article.id)) {
      if (options.onExisting === 'merge') return this.mergeInto(article.id, claims);
      // A second copy gets new ids: claim ids are unique across the database.
      article = { ...article, id: crypto.randomUUID(), title: `${article.title} (imported copy)` };
      claims = claims.map((c) => ({ ...c, id: crypto.randomUUID() }));
    } else {
      // A claim id another article uses would take that claim away from it.
      const taken = await this.repo!.claimIdsInUse(claims.map((c) => c.id));
      if (taken.size) claims = claims.map((c) => (taken.has(c.id) ? { ...c, id: crypto.randomUUID() } : c));
    }
    const doc = docFromPlainText(article.text);
    const row: ArticleRow = { ...article, doc: doc.toJSON(), text: docText(doc) };
    await this.repo!.saveArticles([{ article: row, claims }], true, (done, total) => {
      this.busy = { label: `Saving ${total.toLocaleString()} claims… ${done.toLocaleString()} saved`, value: 1 + done / total, max: 3 };
    });
    this.articles = await this.repo!.listArticles();
    this.tabs?.articlesChanged();
    await this.showProgress('Opening the article…', 2, 3);
    await this.openArticle(row.id);
    const orphans = claims.filter((c) => c.orphaned).length;
    this.announce(`Imported “${row.title}” with ${claims.length} claims${orphans ? `, ${orphans} orphaned` : ''}.`);
    return row.id;
  }

  /** Shows progress and lets the page paint before the next step. */
  private async showProgress(label: string, value: number, max: number) {
    this.busy = { label, value, max };
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }

  // ---- storage ----------------------------------------------------------

  /** Asks the browser to keep this site's data (no prompt in Chromium), and reads how much is used. */
  private async requestPersistence() {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    try {
      const persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
      const { usage = 0, quota = 0 } = await storage.estimate();
      this.storage = { usage, quota, persisted };
    } catch {
      // Some browsers refuse in private windows; saving still works.
    }
  }

  /** Every article and its claims, as one backup object. */
  async backup(): Promise<Backup> {
    await this.ready;
    const { exportBackup } = await import('../src/formats/backup.js');
    await this.saver?.flush();
    const all = [];
    for (const meta of await this.repo!.listArticles()) {
      const snapshot = await this.repo!.loadArticle(meta.id);
      if (!snapshot) continue;
      const { doc: _doc, ...article } = snapshot.article;
      all.push({ article, claims: snapshot.claims });
    }
    return exportBackup(all);
  }

  /**
   * Restores a backup: every article is validated first, articles that
   * exist here are merged as imports merge, and everything is written in
   * one transaction (or nothing is). Rejects with an `Error` listing the
   * problems. Resolves to how many articles were added and merged.
   */
  async restore(data: unknown): Promise<{ added: number; merged: number }> {
    await this.ready;
    let value = data;
    if (typeof data === 'string') {
      try {
        value = JSON.parse(data);
      } catch (error) {
        throw new Error(`The file is not valid JSON: ${(error as Error).message}`);
      }
    }
    const [{ parseBackup }, { mergeClaims }] = await Promise.all([import('../src/formats/backup.js'), import('../src/formats/merge.js')]);
    const result = parseBackup(value);
    if (!result.ok) throw new Error(`This backup cannot be restored:\n${result.errors.join('\n')}`);
    try {
      await this.saver?.flush();
      const snapshots = [];
      let added = 0;
      let merged = 0;
      for (const [i, { article, claims }] of result.articles.entries()) {
        await this.showProgress(`Checking article ${i + 1} of ${result.articles.length}…`, i, result.articles.length + 1);
        const local = await this.repo!.loadArticle(article.id);
        if (local) {
          merged++;
          snapshots.push({ article: local.article, claims: mergeClaims(local.claims, claims, local.article.text).claims });
        } else {
          added++;
          const doc = docFromPlainText(article.text);
          const taken = await this.repo!.claimIdsInUse(claims.map((c) => c.id));
          const own = taken.size ? claims.map((c) => (taken.has(c.id) ? { ...c, id: crypto.randomUUID() } : c)) : claims;
          snapshots.push({ article: { ...article, doc: doc.toJSON(), text: docText(doc) }, claims: own });
        }
      }
      await this.showProgress('Saving…', result.articles.length, result.articles.length + 1);
      await this.repo!.saveArticles(snapshots, true);
      this.articles = await this.repo!.listArticles();
      this.tabs?.articlesChanged();
      if (this.current) await this.openArticle(this.current.id);
      this.notice = { title: 'Backup restored.', lines: [`${added} articles added, ${merged} merged with the copies here.`] };
      this.announce(`Backup restored: ${added} articles added, ${merged} merged.`);
      void this.requestPersistence();
      return { added, merged };
    } finally {
      this.busy = null;
    }
  }

  private async backupFile() {
    try {
      const data = await this.backup();
      const name = `factcheck-desk-backup-${data.exportedAt.slice(0, 10)}.json`;
      download(this, name, `${JSON.stringify(data)}\n`, 'application/json');
      this.announce(`Backed up ${data.articles.length} articles to ${name}.`);
    } catch (error) {
      this.storageFailed(error, 'The backup was not made');
    }
  }

  private async onStorage(e: FcEvent<'fc-storage'>) {
    const { action, file } = e.detail;
    if (action === 'persist') return this.requestPersistence();
    if (action === 'backup') return this.backupFile();
    if (!file) return;
    const text = await this.readFile(file);
    if (text === null) return;
    this.clearMessages();
    try {
      await this.restore(text);
    } catch (error) {
      const err = error as Error;
      if (err instanceof DOMException) this.storageFailed(err, 'The backup was not restored');
      else this.showError('Nothing was restored.', err.message);
    }
  }

  /** The reader loads on the first import: a first visit does not need it. */
  private async parseNativeOrThrow(data: unknown) {
    const { parseNative } = await import('../src/formats/native-read.js');
    let value = data;
    if (typeof data === 'string') {
      try {
        value = JSON.parse(data);
      } catch (error) {
        throw new Error(`The file is not valid JSON: ${(error as Error).message}`);
      }
    }
    const result = parseNative(value);
    if (!result.ok) throw new Error(`This file cannot be imported:\n${result.errors.join('\n')}`);
    return result.value;
  }

  /**
   * Merges another copy's claims into an article that exists here: every
   * claim of both sides is kept, matched by id; where both changed one, the
   * later `updatedAt` wins and the other version stays in its history. One
   * transaction. Opens the article and shows what happened.
   */
  private async mergeInto(id: string, incoming: StoredClaim[]): Promise<string> {
    const local = await this.repo!.loadArticle(id);
    if (!local) throw new RangeError(`No article with id ${id}`);
    const { mergeClaims } = await import('../src/formats/merge.js');
    const { claims, summary } = mergeClaims(local.claims, incoming, local.article.text);
    await this.repo!.saveArticle({ article: { ...local.article, updatedAt: new Date().toISOString() }, claims });
    this.articles = await this.repo!.listArticles();
    this.tabs?.saved(id, false);
    await this.openArticle(id);
    const lines = [
      `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.conflicts.length} edited on both sides.`,
      ...summary.conflicts.map(
        (c) => `“${c.quote}”: both copies changed it; the ${c.kept === 'local' ? 'version here' : 'imported version'} is newer and was kept, the other is in its history.`,
      ),
    ];
    this.notice = { title: `Merged into “${local.article.title}”.`, lines };
    this.announce(`Merged: ${lines[0]}`);
    return id;
  }

  /**
   * Anchors W3C Web Annotations (an Annotation, a list, an AnnotationPage or
   * an AnnotationCollection, as Hypothesis and Recogito export them) into
   * the open article as claims. Rejects, changing nothing, when the data is
   * not valid Web Annotation JSON.
   */
  async importW3C(data: unknown): Promise<AnnotationImportSummary & { skipped: string[] }> {
    await this.ready;
    const state = this.requireState();
    let value = data;
    if (typeof data === 'string') {
      try {
        value = JSON.parse(data);
      } catch (error) {
        throw new Error(`The file is not valid JSON: ${(error as Error).message}`);
      }
    }
    const { parseW3C } = await import('../src/formats/w3c-import.js');
    const result = parseW3C(value, textMap(state.doc).text);
    if (!result.ok) throw new Error(`These annotations cannot be imported:\n${result.errors.join('\n')}`);
    const { tr, summary } = importAnnotations(state, result.annotations);
    this.editor.dispatch(tr);
    const lines = [
      `${summary.exact} placed exactly, ${summary.approximate} on similar words (marked Re-check), ${summary.orphaned} not found (listed under Orphaned).`,
      ...result.skipped.map((s) => `Skipped: ${s}`),
    ];
    this.notice = { title: `Imported ${result.annotations.length} annotations.`, lines };
    this.announce(`Imported ${result.annotations.length} annotations. ${lines[0]}`);
    return { ...summary, skipped: result.skipped };
  }

  /** The open article's claims as a W3C Web Annotation collection (JSON-LD). */
  exportW3C(): W3CAnnotationCollection {
    const state = this.requireState();
    return exportW3C(this.articleOf(state), storedClaims(state), this.organisation ? { organisation: this.organisation } : {});
  }

  /** schema.org ClaimReview objects (JSON-LD) for the claims with a verdict. */
  exportClaimReview(): ClaimReview[] {
    const state = this.requireState();
    const article = this.articleOf(state);
    return exportClaimReview(article, storedClaims(state), {
      organisation: this.organisation || 'Factcheck Desk',
      ...(article.url ? { articleUrl: article.url } : {}),
    });
  }

  /** One CSV row per claim (RFC 4180, UTF-8, spreadsheet formulas neutralised). */
  exportCSV(): string {
    const state = this.requireState();
    return exportCSV(this.articleOf(state), storedClaims(state));
  }

  private articleOf(state: EditorState): Article {
    const meta = this.current!;
    return { ...meta, text: textMap(state.doc).text };
  }

  private requireState(): EditorState {
    if (!this.editorState || !this.current) throw new Error('No article is open');
    return this.editorState;
  }

  private exportAs(kind: 'json' | 'w3c' | 'claimreview' | 'csv') {
    this.exportMenuOpen = false;
    if (!this.current) return;
    const slug = slugify(this.current.title);
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    let name: string;
    let count: number;
    if (kind === 'json') {
      const data = this.exportJSON();
      name = `${slug}.factcheck.json`;
      count = data.claims.length;
      download(this, name, json(data), 'application/json');
    } else if (kind === 'w3c') {
      const data = this.exportW3C();
      name = `${slug}.annotations.jsonld`;
      count = data.total;
      download(this, name, json(data), 'application/ld+json');
    } else if (kind === 'claimreview') {
      const data = this.exportClaimReview();
      name = `${slug}.claimreview.jsonld`;
      count = data.length;
      download(this, name, json(data), 'application/ld+json');
    } else {
      const data = this.exportCSV();
      name = `${slug}.claims.csv`;
      count = this.claims.length;
      download(this, name, data, 'text/csv;charset=utf-8');
    }
    this.announce(`Exported ${count} ${kind === 'claimreview' ? 'reviews' : 'claims'} to ${name}.`);
  }

  private async setArticleUrl(e: Event) {
    const input = e.target as HTMLInputElement;
    const url = input.value.trim();
    if (!this.current) return;
    if (url && !isHttpUrl(url)) {
      this.showError('The article URL was not saved.', `“${url}” is not an http: or https: address.`);
      return;
    }
    try {
      await this.saver?.flush();
      await this.repo!.updateArticle(this.current.id, { url });
      const { url: _old, ...rest } = this.current;
      this.current = url ? { ...rest, url } : rest;
    } catch (error) {
      this.storageFailed(error, 'The article URL was not saved');
    }
  }

  private async setOrganisation(e: Event) {
    this.organisation = (e.target as HTMLInputElement).value.trim();
    try {
      await this.settings?.set('organisation', this.organisation);
    } catch (error) {
      this.storageFailed(error, 'The organisation name was not saved');
    }
  }

  /** The file checks load with the first file opened: a first visit does not need them. */
  private async readFile(file: File): Promise<string | null> {
    const [{ checkImportFile }, bytes] = await Promise.all([import('../src/formats/import-file.js'), file.arrayBuffer()]);
    const check = checkImportFile(bytes, file.name);
    if (!check.ok) {
      this.showError('That file was not opened.', check.error);
      return null;
    }
    return check.text;
  }

  private async onOpenFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await this.readFile(file);
    if (text === null) return;
    if (/\.jsonl?d?$/i.test(file.name)) return this.importText(text);
    const kind = articleKindOf(file.name);
    if (!kind) {
      this.showError('That file was not opened.', `“${file.name}” is not a .txt, .md, .html or .json file.`);
      return;
    }
    this.clearMessages();
    try {
      await this.createArticle(kind, text);
      this.newArticleOpen = false;
    } catch (error) {
      this.storageFailed(error, 'The article was not saved');
    }
  }

  /** Reads an imported JSON file: our format (new article or merge), or W3C annotations for the open article. */
  private async importText(text: string) {
    this.clearMessages();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      this.showError('Nothing was imported.', `The file is not valid JSON: ${(error as Error).message}`);
      return;
    }
    try {
      if (isW3CLike(data)) {
        await this.importW3C(data);
        return;
      }
      const { article } = await this.parseNativeOrThrow(data);
      if (await this.repo!.hasArticle(article.id)) {
        this.pendingImport = { data, title: article.title };
        this.announce(`“${article.title}” is already here. Choose Merge or Import as a new article.`);
        return;
      }
      await this.importJSON(data);
    } catch (error) {
      const err = error as Error;
      if (err instanceof DOMException) this.storageFailed(err, 'The import was not saved');
      else this.showError('Nothing was imported.', err.message);
    }
  }

  private async resolvePendingImport(choice: 'merge' | 'copy' | null) {
    const pending = this.pendingImport;
    this.pendingImport = null;
    if (!pending || !choice) return;
    try {
      await this.importJSON(pending.data, { onExisting: choice });
    } catch (error) {
      const err = error as Error;
      if (err instanceof DOMException) this.storageFailed(err, 'The import was not saved');
      else this.showError('Nothing was imported.', err.message);
    }
  }

  private async onCreateFromPaste(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
    if (!text.trim()) {
      this.showError('Nothing to create.', 'Paste the article’s text first.');
      return;
    }
    this.clearMessages();
    try {
      await this.createArticle('text', text);
      form.reset();
      this.newArticleOpen = false;
    } catch (error) {
      this.storageFailed(error, 'The article was not saved');
    }
  }

  // ---- messages -------------------------------------------------------

  private announce(message: string) {
    if (!this.live) return;
    // Clearing first makes a repeated message be read again.
    this.live.textContent = '';
    requestAnimationFrame(() => {
      if (this.live) this.live.textContent = message;
    });
  }

  private showError(title: string, detail?: string) {
    this.error = detail ? { title, detail } : { title };
    this.announce(`${title} ${detail ?? ''}`);
    emit(this, 'fc-error', { message: detail ? `${title} ${detail}` : title });
  }

  private storageFailed(error: unknown, what: string) {
    const name = error instanceof DOMException ? error.name : (error as Error)?.name;
    const reason =
      name === 'QuotaExceededError'
        ? 'The browser’s storage for this site is full.'
        : name === 'InvalidStateError'
          ? 'The database was closed (another tab may have upgraded it).'
          : name === 'UnknownError' || name === 'SecurityError'
            ? 'The browser refused to store data (a private window may do this).'
            : (error as Error)?.message || String(error);
    this.saveState = 'failed';
    this.error = {
      title: `${what}.`,
      detail: `${reason}${name ? ` (${name})` : ''} Your work is still on this page: use Export JSON to keep a copy.`,
    };
    this.announce(`${what}. ${reason}`);
    emit(this, 'fc-error', { message: `${what}. ${reason}`, ...(name ? { name } : {}) });
  }

  private clearMessages() {
    this.error = null;
  }

  private showToast(message: string, undoAction?: () => void) {
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toast = undoAction ? { message, undo: undoAction } : { message };
    this.announce(undoAction ? `${message} Press Undo in the message to restore it.` : message);
    this.toastTimer = setTimeout(() => (this.toast = null), 10_000);
  }

  // ---- page life --------------------------------------------------------

  private readonly onHide = () => this.saver?.flushOnHide();

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.saver?.flushOnHide();
  };

  private readonly onShortcut = (e: KeyboardEvent) => {
    const mod = isMac ? e.metaKey : e.ctrlKey;
    // The editor's keymap handled it already (and prevented the default).
    if (e.defaultPrevented || !mod || !e.altKey || e.shiftKey) return;
    // Shortcuts work from anywhere in the app, and from the page itself
    // (nothing focused), but not from another widget on the page.
    const fromPage = e.target === document.body || e.target === document.documentElement;
    if (!fromPage && !e.composedPath().includes(this)) return;
    // e.code, not e.key: with Alt held, layouts produce other characters.
    const digit = /^Digit([1-7])$/.exec(e.code)?.[1];
    const state = this.editorState;
    if (digit && state) {
      const active = claimsOf(state).active;
      if (active) {
        const status = STATUSES[Number(digit) - 1]!.id;
        if (this.run(setStatus(active, status))) this.announce(`Status set to ${statusInfo(status).label}.`);
      } else {
        this.announce('Open a claim first: click a highlight or press Ctrl+Alt+J.');
      }
      e.preventDefault();
    } else if (e.code === `Key${SHORTCUTS.tag}`) {
      e.preventDefault();
      this.tagSelection();
    } else if (e.code === `Key${SHORTCUTS.next}`) {
      e.preventDefault();
      this.moveClaim(1);
    } else if (e.code === `Key${SHORTCUTS.previous}`) {
      e.preventDefault();
      this.moveClaim(-1);
    } else if (e.code === `Key${SHORTCUTS.nextSuggestion}`) {
      e.preventDefault();
      void this.nextSuggestion(1);
    } else if (e.code === `Key${SHORTCUTS.accept}`) {
      e.preventDefault();
      this.acceptSuggestion();
    } else if (e.code === `Key${SHORTCUTS.dismiss}`) {
      e.preventDefault();
      this.dismissSuggestion();
    }
  };

  /** The sentence around a claim, from its paragraph alone (no need to map the whole article on each keystroke). */
  private sentenceFor(state: EditorState, range: { from: number; to: number }): string {
    const $from = state.doc.resolve(range.from);
    const block = $from.parent;
    const start = $from.start();
    if (range.to > $from.end()) return state.doc.textBetween(range.from, range.to, ' ', ' ').slice(0, 75);
    // Typing elsewhere keeps the paragraph node: the app renders on every keystroke, the sentence is the same.
    const memo = this.sentenceMemo;
    if (memo && memo.block === block && memo.from === range.from - start && memo.to === range.to - start) return memo.sentence;
    const text = block.textContent;
    const cp = (unit: number) => [...text.slice(0, unit)].length;
    const sentence = sentenceAround(text, cp(range.from - start), cp(range.to - start));
    this.sentenceMemo = { block, from: range.from - start, to: range.to - start, sentence };
    return sentence;
  }

  private onMenuKey(e: KeyboardEvent) {
    const items = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
    const i = items.indexOf(e.target as HTMLButtonElement);
    if (e.key === 'Escape') {
      this.exportMenuOpen = false;
      (this.renderRoot.querySelector('[aria-controls="export-menu"]') as HTMLElement | null)?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  }

  private async openReport() {
    this.exportMenuOpen = false;
    // The report is loaded when first asked for; opening an article does not need it.
    await import('./fc-report.js');
    this.reportOpen = true;
    this.announce('Printable report. Use Print / Save as PDF, or Back to the article.');
  }

  private onPanelKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.editor.focus();
    }
  }

  // ---- rendering --------------------------------------------------------

  override render() {
    const state = this.editorState;
    const claims = state ? claimsOf(state) : null;
    const active: ClaimRecord | null = claims?.active ? (claims.records.get(claims.active) ?? null) : null;
    const activeRange = active && state ? claimRange(state, active.id) : null;
    const quote = activeRange && state ? state.doc.textBetween(activeRange.from, activeRange.to, ' ', ' ') : (active?.anchor?.quote ?? '');
    const items = state ? this.items.of(state) : [];
    const empty = !state || state.selection.empty;
    const tagTip = `Tag the selected text as a claim (${shortcutLabel(SHORTCUTS.tag)})`;
    return html`
      <div class="shell">
        <header>
          <span class="brand"><span class="mark" aria-hidden="true">✓</span>Factcheck Desk</span>
          <span class="doc-title" title=${this.current?.title ?? ''}>${this.current?.title ?? ''}</span>
          <span class="save-state ${this.saveState}" aria-hidden=${this.saveState === 'failed' ? 'false' : 'true'}>
            ${this.saveState === 'saving' ? 'Saving…' : this.saveState === 'saved' ? 'All changes saved' : this.saveState === 'failed' ? 'Not saved' : ''}
          </span>
          <label class="reviewer"
            >Reviewer
            <input
              aria-label="Your name"
              placeholder="Your name"
              autocomplete="name"
              .value=${this.reviewer}
              @input=${this.onReviewer}
          /></label>
        </header>
        <div role="toolbar" aria-label="Article tools">
          <button aria-expanded=${this.articlesOpen ? 'true' : 'false'} aria-controls="articles" @click=${() => (this.articlesOpen = !this.articlesOpen)}>
            Articles
          </button>
          <button aria-expanded=${this.newArticleOpen ? 'true' : 'false'} @click=${() => (this.newArticleOpen = !this.newArticleOpen)}>
            New article
          </button>
          <button @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')?.click()}>Open file…</button>
          <input
            id="open-file"
            type="file"
            hidden
            accept=".txt,.text,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
            @change=${this.onOpenFile}
          />
          <button @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>Import…</button>
          <input id="import-file" type="file" hidden accept=".json,.jsonld,application/json,application/ld+json" @change=${this.onOpenFile} />
          <button @click=${() => this.exportAs('json')} ?disabled=${!state}>Export JSON</button>
          <div class="menu">
            <button
              aria-haspopup="true"
              aria-expanded=${this.exportMenuOpen ? 'true' : 'false'}
              aria-controls="export-menu"
              ?disabled=${!state}
              @click=${() => (this.exportMenuOpen = !this.exportMenuOpen)}
            >
              More exports ▾
            </button>
            ${this.exportMenuOpen
              ? html`<div id="export-menu" class="menu-list" aria-label="More exports" @keydown=${this.onMenuKey}>
                  <button @click=${() => this.exportAs('w3c')}>W3C Web Annotations (.jsonld)</button>
                  <button @click=${() => this.exportAs('claimreview')}>ClaimReview for search engines (.jsonld)</button>
                  <button @click=${() => this.exportAs('csv')}>Spreadsheet (.csv)</button>
                  <button @click=${this.openReport}>Printable report</button>
                </div>`
              : nothing}
          </div>
          <button aria-expanded=${this.reviseOpen ? 'true' : 'false'} ?disabled=${!state} @click=${() => (this.reviseOpen = !this.reviseOpen)}>
            Update text
          </button>
          <input id="revise-file" type="file" hidden accept=".txt,.text,.md,.markdown,.html,.htm" @change=${this.onReviseFile} />
          <span class="sep" aria-hidden="true"></span>
          <button
            class="primary"
            title=${tagTip}
            aria-keyshortcuts=${isMac ? 'Meta+Alt+M' : 'Control+Alt+M'}
            ?disabled=${empty}
            @mousedown=${keepEditorFocus}
            @click=${() => this.tagSelection()}
          >
            Tag claim
          </button>
          <button
            aria-pressed=${state && suggestionsKey.getState(state)?.shown ? 'true' : 'false'}
            title="Underline every checkable figure, date and quote that is not a claim yet (${shortcutLabel(SHORTCUTS.nextSuggestion)}: next suggestion)"
            ?disabled=${!state}
            @mousedown=${keepEditorFocus}
            @click=${this.toggleSuggest}
          >
            Suggest claims${state && suggestionsKey.getState(state)?.shown ? ` (${openSuggestions(state).length})` : ''}
          </button>
          <button
            title="Undo (${isMac ? '⌘Z' : 'Ctrl+Z'})"
            ?disabled=${!state || undoDepth(state) === 0}
            @mousedown=${keepEditorFocus}
            @click=${() => this.run(undo)}
          >
            Undo
          </button>
          <button
            title="Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})"
            ?disabled=${!state || redoDepth(state) === 0}
            @mousedown=${keepEditorFocus}
            @click=${() => this.run(redo)}
          >
            Redo
          </button>
          <span class="spacer"></span>
        </div>
        ${this.reportOpen && state && this.current
          ? html`<div class="report-view">
              <fc-report
                .article=${this.articleOf(state)}
                .claims=${storedClaims(state)}
                .organisation=${this.organisation}
                generated-at=${new Date().toISOString()}
                @fc-report-close=${() => {
                  this.reportOpen = false;
                  this.announce('Back to the article.');
                }}
              ></fc-report>
            </div>`
          : nothing}
        <main class="${this.articlesOpen ? 'show-articles' : 'no-articles'}" ?hidden=${this.reportOpen}>
          <nav class="articles" id="articles" aria-label="Articles" ?hidden=${!this.articlesOpen}>
            <h2 class="section">Articles</h2>
            <fc-article-list
              .articles=${this.articles}
              .current=${this.current?.id ?? null}
              @fc-article-open=${(e: FcEvent<'fc-article-open'>) => void this.openArticle(e.detail.id)}
              @fc-article-rename=${(e: FcEvent<'fc-article-rename'>) => void this.renameArticle(e.detail.id, e.detail.title)}
              @fc-article-delete=${(e: FcEvent<'fc-article-delete'>) => void this.deleteArticle(e.detail.id)}
            ></fc-article-list>
          </nav>
          <div class="column-cell"><div class="column" tabindex="0" role="region" aria-label="Article">
            ${this.error
              ? html`<div class="banner error" role="alert">
                  <div><strong>${this.error.title}</strong>${this.error.detail ? html`<pre>${this.error.detail}</pre>` : nothing}</div>
                  <button @click=${() => (this.error = null)} aria-label="Dismiss message">Dismiss</button>
                </div>`
              : nothing}
            ${this.busy
              ? html`<div class="banner info busy" role="status">
                  <label>${this.busy.label} <progress max=${this.busy.max} .value=${this.busy.value}></progress></label>
                </div>`
              : nothing}
            ${this.newArticleOpen ? this.renderNewArticle() : nothing} ${this.reviseOpen ? this.renderRevise() : nothing}
            ${this.revision ? this.renderRevision(this.revision) : nothing}
            ${this.pendingImport
              ? html`<div class="banner info pending-import" role="group" aria-label="Import choice">
                  <div>
                    <strong>“${this.pendingImport.title}” is already here.</strong> Merge combines both copies’ claims (the
                    newer version of a claim edited in both wins; the other stays in its history). Import as a new
                    article keeps them apart.
                  </div>
                  <div class="row">
                    <button class="primary" @click=${() => this.resolvePendingImport('merge')}>Merge</button>
                    <button @click=${() => this.resolvePendingImport('copy')}>Import as a new article</button>
                    <button @click=${() => this.resolvePendingImport(null)}>Cancel</button>
                  </div>
                </div>`
              : nothing}
            ${this.notice
              ? html`<div class="banner info notice" role="status">
                  <div>
                    <strong>${this.notice.title}</strong>
                    <ul class="changes">
                      ${this.notice.lines.map((l) => html`<li>${l}</li>`)}
                    </ul>
                  </div>
                  <button aria-label="Dismiss summary" @click=${() => (this.notice = null)}>Dismiss</button>
                </div>`
              : nothing}
            <article class="paper">
              <fc-editor @fc-transaction=${this.onTransaction}></fc-editor>
            </article>
          </div></div>
          <aside class="sidebar" aria-label="Claims">
            <section class="card" aria-label="Open claim" @keydown=${this.onPanelKey}>
              ${active
                ? html`<fc-claim-panel
                    .record=${active}
                    .quote=${quote}
                    .claimReviewedDefault=${activeRange && state ? this.sentenceFor(state, activeRange) : ''}
                    ?has-reviewer=${this.reviewer !== ''}
                    @fc-status-change=${this.onStatus}
                    @fc-claim-update=${this.onUpdate}
                    @fc-claim-delete=${this.onDelete}
                    @fc-claim-confirm=${this.onConfirm}
                    @fc-claim-reattach=${this.onReattach}
                  ></fc-claim-panel>`
                : html`<h2 class="section">Claim</h2>
                    <p class="empty-panel">
                      Select the words of a claim in the article and press <strong>Tag claim</strong>
                      (<kbd>${shortcutLabel(SHORTCUTS.tag)}</kbd>), or click a highlight to open it.
                    </p>`}
            </section>
            ${state ? this.renderSuggestions(state) : nothing}
            <section aria-label="All claims">
              <h2 class="section">Claims</h2>
              <fc-claim-list .items=${items} .active=${claims?.active ?? null} @fc-claim-select=${this.onSelectClaim}></fc-claim-list>
            </section>
            <section aria-label="Legend">
              <h2 class="section">Legend</h2>
              <fc-legend></fc-legend>
            </section>
            <details class="help settings">
              <summary>Publishing settings</summary>
              <div class="setting">
                <label for="article-url">This article’s URL</label>
                <input
                  id="article-url"
                  type="url"
                  placeholder="https://…"
                  .value=${this.current?.url ?? ''}
                  @change=${this.setArticleUrl}
                />
                <span class="hint">Used as the target of W3C annotations and in ClaimReview.</span>
              </div>
              <div class="setting">
                <label for="organisation">Organisation</label>
                <input id="organisation" placeholder="Your newsroom" .value=${this.organisation} @change=${this.setOrganisation} />
                <span class="hint">The author of ClaimReview exports.</span>
              </div>
            </details>
            <fc-storage-panel class="help" .storage=${this.storage} @fc-storage=${this.onStorage}></fc-storage-panel>
            <details class="help">
              <summary>Keyboard shortcuts</summary>
              <dl>
                <dt><kbd>${shortcutLabel(SHORTCUTS.tag)}</kbd></dt>
                <dd>Tag the selected text as a claim</dd>
                <dt><kbd>${shortcutLabel('1')}</kbd>…<kbd>7</kbd></dt>
                <dd>Set the open claim’s status (${STATUSES.map((s, i) => `${i + 1} ${s.label}`).join(', ')})</dd>
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
            </details>
          </aside>
        </main>
        ${this.toast
          ? html`<div class="toast">
              <span>${this.toast.message}</span>
              ${this.toast.undo
                ? html`<button
                    @click=${() => {
                      this.toast?.undo?.();
                      this.toast = null;
                      this.announce('Claim restored.');
                    }}
                  >
                    Undo
                  </button>`
                : nothing}
              <button aria-label="Dismiss" @click=${() => (this.toast = null)}>✕</button>
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderNewArticle() {
    return html`<form class="new-article card" @submit=${this.onCreateFromPaste} aria-label="New article">
      <h2 class="section">New article</h2>
      <label for="paste">Paste the article’s text (the first line is the title; a blank line separates paragraphs)</label>
      <textarea id="paste" name="text" aria-label="Article text to paste"></textarea>
      <div class="row">
        <button class="primary" type="submit">Create article</button>
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')?.click()}>
          Open a .txt, .md or .html file…
        </button>
        <button type="button" @click=${() => (this.newArticleOpen = false)}>Cancel</button>
      </div>
    </form>`;
  }

  private renderRevise() {
    return html`<form class="new-article card" @submit=${this.onRevise} aria-label="Update text">
      <h2 class="section">Update text</h2>
      <label for="revised"
        >Paste the new version of this article. Every claim is looked for again; you will see which were kept, which
        changed and which were lost.</label
      >
      <textarea id="revised" name="text" aria-label="New version of the article text"></textarea>
      <div class="row">
        <button class="primary" type="submit">Update text</button>
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#revise-file')?.click()}>
          Open the new version from a file…
        </button>
        <button type="button" @click=${() => (this.reviseOpen = false)}>Cancel</button>
      </div>
    </form>`;
  }

  private renderRevision(summary: RevisionSummary) {
    return html`<div class="banner info revision" role="status">
      <div>
        <strong>Text updated.</strong>
        ${summary.kept} claims kept exactly, ${summary.changed.length} changed, ${summary.orphaned.length}
        orphaned${summary.reattached ? html`, ${summary.reattached} re-attached` : nothing}.
        ${summary.changed.length
          ? html`<ul class="changes">
              ${summary.changed.map((c) => html`<li>Re-check: “${c.oldText}” is now “${c.newText}”</li>`)}
            </ul>`
          : nothing}
        ${summary.orphaned.length
          ? html`<ul class="changes">
              ${summary.orphaned.map((c) => html`<li>Orphaned: “${c.quote}”</li>`)}
            </ul>`
          : nothing}
      </div>
      <div class="row">
        <button
          @click=${() => {
            this.run(undo);
            this.revision = null;
            this.announce('Text update undone.');
          }}
        >
          Undo update
        </button>
        <button aria-label="Dismiss summary" @click=${() => (this.revision = null)}>Dismiss</button>
      </div>
    </div>`;
  }

  private onRevise(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
    if (!text.trim()) {
      this.showError('Nothing to update.', 'Paste the new version of the article first.');
      return;
    }
    this.clearMessages();
    void this.updateText(text);
  }

  private async onReviseFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await this.readFile(file);
    if (text === null) return;
    const kind = articleKindOf(file.name);
    if (!kind) {
      this.showError('The text was not updated.', `“${file.name}” is not a .txt, .md or .html file.`);
      return;
    }
    this.clearMessages();
    await this.updateText(text, kind);
  }

  /** Progress of the open article, as the sidebar shows it. */
  get progress() {
    return this.editorState ? progressOf(claimsOf(this.editorState).records.values()) : null;
  }

  /** The open article's claims as they would be saved (for scripts and tests). */
  get claims(): StoredClaim[] {
    return this.editorState ? storedClaims(this.editorState) : [];
  }

  /** Writes any pending change to IndexedDB now. */
  flush(): Promise<void> {
    return this.saver?.flush() ?? Promise.resolve();
  }
}

/** Web Annotation JSON-LD (or a list of annotations), as opposed to our own format. */
function isW3CLike(data: unknown): boolean {
  const items = Array.isArray(data) ? data : [data];
  return items.length > 0 && items.every((item) => {
    if (!item || typeof item !== 'object') return false;
    const type = (item as { type?: unknown }).type;
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage');
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'factcheck-app': FactcheckApp;
  }
}
