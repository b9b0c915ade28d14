import type { StatusId, StatusInfo } from '../src/claims/status.js';
import type { ClaimPatch } from '../src/claims/patch.js';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { ArticleFileKind } from '../src/article/parse.js';
import type { Tool } from './fc-toolbar.js';
import type { MessageAction } from './fc-messages.js';
import type { TextFormKind } from './fc-text-form.js';

/**
 * Every event the elements send up, with its detail. Events bubble and
 * are composed, so the app shell hears them through shadow roots.
 */
export interface FcEventMap {
  /** The editor applied a transaction; `state` is the new state. */
  'fc-transaction': { state: EditorState; transaction: Transaction };
  'fc-claim-select': { id: string };
  'fc-status-change': { id: string; status: StatusId };
  /** Fields of a claim the checker edited: note, sources, claim as reviewed, claimant, assignee, suggested wording ('' removes the last four). */
  'fc-claim-update': { id: string } & ClaimPatch;
  'fc-claim-delete': { id: string };
  'fc-claim-confirm': { id: string };
  'fc-claim-reattach': { id: string };
  'fc-article-open': { id: string };
  'fc-article-rename': { id: string; title: string };
  'fc-article-delete': { id: string };
  'fc-article-create': { kind: ArticleFileKind; text: string; name?: string };
  'fc-reviewer-change': { name: string };
  /** Something went wrong that the user must hear about; `name` is the DOMException name where there is one. */
  'fc-error': { message: string; name?: string };
  /** A change was written to IndexedDB. */
  'fc-saved': { articleId: string };
  /** The user acted on a suggestion (or all of them). */
  'fc-suggestion': { action: 'accept' | 'dismiss' | 'next' | 'accept-all' | 'hide'; key?: string };
  /** Storage panel: back up, restore from a file, or ask for persistent storage. */
  'fc-storage': { action: 'backup' | 'restore' | 'persist'; file?: File };
  /** The skip link was followed: the article takes focus. */
  'fc-skip': Record<string, never>;
  /** A toolbar button was pressed. */
  'fc-tool': { tool: Tool };
  /** A file was chosen in the toolbar: an article to open, or a file to import. */
  'fc-file': { purpose: 'open' | 'import'; file: File };
  /** A button in a message (banner or toast) was pressed. */
  'fc-message': { action: MessageAction };
  /** A text form (New article, Update text) was submitted, given a file, or cancelled. */
  'fc-text-form': { form: TextFormKind; action: 'submit' | 'file' | 'cancel'; text?: string; file?: File };
  /** A publishing setting was changed. */
  'fc-setting': { name: 'url' | 'organisation'; value: string };
  /** The team token was entered (or cleared) in Team settings. */
  'fc-team-token': { token: string };
  /** A query to the writer on claim `id`: asked, answered (typed in for whoever answered) or withdrawn. */
  'fc-query':
    | { id: string; action: 'ask'; to: string; question: string }
    | { id: string; action: 'answer'; queryId: string; answer: string; answeredBy: string }
    | { id: string; action: 'withdraw'; queryId: string };
  /** The reviewer confirms claim `id`'s verdict as its second checker. */
  'fc-second-check': { id: string };
  /** The other side of a merge on claim `id`: take its status and note, or keep this version. */
  'fc-other-version': { id: string; action: 'adopt' | 'dismiss' };
  /** Several claims chosen in the sidebar get an assignee ('' unassigns) or a status, in one step. */
  'fc-claims-bulk': { ids: string[]; assignee?: string; status?: StatusId };
  /** The claims chosen in the sidebar are no longer chosen. */
  'fc-selection-clear': Record<string, never>;
  /** "Copy open queries": every open query of the article to the clipboard. */
  'fc-copy-queries': Record<string, never>;
  /** Publishing settings changed the newsroom's statuses or which of them need a second check. */
  'fc-desk-rules': { statuses?: StatusInfo[]; secondCheckFor?: StatusId[] };
  /** The sign-off's list of blockers: close it, or try to sign off again. */
  'fc-sign-off': { action: 'close' | 'retry' };
}

export type FcEventName = keyof FcEventMap;
export type FcEvent<K extends FcEventName> = CustomEvent<FcEventMap[K]>;

/** Sends a typed, bubbling, composed event from `target`. */
export function emit<K extends FcEventName>(target: EventTarget, type: K, detail: FcEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fc-transaction': FcEvent<'fc-transaction'>;
    'fc-claim-select': FcEvent<'fc-claim-select'>;
    'fc-status-change': FcEvent<'fc-status-change'>;
    'fc-claim-update': FcEvent<'fc-claim-update'>;
    'fc-claim-delete': FcEvent<'fc-claim-delete'>;
    'fc-claim-confirm': FcEvent<'fc-claim-confirm'>;
    'fc-claim-reattach': FcEvent<'fc-claim-reattach'>;
    'fc-article-open': FcEvent<'fc-article-open'>;
    'fc-article-rename': FcEvent<'fc-article-rename'>;
    'fc-article-delete': FcEvent<'fc-article-delete'>;
    'fc-article-create': FcEvent<'fc-article-create'>;
    'fc-reviewer-change': FcEvent<'fc-reviewer-change'>;
    'fc-error': FcEvent<'fc-error'>;
    'fc-saved': FcEvent<'fc-saved'>;
    'fc-suggestion': FcEvent<'fc-suggestion'>;
    'fc-storage': FcEvent<'fc-storage'>;
    'fc-tool': FcEvent<'fc-tool'>;
    'fc-file': FcEvent<'fc-file'>;
    'fc-message': FcEvent<'fc-message'>;
    'fc-text-form': FcEvent<'fc-text-form'>;
    'fc-setting': FcEvent<'fc-setting'>;
    'fc-team-token': FcEvent<'fc-team-token'>;
    'fc-query': FcEvent<'fc-query'>;
    'fc-second-check': FcEvent<'fc-second-check'>;
    'fc-other-version': FcEvent<'fc-other-version'>;
    'fc-claims-bulk': FcEvent<'fc-claims-bulk'>;
    'fc-copy-queries': FcEvent<'fc-copy-queries'>;
    'fc-selection-clear': FcEvent<'fc-selection-clear'>;
    'fc-desk-rules': FcEvent<'fc-desk-rules'>;
    'fc-sign-off': FcEvent<'fc-sign-off'>;
  }
}
