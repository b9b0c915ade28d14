import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storedClaims } from '../../src/claims/snapshot.js';
import { type AnnotationImportSummary } from '../../src/claims/import-annotations.js';
import type { NativeExport } from '../../src/formats/native.js';
import type { W3CAnnotationCollection } from '../../src/formats/w3c.js';
import type { ClaimReview, OmittedClaim } from '../../src/formats/claimreview.js';
import { exportFile, type ExportKind } from '../../src/formats/files.js';
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
export function parseJSON(data: unknown): unknown {
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
    readonly host: ReactiveControllerHost & SessionHost,
    readonly session: ArticleSession,
    readonly persistence: Persistence,
    readonly messages: Messages,
    readonly others: { articlesChanged(): void; saved(articleId: string): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

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

  // ---- files: loaded with the first one ------------------------------------

  private transfers: Promise<import('./file-transfers.js').FileTransfers> | null = null;

  private files() {
    return (this.transfers ??= import('./file-transfers.js').then((m) => new m.FileTransfers(this)));
  }

  /** Imports a native export, saved in one transaction and opened; see `FactcheckApp.importJSON`. */
  async importJSON(data: unknown, options: { onExisting?: 'copy' | 'merge' } = {}): Promise<string> {
    return (await this.files()).importJSON(data, options);
  }

  /** The user chose what to do with an import whose article is already here. */
  async resolvePendingImport(choice: 'merge' | 'copy' | null): Promise<void> {
    return (await this.files()).resolvePendingImport(choice);
  }

  /** Anchors W3C Web Annotations into the open article; see `FactcheckApp.importW3C`. */
  async importW3C(data: unknown): Promise<AnnotationImportSummary & { skipped: string[] }> {
    return (await this.files()).importW3C(data);
  }

  /** The file checks (type, size, UTF-8) of a file chosen; null, with a message shown, when it is refused. */
  async readFile(file: File): Promise<string | null> {
    return (await this.files()).readFile(file);
  }

  /** A file chosen with "Open file…" or "Import…"; resolves true when an article was created. */
  async openFile(file: File): Promise<boolean> {
    return (await this.files()).openFile(file);
  }

  /** Every article and its claims, as one backup object. */
  async backup(): Promise<Backup> {
    return (await this.files()).backup();
  }

  /** Restores a backup (validated, merged, one transaction); see `FactcheckApp.restore`. */
  async restore(data: unknown): Promise<{ added: number; merged: number }> {
    return (await this.files()).restore(data);
  }

  /** Storage and backup's buttons: keep the data (persistent storage), back up to a file, restore from one. */
  storageAction(action: string, file?: File): void {
    if (action === 'persist') void this.persistence.requestPersistence();
    else if (action === 'backup') void this.backupFile();
    else if (file) void this.restoreFile(file);
  }

  async backupFile(): Promise<void> {
    return (await this.files()).backupFile();
  }

  async restoreFile(file: File): Promise<void> {
    return (await this.files()).restoreFile(file);
  }

  // ---- progress -------------------------------------------------------------

  setBusy(busy: Busy | null): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  /** Shows progress and lets the page paint before the next step. */
  async showProgress(label: string, value: number, max: number): Promise<void> {
    this.setBusy({ label, value, max });
    await this.host.updateComplete;
    // A hidden page gets no frame until it is shown: the import goes on without one.
    await new Promise((resolve) => (document.hidden ? setTimeout(resolve) : requestAnimationFrame(() => setTimeout(resolve))));
  }
}
