import type { ArticleDelta, Repository } from './repository.js';

/**
 * A write-ahead journal in localStorage. IndexedDB writes started while a
 * page is being closed often never finish (measured in Chromium: 2 of 5
 * survived an immediate close); a synchronous localStorage write always
 * does. The journal is replayed into IndexedDB at the next start.
 */
function key(dbName: string): string {
  return `factcheck-desk:journal:${dbName}`;
}

/** Writes the pending change synchronously; false when localStorage refused (full, or disabled). */
export function writeJournal(dbName: string, delta: ArticleDelta): boolean {
  try {
    localStorage.setItem(key(dbName), JSON.stringify({ version: 2, delta }));
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
 * A journal for an article deleted since is dropped. Returns the id of the
 * replayed article.
 */
export async function replayJournal(repo: Repository): Promise<string | null> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key(repo.name));
  } catch {
    return null;
  }
  if (!raw) return null;
  let delta: ArticleDelta | undefined;
  try {
    const entry = JSON.parse(raw) as { version?: number; delta?: ArticleDelta };
    if (entry.version === 2) delta = entry.delta;
  } catch {
    // A torn journal cannot be trusted; the database keeps its last good state.
  }
  if (!delta?.article?.id || !Array.isArray(delta.put) || !Array.isArray(delta.remove)) {
    clearJournal(repo.name);
    return null;
  }
  // Writing a delta twice is harmless (puts and deletes are idempotent), and
  // a claim another tab saved later is not overwritten (see saveChanges).
  if (await repo.hasArticle(delta.article.id)) await repo.saveChanges(delta);
  clearJournal(repo.name);
  return delta.article.id;
}
