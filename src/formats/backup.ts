/**
 * "Back up everything": every article with its claims in one file, each in
 * the native format, so a backup can also be taken apart into ordinary
 * exports. Restoring validates every article before anything is written.
 */
import type { Article } from '../article/article.js';
import type { StoredClaim } from '../claims/record.js';
import { exportNative, type NativeExport } from './native.js';
import { parseNative } from './native-read.js';
import { MAX_LISTED_PROBLEMS, isObject } from './shared.js';

export const BACKUP_FORMAT = 'factcheck-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: NativeExport[];
}

export type BackupParseResult = { ok: true; articles: Array<{ article: Article; claims: StoredClaim[] }> } | { ok: false; errors: string[] };

export function exportBackup(articles: ReadonlyArray<{ article: Article; claims: readonly StoredClaim[] }>, exportedAt = new Date().toISOString()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    articles: articles.map(({ article, claims }) => exportNative(article, claims, exportedAt)),
  };
}

/** Reads a backup; every problem names its article (`articles[2].claims[0].end: …`). Never throws. */
export function parseBackup(data: unknown): BackupParseResult {
  if (!isObject(data)) return { ok: false, errors: ['This is not a Factcheck Desk backup: expected a JSON object'] };
  if (data['format'] !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [data['format'] === 'factcheck-annotations' ? 'This is a single-article export, not a backup: use Import' : `format: expected "${BACKUP_FORMAT}", this is not a Factcheck Desk backup`],
    };
  }
  if (data['version'] !== BACKUP_VERSION) return { ok: false, errors: [`version: ${String(data['version'])} is not a backup version this app reads (${BACKUP_VERSION})`] };
  const list = data['articles'];
  if (!Array.isArray(list)) return { ok: false, errors: ['articles: expected a list of article exports'] };
  const errors: string[] = [];
  const articles: Array<{ article: Article; claims: StoredClaim[] }> = [];
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const result = parseNative(item);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => (/^[A-Za-z_]\w*[[.:]/.test(e) ? `articles[${i}].${e}` : `articles[${i}]: ${e}`)));
      return;
    }
    if (ids.has(result.value.article.id)) errors.push(`articles[${i}].article.id: ${result.value.article.id} appears twice in this backup`);
    ids.add(result.value.article.id);
    articles.push(result.value);
  });
  if (errors.length) {
    const shown = errors.slice(0, MAX_LISTED_PROBLEMS);
    if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more`);
    return { ok: false, errors: shown };
  }
  return { ok: true, articles };
}
