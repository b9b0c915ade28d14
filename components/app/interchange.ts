import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { docText, textMap } from '../../src/article/positions.js';
import { docFromPlainText, articleKindOf } from '../../src/article/parse.js';
import type { Article } from '../../src/article/article.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import { progressOf } from '../../src/claims/progress.js';
import { type AnnotationImportSummary } from '../../src/claims/import-annotations.js';
import { type StoredClaim } from '../../src/claims/record.js';
import type { ArticleRow } from '../../src/store/index.js';
import type { NativeExport } from '../../src/formats/native.js';
import type { W3CAnnotationCollection } from '../../src/formats/w3c.js';
import type { ClaimReview, OmittedClaim } from '../../src/formats/claimreview.js';
import { exportFile, looksLikeW3C, type ExportKind } from '../../src/formats/files.js';
import type { Backup } from '../../src/formats/backup.js';
import { download } from '../download.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';

/** A long operation under way (an import, a restore), shown with a progress bar. */
export interface Busy {
  label: string;
  value: number;
  max: number;
}

/** A native import whose article exists here: the user chooses Merge or Import as a new article. */
export interface PendingImport {
  data: unknown;
  title: string;
}

/** Parses JSON text, or says in a sentence what is wrong with it. */
function parseJSON(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch (error) {
    throw new Error(`The file is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Everything that comes in or goes out as a file: opening .txt/.md/.html
 * articles, importing our JSON (with the merge prompt) and W3C
 * annotations, the exports, backup and restore, and the progress of long
 * operations. Readers that a first visit does not need load on first use.
 */
export class Interchange implements ReactiveController {
  busy: Busy | null = null;
  pendingImport: PendingImport | null = null;
  /** The format writers, loaded by `preload` (the app is ready only once they are). */
  private writers: typeof import('../../src/formats/exporters.js') | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
    private readonly others: { articlesChanged(): void; saved(articleId: string): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get repo() {
    return this.persistence.repo!;
  }

  // ---- exports ----------------------------------------------------------

  /** Loads the format writers; the exports are synchronous once this has resolved. */
  async preload(): Promise<void> {
    this.writers ??= await import('../../src/formats/exporters.js');
  }

  private get write() {
    if (!this.writers) throw new Error('Factcheck Desk is still starting: wait for `ready` before exporting');
    return this.writers;
  }

  exportJSON(): NativeExport {
    const state = this.session.requireState();
    return this.write.exportNative(this.session.articleOf(state), storedClaims(state));
  }

  exportW3C(): W3CAnnotationCollection {
    const state = this.session.requireState();
    const { organisation } = this.session;
    return this.write.exportW3C(this.session.articleOf(state), storedClaims(state), organisation ? { organisation } : {});
  }

  exportClaimReview(): ClaimReview[] {
    return this.claimReviewExport().reviews;
  }

  /** The ClaimReviews, and the verdicts left out with why (Re-check, orphaned, no claimant). */
  private claimReviewExport() {
    const state = this.session.requireState();
    const article = this.session.articleOf(state);
    return this.write.claimReviewExport(article, storedClaims(state), {
      organisation: this.session.organisation || 'Factcheck Desk',
      ...(article.url ? { articleUrl: article.url } : {}),
    });
  }

  exportCSV(): string {
    const state = this.session.requireState();
    return this.write.exportCSV(this.session.articleOf(state), storedClaims(state));
  }

  /** Downloads the open article in one of the formats and says so. */
  download(kind: ExportKind): void {
    const current = this.session.current;
    if (!current) return;
    const { name, type } = exportFile(kind, current.title);
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    let text: string;
    let count: number;
    if (kind === 'json') {
      const data = this.exportJSON();
      [text, count] = [json(data), data.claims.length];
    } else if (kind === 'w3c') {
      const data = this.exportW3C();
      [text, count] = [json(data), data.total];
    } else if (kind === 'claimreview') {
      const { reviews, omitted } = this.claimReviewExport();
      [text, count] = [json(reviews), reviews.length];
      this.reportOmitted(name, reviews.length, omitted);
    } else {
      [text, count] = [this.exportCSV(), storedClaims(this.session.requireState()).length];
    }
    download(this.host, name, text, type);
    this.messages.announce(`Exported ${count} ${kind === 'claimreview' ? 'reviews' : 'claims'} to ${name}.`);
  }

  /** Says how many verdicts the ClaimReview export left out and why, each by its words; with none left out, an earlier such message goes. */
  private reportOmitted(name: string, published: number, omitted: OmittedClaim[]): void {
    if (!omitted.length) {
      if (this.messages.notice?.title.startsWith('ClaimReview:')) this.messages.dismiss('notice');
      return;
    }
    const why = { recheck: 'marked Re-check: its words changed after the verdict', orphaned: 'orphaned: its words are no longer in the article', 'no-claimant': 'no claimant: say who made the claim' };
    this.messages.showNotice(`ClaimReview: ${published} ${published === 1 ? 'review' : 'reviews'} in ${name}; ${omitted.length} ${omitted.length === 1 ? 'verdict' : 'verdicts'} left out.`, [
      ...omitted.map((o) => `“${o.quote}”: ${why[o.reason]}.`),
    ]);
  }

  // ---- our JSON -----------------------------------------------------------

  /** The reader loads on the first import: a first visit does not need it. */
  private async parseNativeOrThrow(data: unknown) {
    const { parseNative } = await import('../../src/formats/native-read.js');
    const result = parseNative(parseJSON(data));
    if (!result.ok) throw new Error(`This file cannot be imported:\n${result.errors.join('\n')}`);
    return result.value;
  }

  /** Imports a native export, saved in one transaction and opened; see `FactcheckApp.importJSON`. */
  async importJSON(data: unknown, options: { onExisting?: 'copy' | 'merge' } = {}): Promise<string> {
    try {
      await this.showProgress('Checking the file…', 0, 3);
      return await this.importChecked(await this.parseNativeOrThrow(data), options);
    } finally {
      this.setBusy(null);
    }
  }

  private async importChecked(parsed: { article: Article; claims: StoredClaim[] }, options: { onExisting?: 'copy' | 'merge' }): Promise<string> {
    await this.showProgress(`Saving ${parsed.claims.length.toLocaleString()} claims…`, 1, 3);
    let { article, claims } = parsed;
    await this.persistence.flush();
    if (await this.repo.hasArticle(article.id)) {
      if (options.onExisting === 'merge') return this.mergeInto(article.id, claims);
      // A second copy gets new ids: claim ids are unique across the database.
      article = { ...article, id: crypto.randomUUID(), title: `${article.title} (imported copy)` };
      claims = claims.map((c) => ({ ...c, id: crypto.randomUUID() }));
    } else {
      claims = await this.ownIds(claims);
    }
    const doc = docFromPlainText(article.text);
    // The Articles list shows its progress before it is first saved here.
    const { total, resolved, openQueries } = progressOf(claims, this.session.desk.rulesOf(article));
    const row: ArticleRow = { ...article, doc: doc.toJSON(), text: docText(doc), progress: { total, resolved, openQueries } };
    await this.repo.saveArticles([{ article: row, claims }], true, (done, total) => {
      this.setBusy({ label: `Saving ${total.toLocaleString()} claims… ${done.toLocaleString()} saved`, value: 1 + done / total, max: 3 });
    });
    await this.session.refreshList();
    this.others.articlesChanged();
    await this.showProgress('Opening the article…', 2, 3);
    await this.session.open(row.id);
    const orphans = claims.filter((c) => c.orphaned).length;
    this.messages.announce(`Imported “${row.title}” with ${claims.length} claims${orphans ? `, ${orphans} orphaned` : ''}.`);
    return row.id;
  }

  /** A claim id another article uses would take that claim away from it: such claims get new ids. */
  private async ownIds(claims: StoredClaim[]): Promise<StoredClaim[]> {
    const taken = await this.repo.claimIdsInUse(claims.map((c) => c.id));
    return taken.size ? claims.map((c) => (taken.has(c.id) ? { ...c, id: crypto.randomUUID() } : c)) : claims;
  }

  /**
   * Merges another copy's claims into an article that exists here (every
   * claim of both sides kept, matched by id; where both changed one, the
   * later wins and the other stays in its history), in one transaction,
   * then opens it and shows what happened.
   */
  private async mergeInto(id: string, incoming: StoredClaim[]): Promise<string> {
    const local = await this.repo.loadArticle(id);
    if (!local) throw new RangeError(`No article with id ${id}`);
    const { mergeClaims } = await import('../../src/formats/merge.js');
    const { claims, summary } = mergeClaims(local.claims, incoming, local.article.text);
    await this.repo.saveArticle({ article: { ...local.article, updatedAt: new Date().toISOString() }, claims });
    await this.session.refreshList();
    this.others.saved(id);
    await this.session.open(id);
    const lines = [
      `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.conflicts.length} edited on both sides.`,
      ...summary.conflicts.map(
        (c) => `“${c.quote}”: both copies changed it; the ${c.kept === 'local' ? 'version here' : 'imported version'} is newer and was kept; the other one is shown on the claim, to adopt or dismiss.`,
      ),
    ];
    this.messages.showNotice(`Merged into “${local.article.title}”.`, lines);
    this.messages.announce(`Merged: ${lines[0]}`);
    return id;
  }

  /** The user chose what to do with an import whose article is already here. */
  async resolvePendingImport(choice: 'merge' | 'copy' | null): Promise<void> {
    const pending = this.pendingImport;
    this.pendingImport = null;
    this.host.requestUpdate();
    if (!pending || !choice) return;
    try {
      await this.importJSON(pending.data, { onExisting: choice });
    } catch (error) {
      this.messages.failed(error, 'Nothing was imported.', 'The import was not saved');
    }
  }

  // ---- W3C annotations ----------------------------------------------------

  /** Anchors W3C Web Annotations into the open article; see `FactcheckApp.importW3C`. */
  async importW3C(data: unknown): Promise<AnnotationImportSummary & { skipped: string[] }> {
    const state = this.session.requireState();
    const value = parseJSON(data);
    const [{ parseW3C }, { importAnnotations }] = await Promise.all([import('../../src/formats/w3c-import.js'), import('../../src/claims/import-annotations.js')]);
    const result = parseW3C(value, textMap(state.doc).text);
    if (!result.ok) throw new Error(`These annotations cannot be imported:\n${result.errors.join('\n')}`);
    const { tr, summary } = importAnnotations(state, result.annotations);
    this.host.editor!.dispatch(tr);
    const lines = [
      `${summary.exact} placed exactly, ${summary.approximate} on similar words (marked Re-check), ${summary.orphaned} not found (listed under Orphaned).`,
      ...result.skipped.map((s) => `Skipped: ${s}`),
    ];
    this.messages.showNotice(`Imported ${result.annotations.length} annotations.`, lines);
    this.messages.announce(`Imported ${result.annotations.length} annotations. ${lines[0]}`);
    return { ...summary, skipped: result.skipped };
  }

  // ---- files ----------------------------------------------------------------

  /** The file checks (type, size, UTF-8) load with the first file opened. Null, with a message shown, when the file is refused. */
  async readFile(file: File): Promise<string | null> {
    const [{ checkImportFile }, bytes] = await Promise.all([import('../../src/formats/import-file.js'), file.arrayBuffer()]);
    const check = checkImportFile(bytes, file.name);
    if (!check.ok) {
      this.messages.showError('That file was not opened.', check.error);
      return null;
    }
    return check.text;
  }

  /** A file chosen with "Open file…" or "Import…": an article (.txt, .md, .html) or an import (.json, .jsonld). Resolves true when an article was created. */
  async openFile(file: File): Promise<boolean> {
    const text = await this.readFile(file);
    if (text === null) return false;
    if (/\.jsonl?d?$/i.test(file.name)) {
      await this.importText(text);
      return false;
    }
    const kind = articleKindOf(file.name);
    if (!kind) {
      this.messages.showError('That file was not opened.', `“${file.name}” is not a .txt, .md, .html or .json file.`);
      return false;
    }
    this.messages.dismiss('error');
    try {
      await this.session.create(kind, text);
      return true;
    } catch (error) {
      this.messages.storageFailed(error, 'The article was not saved');
      return false;
    }
  }

  /** Reads an imported JSON file: our format (new article or merge), or W3C annotations for the open article. */
  async importText(text: string): Promise<void> {
    this.messages.dismiss('error');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      this.messages.showError('Nothing was imported.', `The file is not valid JSON: ${(error as Error).message}`);
      return;
    }
    try {
      if (looksLikeW3C(data)) {
        await this.importW3C(data);
        return;
      }
      const { article } = await this.parseNativeOrThrow(data);
      if (await this.repo.hasArticle(article.id)) {
        this.pendingImport = { data, title: article.title };
        this.host.requestUpdate();
        this.messages.announce(`“${article.title}” is already here. Choose Merge or Import as a new article.`);
        return;
      }
      await this.importJSON(data);
    } catch (error) {
      this.messages.failed(error, 'Nothing was imported.', 'The import was not saved');
    }
  }

  // ---- backup ---------------------------------------------------------------

  /** Every article and its claims, as one backup object. */
  async backup(): Promise<Backup> {
    const { exportBackup } = await import('../../src/formats/backup.js');
    await this.persistence.flush();
    const all = [];
    for (const meta of await this.repo.listArticles()) {
      const snapshot = await this.repo.loadArticle(meta.id);
      if (!snapshot) continue;
      const { doc: _doc, ...article } = snapshot.article;
      all.push({ article, claims: snapshot.claims });
    }
    return exportBackup(all);
  }

  /** Restores a backup (validated, merged, one transaction); see `FactcheckApp.restore`. */
  async restore(data: unknown): Promise<{ added: number; merged: number }> {
    const value = parseJSON(data);
    const [{ parseBackup }, { mergeClaims }] = await Promise.all([import('../../src/formats/backup.js'), import('../../src/formats/merge.js')]);
    const result = parseBackup(value);
    if (!result.ok) throw new Error(`This backup cannot be restored:\n${result.errors.join('\n')}`);
    try {
      await this.persistence.flush();
      const snapshots = [];
      let added = 0;
      let merged = 0;
      for (const [i, { article, claims }] of result.articles.entries()) {
        await this.showProgress(`Checking article ${i + 1} of ${result.articles.length}…`, i, result.articles.length + 1);
        const local = await this.repo.loadArticle(article.id);
        if (local) {
          merged++;
          snapshots.push({ article: local.article, claims: mergeClaims(local.claims, claims, local.article.text).claims });
        } else {
          added++;
          const doc = docFromPlainText(article.text);
          snapshots.push({ article: { ...article, doc: doc.toJSON() as unknown, text: docText(doc) }, claims: await this.ownIds(claims) });
        }
      }
      await this.showProgress('Saving…', result.articles.length, result.articles.length + 1);
      await this.repo.saveArticles(snapshots, true);
      await this.session.refreshList();
      this.others.articlesChanged();
      if (this.session.current) await this.session.open(this.session.current.id);
      this.messages.showNotice('Backup restored.', [`${added} articles added, ${merged} merged with the copies here.`]);
      this.messages.announce(`Backup restored: ${added} articles added, ${merged} merged.`);
      void this.persistence.requestPersistence();
      return { added, merged };
    } finally {
      this.setBusy(null);
    }
  }

  /** Downloads a backup of everything. */
  async backupFile(): Promise<void> {
    try {
      const data = await this.backup();
      const name = `factcheck-desk-backup-${data.exportedAt.slice(0, 10)}.json`;
      download(this.host, name, `${JSON.stringify(data)}\n`, 'application/json');
      this.messages.announce(`Backed up ${data.articles.length} articles to ${name}.`);
    } catch (error) {
      this.messages.storageFailed(error, 'The backup was not made');
    }
  }

  /** Restores from a chosen backup file, with the problems shown when it is refused. */
  async restoreFile(file: File): Promise<void> {
    const text = await this.readFile(file);
    if (text === null) return;
    this.messages.dismiss('error');
    try {
      await this.restore(text);
    } catch (error) {
      this.messages.failed(error, 'Nothing was restored.', 'The backup was not restored');
    }
  }

  // ---- progress -------------------------------------------------------------

  private setBusy(busy: Busy | null): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  /** Shows progress and lets the page paint before the next step. */
  private async showProgress(label: string, value: number, max: number): Promise<void> {
    this.setBusy({ label, value, max });
    await this.host.updateComplete;
    // A hidden page gets no frame until it is shown: the import goes on without one.
    await new Promise((resolve) => (document.hidden ? setTimeout(resolve) : requestAnimationFrame(() => setTimeout(resolve))));
  }
}
