import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EditorState, type Command, type Plugin, type Transaction } from 'prosemirror-state';
import { Node as PMNode } from 'prosemirror-model';
import { history, undo, redo, undoDepth, redoDepth } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { articleSchema } from '../../src/article/schema.js';
import { docText, textMap } from '../../src/article/positions.js';
import { parseArticle, docFromPlainText, type ArticleFileKind } from '../../src/article/parse.js';
import type { Article, ArticleMeta, ArticleProgress } from '../../src/article/article.js';
import { claimsKey, claimsOf } from '../../src/claims/state.js';
import type { LoadAction } from '../../src/claims/actions.js';
import { claimsPlugin } from '../../src/claims/plugin.js';
import { claimCuesPlugin } from '../../src/claims/cues.js';
import { setReviewer } from '../../src/claims/commands.js';
import { progressOf } from '../../src/claims/progress.js';
import { isArticleChange, markSignOffStale } from '../../src/claims/signoff.js';
import type { ClaimRecord } from '../../src/claims/record.js';
import { DEFAULT_STATUSES } from '../../src/claims/status.js';
import { storedClaims, loadClaims, loadClaimsTransaction } from '../../src/claims/snapshot.js';
import { docJSONWithoutClaims } from '../../src/claims/marks.js';
import { type RevisionSummary } from '../../src/claims/revise.js';
import { suggestionsPlugin, suggestionsKey, loadDismissed } from '../../src/suggestions/index.js';
import { ChangeTracker, type PendingWrite } from '../../src/store/changes.js';
import { savePlugin } from '../../src/store/save-plugin.js';
import type { ArticleRow } from '../../src/store/schema.js';
import type { FcEditor } from '../fc-editor.js';
import { ListItems } from '../list-items.js';
import { isHttpUrl } from '../format.js';
import type { DeskRules } from '../statuses.js';
import { DeskSettings } from './desk-settings.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';
import type { TeamDesk } from './team.js';
import type { LiveArticle } from './live-article.js';

/** The app as the session sees it: the editor it shows articles in, and the article opened on first run. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  readonly editor: FcEditor | null;
  readonly sample: string;
}

/** What the session tells the rest of the app. */
export interface SessionEvents {
  /** The list of articles changed here (created, renamed, deleted): other tabs must hear. */
  articlesChanged(deleted?: string): void;
  /** A claim was clicked in the article and opened. */
  activated(id: string): void;
  /** Ctrl+Alt+M in the article; false when nothing was tagged. */
  tag(): boolean;
  /** Ctrl+Z: undoes a change to several claims when it is the last change; false leaves Ctrl+Z to the text's history. */
  undo(): boolean;
}

/**
 * The open article and the articles around it: the editor state (the one
 * source of every claim), opening, creating, switching, renaming and
 * deleting articles, a new version of the text, who is working, and what a
 * save of the open article writes.
 */
export class ArticleSession implements ReactiveController {
  editorState: EditorState | null = null;
  articles: ArticleMeta[] = [];
  current: ArticleMeta | null = null;
  /** Who is working: written into every history entry. */
  reviewer = '';
  /** The newsroom: the author of ClaimReview exports. */
  organisation = '';
  /** What the last "Update text" did, until dismissed. */
  revision: RevisionSummary | null = null;
  /** What of the open article is in IndexedDB. */
  tracker: ChangeTracker | null = null;
  /** The sidebar's entries, kept from render to render. */
  items = new ListItems();
  /** The newsroom's statuses and second-check rule. */
  readonly desk = new DeskSettings(() => this.persistence.settings);
  /** The progress last written with each set of records, so a save after typing does not count the claims again. */
  private progressMemo = new WeakMap<ReadonlyMap<string, ClaimRecord>, { rules: DeskRules; progress: ArticleProgress }>();

  constructor(
    private readonly host: SessionHost,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
    private readonly team: TeamDesk,
    private readonly events: SessionEvents,
  ) {
    host.addController(this);
    team.onSynced = () => void this.syncedShared();
  }

  hostConnected(): void {}

  /** Reads who is working and the articles, and opens `linked` (a shared article from a link), else the last article (or the sample on first run). */
  async start(linked: string | null = null): Promise<void> {
    const { settings, repo } = this.persistence;
    // Independent reads, one round trip to IndexedDB instead of four.
    const [reviewer, organisation, articles, last] = await Promise.all([
      settings!.get('reviewer'),
      settings!.get('organisation'),
      repo!.listArticles(),
      settings!.get('lastArticle'),
      this.desk.load(),
    ]);
    this.reviewer = reviewer ?? '';
    this.organisation = organisation ?? '';
    this.articles = articles;
    if (linked) return this.openShared(linked);
    let id = last ?? null;
    if (!id || !this.articles.some((a) => a.id === id)) id = this.articles[0]?.id ?? null;
    if (id) await this.open(id);
    else await this.openSample();
  }

  /**
   * Opens a shared article of the team, making this browser's copy of it
   * first if there is none (an article opened from a link or the team's
   * list): it fills in as the server sends it.
   */
  async openShared(id: string, title = 'Shared article'): Promise<void> {
    if (!(await this.repo.hasArticle(id))) {
      const now = new Date().toISOString();
      const doc = docFromPlainText('');
      await this.repo.saveArticle({ article: { id, title, createdAt: now, updatedAt: now, shared: true, doc: doc.toJSON(), text: docText(doc) }, claims: [] });
      await this.refreshList();
    }
    await this.open(id);
  }

  /**
   * Shares the open article with the team: its shared document starts as the
   * article is here (its text, every claim), the server is told, and the
   * article opens live. Resolves to the link that opens it in another
   * browser; rejects when there is no team token or the server refuses.
   * (Loaded with the first share.)
   */
  async share(): Promise<string> {
    const { shareArticle } = await import('./sharing.js');
    return shareArticle(this, this.team, this.persistence, this.repo);
  }

  /** Share from the toolbar: the link is shown (and copied where the browser lets the page). */
  async shareFromToolbar(): Promise<void> {
    try {
      const link = await this.share();
      this.messages.showNotice('Shared with the team.', [`Anyone on the team with this link opens the article, live: ${link}`]);
      await navigator.clipboard?.writeText(link).catch(() => undefined);
      this.messages.announce('Shared with the team. The link is in the message above the article.');
    } catch (error) {
      this.messages.failed(error, 'The article was not shared.', 'The article was not shared');
    }
  }

  /** The Articles list: the articles in this browser, and the team's shared articles not opened here yet. */
  listed(): ArticleMeta[] {
    const here = new Set(this.articles.map((a) => a.id));
    const team = this.team.articles.filter((a) => !here.has(a.id)).map((a) => ({ ...a, createdAt: a.updatedAt, shared: true }));
    return team.length ? [...this.articles, ...team] : this.articles;
  }

  /** Opens an article of the Articles list (a team's article is copied here first); a failure is shown. */
  async openListed(id: string): Promise<void> {
    const team = this.team.articles.find((a) => a.id === id);
    try {
      if (team && !this.articles.some((a) => a.id === id)) await this.openShared(id, team.title);
      else await this.open(id);
    } catch (error) {
      this.messages.failed(error, 'The article was not opened.', 'The article was not opened');
    }
  }

  get repo() {
    return this.persistence.repo!;
  }

  /** Runs a ProseMirror command against the editor; false when there is no article or it did not apply. */
  run(command: Command): boolean {
    const editor = this.host.editor;
    if (!editor?.state) return false;
    return editor.run(command);
  }

  /** The open article's state; throws when none is open (API calls before `ready`). */
  requireState(): EditorState {
    if (!this.editorState || !this.current) throw new Error('No article is open');
    return this.editorState;
  }

  /** The rules the open article is checked by: its own statuses, else the newsroom's. */
  get rules(): DeskRules {
    return this.desk.rulesFor(this.current);
  }

  /**
   * The open article as the formats take it: its metadata and its plain
   * text, with the statuses it is checked by when they are not the
   * built-ins, so an export keeps its claims' meaning.
   */
  articleOf(state: EditorState): Article {
    const { statuses } = this.rules;
    return { ...this.current!, text: textMap(state.doc).text, ...(statuses !== DEFAULT_STATUSES ? { statuses } : {}) };
  }

  async openSample(): Promise<void> {
    let text: string;
    try {
      const response = await fetch(new URL(this.host.sample, document.baseURI));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      text = await response.text();
    } catch (error) {
      this.messages.showError('The sample article could not be loaded.', `${this.host.sample}: ${(error as Error).message}`);
      text = 'Untitled article\n\nPaste or open an article to begin.';
    }
    await this.create('text', text);
  }

  /** Creates an article from text and opens it; resolves to its id. */
  async create(kind: ArticleFileKind, text: string, url?: string): Promise<string> {
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
    await this.repo.saveArticle({ article: row, claims: [] });
    await this.refreshList();
    this.events.articlesChanged();
    await this.open(row.id);
    this.messages.announce(`Opened “${row.title}”.`);
    return row.id;
  }

  /**
   * Opens a saved article in the editor, after saving the one open now. A
   * shared article opens from this browser's copy of its shared document,
   * connected live to the team.
   */
  async open(id: string, seed?: { text: PMNode; records: Iterable<ClaimRecord>; meta: ArticleMeta }): Promise<void> {
    await this.persistence.flush();
    const [snapshot, dismissed = []] = await Promise.all([this.repo.loadArticle(id), this.repo.getMeta<string[]>(`dismissed:${id}`)]);
    if (!snapshot) throw new RangeError(`No article with id ${id}`);
    const { doc: _json, text: _text, ...meta } = snapshot.article;
    let live: LiveArticle | null = null;
    if (meta.shared) live = await this.team.open(id, articleSchema, this.repo, seed);
    else this.team.close();
    const doc = live?.text ?? this.docFromRow(snapshot.article);
    let state = EditorState.create({ doc, plugins: this.plugins(live) });
    const load: LoadAction = live ? { type: 'load', records: live.records, ranges: [] } : await loadClaims(doc, snapshot.claims);
    state = state.apply(live ? state.tr.setMeta(claimsKey, load).setMeta('addToHistory', false) : loadClaimsTransaction(state, load));
    loadDismissed(dismissed)(state, (tr) => (state = state.apply(tr)));
    this.current = meta;
    this.revision = null;
    // What is in IndexedDB now; claims the loader re-anchored differ from it and are saved at once.
    this.tracker = new ChangeTracker(id, claimsOf(state).textVersion, snapshot.claims);
    if (live || load.relocated) this.persistence.schedule(() => this.pendingWrite(state));
    this.editorState = state;
    this.items = new ListItems();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.editor!.load(state);
    if (live) this.team.presence(this.reviewer, null);
    this.persistence.setState('saved');
    this.persistence.settings!.set('lastArticle', id).catch((e) => this.messages.storageFailed(e, 'The open article was not remembered'));
  }

  /** An article's stored document; one the schema cannot read is rebuilt from its plain text, which the offsets point into. */
  docFromRow(row: ArticleRow): PMNode {
    try {
      const doc = PMNode.fromJSON(articleSchema, row.doc);
      if (docText(doc) === row.text) return doc;
    } catch {
      // Fall through to the plain text.
    }
    return docFromPlainText(row.text);
  }

  /** The editor's plugins; a shared article's bind it to the shared document (and undo one's own changes only). */
  private plugins(live: LiveArticle | null): Plugin[] {
    return [
      // Ctrl+Z first undoes a change to several claims while it is the last change (false leaves it to the history).
      keymap({ 'Mod-z': () => this.events.undo() }),
      ...(live ? live.plugins : [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo })]),
      keymap({ 'Mod-Alt-m': () => this.events.tag() }),
      keymap(baseKeymap),
      claimsPlugin({ reviewer: this.reviewer, onActivate: (id) => this.events.activated(id), ...(live ? { isRemote: live.isRemote } : {}) }),
      claimCuesPlugin(),
      suggestionsPlugin(),
      savePlugin((state) => this.persistence.schedule(() => this.pendingWrite(state()))),
    ];
  }

  /** What a save of the open article writes: what changed since the tracker's baseline. */
  pendingWrite(state: EditorState): PendingWrite {
    const article = { ...this.current!, updatedAt: new Date().toISOString(), progress: this.progressOf(state) };
    // Stored documents hold the text and its formatting; claims are stored with their offsets.
    return this.tracker!.delta(article, claimsOf(state).textVersion, () => ({ doc: docJSONWithoutClaims(state.doc), text: docText(state.doc) }), storedClaims(state));
  }

  /** Undo and redo: of text edits in a local article; of one's own changes in a shared one. */
  undo(): boolean {
    return this.run(this.team.history?.undo ?? undo);
  }

  redo(): boolean {
    return this.run(this.team.history?.redo ?? redo);
  }

  canUndo(state: EditorState): boolean {
    return this.team.history ? this.team.history.canUndo(state) : undoDepth(state) > 0;
  }

  canRedo(state: EditorState): boolean {
    return this.team.history ? this.team.history.canRedo(state) : redoDepth(state) > 0;
  }

  /** The open shared article synced with the team: its title may have come with it (an article opened from a link). */
  private async syncedShared(): Promise<void> {
    const current = this.current;
    const shared = this.team.live?.meta();
    if (!current || !shared?.title || shared.title === current.title) return;
    try {
      await this.repo.updateArticle(current.id, { title: shared.title });
      this.current = { ...current, title: shared.title };
      await this.refreshList();
    } catch (error) {
      this.messages.storageFailed(error, 'The shared article’s title was not kept');
    }
  }

  /** What the Articles list shows of the open article, under the rules it is checked by. */
  private progressOf(state: EditorState): ArticleProgress {
    const { records } = claimsOf(state);
    const rules = this.rules;
    const known = this.progressMemo.get(records);
    if (known?.rules === rules) return known.progress;
    const { total, resolved, openQueries } = progressOf(records.values(), rules);
    const progress = { total, resolved, openQueries };
    this.progressMemo.set(records, { rules, progress });
    return progress;
  }

  /**
   * The editor applied a transaction: the session follows it (and
   * remembers dismissed suggestions). A change to the text or a claim
   * makes a sign-off stale; the save that change schedules writes it.
   */
  follow(state: EditorState, tr?: Transaction): void {
    const before = this.editorState && suggestionsKey.getState(this.editorState)?.dismissed;
    const signOff = this.current?.signOff;
    if (signOff && !signOff.stale && tr && isArticleChange(tr)) this.current = { ...this.current!, signOff: markSignOffStale(signOff) };
    const claims = claimsOf(state);
    if (this.team.live && (!this.editorState || claimsOf(this.editorState).active !== claims.active)) this.team.presence(this.reviewer, claims.active);
    this.editorState = state;
    this.items.touch(claimsOf(state).touched);
    const after = suggestionsKey.getState(state)?.dismissed;
    if (before && after && before !== after && this.current) {
      this.repo.setMeta(`dismissed:${this.current.id}`, [...after]).catch((error) => this.messages.storageFailed(error, 'The dismissed suggestions were not saved'));
    }
    this.host.requestUpdate();
  }

  async refreshList(): Promise<void> {
    this.articles = await this.repo.listArticles();
    this.host.requestUpdate();
  }

  /** A save landed: the article moves to the top of the list with its new time. */
  touch(article: ArticleMeta): void {
    if (this.current?.id === article.id) this.current = { ...this.current, updatedAt: article.updatedAt };
    const i = this.articles.findIndex((a) => a.id === article.id);
    if (i >= 0) {
      // The list's own title and address stay (a rename since is newer); what the save wrote of the checking is new.
      const { signOff, progress } = article;
      const { signOff: _old, ...listed } = this.articles[i]!;
      const next: ArticleMeta = { ...listed, updatedAt: article.updatedAt, ...(signOff ? { signOff } : {}), ...(progress ? { progress } : {}) };
      this.articles = [next, ...this.articles.filter((_, j) => j !== i)];
    }
    this.host.requestUpdate();
  }

  async rename(id: string, title: string): Promise<void> {
    try {
      await this.persistence.flush();
      await this.repo.updateArticle(id, { title });
      if (this.current?.id === id) {
        this.current = { ...this.current, title };
        this.team.live?.setMeta(this.current);
      }
      await this.refreshList();
      this.events.articlesChanged();
      this.messages.announce(`Renamed to “${title}”.`);
    } catch (error) {
      this.messages.storageFailed(error, 'The article was not renamed');
    }
  }

  async delete(id: string): Promise<void> {
    try {
      const title = this.articles.find((a) => a.id === id)?.title ?? 'The article';
      // Its pending change must not be written back after the delete.
      if (this.current?.id === id) await this.persistence.flush();
      await this.repo.deleteArticle(id);
      await this.refreshList();
      this.events.articlesChanged(id);
      if (this.current?.id === id) {
        const next = this.articles[0];
        if (next) await this.open(next.id);
        else await this.openSample();
      }
      this.messages.announce(`Deleted “${title}”.`);
    } catch (error) {
      this.messages.storageFailed(error, 'The article was not deleted');
    }
  }

  /**
   * Replaces the open article's text with a new version and re-anchors
   * every claim (one undoable step); resolves to what happened to them.
   */
  async updateText(text: string, kind: ArticleFileKind = 'text'): Promise<RevisionSummary> {
    const { doc } = parseArticle(kind, text);
    // Re-anchoring loads with the first revision: opening an article does not need it.
    const { reviseArticle } = await import('../../src/claims/revise.js');
    const state = this.requireState();
    const { tr, summary } = reviseArticle(state, doc);
    this.host.editor!.dispatch(tr);
    this.revision = summary;
    const parts = [`${summary.kept} kept exactly`, `${summary.changed.length} changed`, `${summary.orphaned.length} orphaned`];
    if (summary.reattached) parts.push(`${summary.reattached} re-attached`);
    this.messages.announce(`Text updated: ${parts.join(', ')}.`);
    this.host.requestUpdate();
    return summary;
  }

  /** Undoes the last "Update text" from its summary. */
  undoRevision(): void {
    this.undo();
    this.dismissRevision();
    this.messages.announce('Text update undone.');
  }

  dismissRevision(): void {
    this.revision = null;
    this.host.requestUpdate();
  }

  async setReviewer(name: string): Promise<void> {
    if (name === this.reviewer) return;
    this.reviewer = name;
    this.run(setReviewer(name));
    if (this.editorState) this.team.presence(name, claimsOf(this.editorState).active);
    this.host.requestUpdate();
    try {
      await this.persistence.settings?.set('reviewer', name);
    } catch (error) {
      this.messages.storageFailed(error, 'Your name was not saved');
    }
  }

  /** Publishing settings: the article's address or the organisation. */
  setting(name: 'url' | 'organisation', value: string): void {
    if (name === 'url') void this.setUrl(value, isHttpUrl);
    else void this.setOrganisation(value);
  }

  async setOrganisation(name: string): Promise<void> {
    this.organisation = name;
    this.host.requestUpdate();
    try {
      await this.persistence.settings?.set('organisation', name);
    } catch (error) {
      this.messages.storageFailed(error, 'The organisation name was not saved');
    }
  }

  /** Sets the open article's URL (the target of W3C annotations and ClaimReview); empty removes it. */
  async setUrl(url: string, isHttp: (url: string) => boolean): Promise<void> {
    if (!this.current) return;
    if (url && !isHttp(url)) {
      this.messages.showError('The article URL was not saved.', `“${url}” is not an http: or https: address.`);
      return;
    }
    try {
      await this.persistence.flush();
      await this.repo.updateArticle(this.current.id, { url });
      const { url: _old, ...rest } = this.current;
      this.current = url ? { ...rest, url } : rest;
      this.host.requestUpdate();
    } catch (error) {
      this.messages.storageFailed(error, 'The article URL was not saved');
    }
  }
}
