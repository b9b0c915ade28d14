import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textMap } from '../../src/article/positions.js';
import { replaceChanged } from '../../src/article/diff.js';
import { claimsOf } from '../../src/claims/state.js';
import { statusOf } from '../statuses.js';
import { withoutClaimMarks } from '../../src/claims/marks.js';
import { type StoredClaim } from '../../src/claims/record.js';
import type { ArticleMeta } from '../../src/article/article.js';
import { TabSync, type SyncMessage } from '../../src/store/tab-sync.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';

/**
 * Several tabs of the same browser on the same articles. A tab announces
 * what it wrote; the others read it back from IndexedDB: claims merge in
 * (the later change of a claim wins, and the user hears when it was one of
 * theirs), new text replaces this tab's unless this tab has unsaved changes.
 */
export class TabSyncController implements ReactiveController {
  private tabs: TabSync | null = null;
  /** Claims this tab changed, so a later change from another tab can say it overwrote ours. */
  private readonly editedHere = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.tabs?.close();
    this.tabs = null;
  }

  /** Starts listening to the other tabs of database `dbName`. */
  start(dbName: string): void {
    this.tabs = new TabSync(dbName, (message) => void this.onRemote(message));
  }

  /** This tab changed claim `id`: a later change to it from another tab will say so. */
  edited(id: string): void {
    this.editedHere.add(id);
  }

  articlesChanged(deleted?: string): void {
    this.tabs?.articlesChanged(deleted);
  }

  /** This tab saved: the others read it back. Claims another tab had saved later were kept: say so. */
  saved(articleId: string, document: boolean, skipped: readonly string[]): void {
    this.tabs?.saved(articleId, document);
    if (!skipped.length) return;
    this.messages.showToast(
      skipped.length === 1
        ? 'A later change to this claim, made in another tab, was kept instead of yours.'
        : `Later changes to ${skipped.length} claims, made in another tab, were kept instead of yours.`,
    );
    if (this.session.current?.id === articleId) void this.refreshFromStore(false);
  }

  private async onRemote(message: SyncMessage) {
    try {
      if (message.type === 'articles') {
        await this.session.refreshList();
        if (message.deleted && message.deleted === this.session.current?.id) {
          this.messages.showError('This article was deleted in another tab.', 'Its claims are still on this page until you open another article: use Export JSON to keep a copy.');
        }
        return;
      }
      if (message.articleId !== this.session.current?.id) {
        await this.session.refreshList();
        return;
      }
      // A shared article's tabs are in step through its shared document.
      if (this.session.current.shared) return;
      await this.refreshFromStore(message.document);
    } catch (error) {
      this.messages.storageFailed(error, 'Changes from another tab could not be read');
    }
  }

  /** Brings the open article in step with what IndexedDB holds after another tab saved it. */
  private async refreshFromStore(documentChanged: boolean) {
    const { session } = this;
    const current = session.current;
    if (!current || !session.tracker) return;
    const snapshot = await this.persistence.repo!.loadArticle(current.id);
    // Read the state after the await: the user may have changed it meanwhile.
    const state = session.editorState;
    if (!snapshot || !state || session.current?.id !== current.id) return;
    if (documentChanged && snapshot.article.text !== textMap(state.doc).text) {
      if (this.persistence.saver?.dirty) {
        this.messages.showToast('This article’s text was also changed in another tab; this tab’s version is being saved over it.');
        return;
      }
      // Only the changed part is replaced (compared without this tab's
      // claims, which the stored document does not carry), so the
      // selection, the claims and this tab's undo history map through it
      // like through an edit.
      const next = session.docFromRow(snapshot.article);
      this.host.editor!.dispatch(replaceChanged(state.tr, next, withoutClaimMarks(state.doc)).setMeta('addToHistory', false));
      session.tracker.absorbDocument(claimsOf(session.editorState!).textVersion);
      this.messages.announce('The article’s text was updated from another tab.');
    }
    await this.mergeRemoteClaims(snapshot.claims);
    this.adoptMeta(snapshot.article);
  }

  /**
   * The sign-off and the article's own statuses live on its metadata,
   * which another tab writes too (a sign-off there); this tab's next save
   * writes its own copy, so it takes theirs first. Of two sign-offs the
   * later one counts, and of the same one the stale copy: something changed.
   * Taken after the claims, whose arrival marks this tab's sign-off stale.
   */
  private adoptMeta({ signOff, statuses }: ArticleMeta) {
    const current = this.session.current;
    if (!current) return;
    const mine = current.signOff;
    const keep = mine && (!signOff || mine.at > signOff.at || (mine.at === signOff.at && mine.stale));
    const next: ArticleMeta = { ...current };
    delete next.signOff;
    delete next.statuses;
    const sign = keep ? mine : signOff;
    this.session.current = { ...next, ...(sign ? { signOff: sign } : {}), ...(statuses ? { statuses } : {}) };
    this.host.requestUpdate();
  }

  /** Merges the claims another tab saved into this editor (the later change of a claim wins). */
  private async mergeRemoteClaims(stored: StoredClaim[]) {
    // Loaded with the first change from another tab: a tab alone never needs it.
    const { applyRemoteClaims } = await import('../../src/claims/remote.js');
    const { session } = this;
    const state = session.editorState;
    const tracker = session.tracker;
    if (!state || !tracker) return;
    const ids = new Set(stored.map((c) => c.id));
    const gone = [...claimsOf(state).records.keys()].filter((id) => !ids.has(id) && tracker.knows(id));
    const { tr, changes } = applyRemoteClaims(state, stored, gone);
    tracker.absorb(stored, gone);
    if (!tr) return;
    this.host.editor!.dispatch(tr);
    const overwritten = changes.updated.filter((id) => this.editedHere.has(id));
    const now = session.editorState!;
    if (overwritten.length) {
      const record = claimsOf(now).records.get(overwritten[0]!);
      const quote = session.items.of(now).find((i) => i.record.id === overwritten[0])?.quote ?? '';
      this.messages.showToast(
        overwritten.length === 1
          ? `Your change to “${quote}” was overwritten by a later change in another tab (now ${record ? statusOf(record.status, session.rules.statuses).label : 'changed'}).`
          : `Your changes to ${overwritten.length} claims were overwritten by later changes in another tab.`,
      );
      for (const id of overwritten) this.editedHere.delete(id);
    } else {
      const n = changes.added.length + changes.updated.length + changes.removed.length;
      this.messages.announce(`${n} ${n === 1 ? 'claim' : 'claims'} updated from another tab.`);
    }
  }
}
