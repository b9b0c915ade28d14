import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { claimsOf } from '../../src/claims/state.js';
import type { ClaimRecord } from '../../src/claims/record.js';
import { restoreRecords, setStatuses, updateClaims } from '../../src/claims/bulk.js';
import { askWriter, answerQuery, withdrawQuery } from '../../src/claims/queries.js';
import { confirmSecondCheck, secondCheckRefusal } from '../../src/claims/second-check.js';
import { adoptOtherVersion, dismissOtherVersion } from '../../src/claims/other-version.js';
import { storedClaims } from '../../src/claims/snapshot.js';
import type { StatusInfo } from '../../src/claims/status.js';
import type { FcEvent, FcEventMap } from '../events.js';
import { statusOf } from '../statuses.js';
import type { ArticleSession, SessionHost } from './session.js';
import type { Messages } from './messages.js';
import type { Persistence } from './persistence.js';

/** The last change to several claims: the records before it, and the state right after, to tell whether it is still the last change. */
interface BulkChange {
  before: ClaimRecord[];
  records: ReadonlyMap<string, ClaimRecord>;
  doc: PMNode;
}

/**
 * The desk's workflow, from the claim panel, the sidebar and Publishing
 * settings: queries to the writer, the second check, the other side of a
 * merge, changes to several claims at once (one step, undone by Undo in
 * its message or by Undo while it is the last change), "Copy open
 * queries", and the newsroom's statuses and second-check rule. It hears
 * their events on the app element, where they arrive through the shadow
 * roots, so the shell needs no handler of its own for each.
 */
export class DeskActions implements ReactiveController {
  private last: BulkChange | null = null;
  private readonly listeners: { [K in keyof FcEventMap]?: (e: FcEvent<K>) => void } = {
    'fc-query': (e) => this.query(e.detail),
    'fc-second-check': (e) => this.secondCheck(e.detail.id),
    'fc-other-version': (e) => this.otherVersion(e.detail.id, e.detail.action),
    'fc-claims-bulk': (e) => this.bulk(e.detail),
    'fc-copy-queries': () => void this.copyQueries(),
    'fc-desk-rules': (e) => void this.setRules(e.detail),
  };

  constructor(
    private readonly host: ReactiveControllerHost & SessionHost,
    private readonly session: ArticleSession,
    private readonly persistence: Persistence,
    private readonly messages: Messages,
    /** This tab changed claim `id` (another tab's later change to it will say so). */
    private readonly edited: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) this.host.addEventListener(type, listener as EventListener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) this.host.removeEventListener(type, listener as EventListener);
  }

  private query(detail: FcEventMap['fc-query']): void {
    this.edited(detail.id);
    try {
      if (detail.action === 'ask') {
        if (this.session.run(askWriter(detail.id, detail))) this.messages.announce(`Query added${detail.to ? ` for ${detail.to}` : ''}. Copy open queries puts it in an email.`);
      } else if (detail.action === 'answer') {
        if (this.session.run(answerQuery(detail.id, detail.queryId, detail.answer, detail.answeredBy))) this.messages.announce('Answer saved; the query is closed.');
      } else if (this.session.run(withdrawQuery(detail.id, detail.queryId))) this.messages.announce('Query withdrawn.');
    } catch (error) {
      this.messages.showError('The query was not saved.', (error as Error).message);
    }
  }

  private secondCheck(id: string): void {
    const state = this.session.editorState;
    const record = state && claimsOf(state).records.get(id);
    if (!record) return;
    const rules = this.session.rules;
    const refusal = secondCheckRefusal(record, this.session.reviewer, rules);
    if (refusal) return this.messages.announce(refusal);
    this.edited(id);
    if (this.session.run(confirmSecondCheck(id, rules))) this.messages.announce(`Second check recorded: ${this.session.reviewer} confirmed ${statusOf(record.status, rules.statuses).label}.`);
  }

  private otherVersion(id: string, action: 'adopt' | 'dismiss'): void {
    this.edited(id);
    if (action === 'adopt' && this.session.run(adoptOtherVersion(id))) this.messages.announce('The other version’s status and note were taken.');
    if (action === 'dismiss' && this.session.run(dismissOtherVersion(id))) this.messages.announce('The other version was dismissed; this one stays.');
  }

  /** Assigns several claims or sets their status, in one transaction, with Undo in a message. */
  private bulk({ ids, assignee, status }: FcEventMap['fc-claims-bulk']): void {
    const state = this.session.editorState;
    if (!state || ids.length === 0) return;
    const { records } = claimsOf(state);
    const before = ids.map((id) => records.get(id)).filter((r): r is ClaimRecord => !!r);
    const label = status !== undefined ? statusOf(status, this.session.rules.statuses).label : '';
    const done = this.session.run(status !== undefined ? setStatuses(ids, status) : updateClaims(ids, { assignee: assignee ?? '' }));
    const n = `${ids.length} ${ids.length === 1 ? 'claim' : 'claims'}`;
    if (!done) return this.messages.announce(status !== undefined ? `All ${n} are ${label} already.` : `All ${n} are assigned so already.`);
    for (const id of ids) this.edited(id);
    const after = this.session.editorState!;
    this.last = { before, records: claimsOf(after).records, doc: after.doc };
    const message = status !== undefined ? `${n} set to ${label}.` : assignee ? `${n} assigned to ${assignee}.` : `${n} unassigned.`;
    this.messages.showToast(message, () => {
      this.last = null;
      if (this.session.run(restoreRecords(before))) this.messages.announce(`Undone: ${message}`);
    });
  }

  /** Whether the last change to several claims is still the last change of the article (nothing, text or claim, changed since). */
  canUndo(state: EditorState | null): boolean {
    return !!(state && this.last && claimsOf(state).records === this.last.records && state.doc === this.last.doc);
  }

  /** Undoes the last change to several claims when it is still the last change (Undo, Ctrl+Z); false otherwise. */
  undo(): boolean {
    const last = this.last;
    if (!last || !this.canUndo(this.session.editorState)) return false;
    this.last = null;
    this.messages.dismiss('toast');
    const done = this.session.run(restoreRecords(last.before));
    if (done) this.messages.announce(`Undone: the change to ${last.before.length} claims.`);
    return done;
  }

  /** Puts every open query on the clipboard as numbered plain text for an email. */
  async copyQueries(): Promise<void> {
    const state = this.session.editorState;
    if (!state || !this.session.current) return;
    // The text's maker loads on first use: most visits copy no queries.
    const { openQueriesText } = await import('../../src/claims/queries-text.js');
    const article = this.session.articleOf(state);
    const { text, numbered } = openQueriesText(article.text, storedClaims(state), article.title);
    if (!text) return this.messages.showToast('No query to the writer is open.');
    try {
      await navigator.clipboard.writeText(text);
      this.messages.showToast(`Copied ${numbered.length} open ${numbered.length === 1 ? 'query' : 'queries'}, numbered, for an email to the writer.`);
    } catch (error) {
      this.messages.showError('The open queries were not copied.', `The browser refused the clipboard (${(error as Error).name}). Allow clipboard access for this page and try again.`);
    }
  }

  /**
   * Publishing settings changed the statuses or which of them need a
   * second check. A set that would leave a claim of the open article
   * without its status is refused. The open article's own set (from a
   * file) changes on the article; otherwise the newsroom's set does.
   */
  private async setRules({ statuses, secondCheckFor }: FcEventMap['fc-desk-rules']): Promise<void> {
    const { session } = this;
    try {
      if (secondCheckFor) {
        await session.desk.saveSecondCheckFor(secondCheckFor);
        this.messages.announce('Second check rule saved.');
      }
      if (statuses) {
        const { makeStatusSet } = await import('../../src/claims/status-set.js');
        const set = makeStatusSet(statuses);
        const used = new Set(session.editorState ? [...claimsOf(session.editorState).records.values()].map((r) => r.status) : []);
        const lost = [...used].filter((id) => !set.some((s: StatusInfo) => s.id === id));
        if (lost.length)
          throw new RangeError(`Claims of this article have the status ${lost.map((id) => `“${statusOf(id, session.rules.statuses).label}”`).join(', ')}; give them another status first.`);
        const current = session.current;
        if (current?.statuses) {
          await this.persistence.flush();
          await this.persistence.repo!.updateArticle(current.id, { statuses: set });
          session.current = { ...current, statuses: set };
        } else await session.desk.saveStatuses(set);
        this.messages.announce('Statuses saved.');
      }
    } catch (error) {
      this.messages.failed(error, 'The statuses were not changed.', 'The statuses were not saved');
    }
    this.host.requestUpdate();
  }
}
