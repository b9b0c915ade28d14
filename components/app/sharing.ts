import type { EditorState } from 'prosemirror-state';
import type { ClaimRecord } from '../../src/claims/record.js';
import { claimRange, claimsOf } from '../../src/claims/state.js';
import type { Repository } from '../../src/store/repository.js';
import type { ArticleSession } from './session.js';
import type { Persistence } from './persistence.js';
import type { TeamDesk } from './team.js';

/**
 * Shares the session's open article with the team (see
 * `ArticleSession.share`): the shared document is seeded from the article
 * as it is here, the article reopens live, and the link is returned once
 * the server has it (or, offline, once the wait is over: the changes go
 * when the connection is back). A refusal leaves the article local.
 */
export async function shareArticle(session: ArticleSession, team: TeamDesk, persistence: Persistence, repo: Repository): Promise<string> {
  const state = session.requireState();
  const current = session.current!;
  if (current.shared) return team.linkTo(current.id);
  if (!team.token) throw new Error('Enter your team’s token in Team settings (in the sidebar) first, or open a share link from your team.');
  await persistence.flush();
  // Each copy works out Re-check from the words a claim was checked on: every claim carries them.
  const records = [...claimsOf(state).records.values()].map((r) => (r.checkedText !== undefined ? r : { ...r, checkedText: checkedWords(r, state) }));
  await repo.updateArticle(current.id, { shared: true });
  try {
    await session.open(current.id, { text: state.doc, records, meta: current });
    await team.settled();
  } catch (error) {
    // Refused (a wrong token, the name taken): the article stays this browser's alone.
    await repo.updateArticle(current.id, { shared: false });
    await session.open(current.id);
    throw error;
  }
  await session.refreshList();
  void team.refreshArticles();
  return team.linkTo(current.id);
}

/** The words a claim was last checked on: its words now unless it needs re-checking, then the words before the change, as its history says. */
function checkedWords(record: ClaimRecord, state: EditorState): string {
  if (record.changed) return [...record.history].reverse().find((h) => h.event === 'text-changed')?.oldText ?? '';
  const range = claimRange(state, record.id);
  return range ? state.doc.textBetween(range.from, range.to, '\n\n', '\n') : (record.anchor?.quote ?? '');
}
