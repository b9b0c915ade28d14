import { docText, textMap } from '../../src/article/positions.js';
import { docFromPlainText, articleKindOf } from '../../src/article/parse.js';
import type { Article } from '../../src/article/article.js';
import type { AnnotationImportSummary } from '../../src/claims/import-annotations.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import { progressOf } from '../../src/claims/progress.js';
import type { ArticleRow } from '../../src/store/schema.js';
import { looksLikeW3C } from '../../src/formats/files.js';
import type { Backup } from '../../src/formats/backup.js';
import { download } from '../download.js';
import { parseJSON, type Interchange } from './interchange.js';

/**
 * What `Interchange` does with files that come in (and backups that go
 * out): imports of our JSON (with the merge prompt) and of W3C
 * annotations, opening article files, backup and restore. Loaded with the
 * first of them: a first visit needs none.
 */
export class FileTransfers {
  constructor(private readonly x: Interchange) {}

  private get host() {
    return this.x.host;
  }
  private get session() {
    return this.x.session;
  }
  private get persistence() {
    return this.x.persistence;
  }
  private get messages() {
    return this.x.messages;
  }
  private get others() {
    return this.x.others;
  }
  private get repo() {
    return this.x.persistence.repo!;
  }
  private setBusy(busy: Parameters<Interchange['setBusy']>[0]) {
    this.x.setBusy(busy);
  }
  private showProgress(label: string, value: number, max: number) {
    return this.x.showProgress(label, value, max);
  }
  private get pendingImport() {
    return this.x.pendingImport;
  }
  private set pendingImport(value) {
    this.x.pendingImport = value;
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
    let summary: ReturnType<typeof mergeClaims>['summary'];
    if (local.article.shared) {
      // A shared article's claims live in its shared document: the merge
      // goes through the editor, whose claims sync sends it to the team.
      await this.session.open(id);
      const state = this.session.requireState();
      const merged = mergeClaims(storedClaims(state), incoming, textMap(state.doc).text);
      summary = merged.summary;
      const { applyRemoteClaims } = await import('../../src/claims/remote.js');
      const { tr } = applyRemoteClaims(state, merged.claims, []);
      if (tr) this.host.editor!.dispatch(tr);
    } else {
      const merged = mergeClaims(local.claims, incoming, local.article.text);
      summary = merged.summary;
      await this.repo.saveArticle({ article: { ...local.article, updatedAt: new Date().toISOString() }, claims: merged.claims });
      await this.session.refreshList();
      this.others.saved(id);
      await this.session.open(id);
    }
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
}
