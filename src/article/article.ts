import type { SignOff } from '../claims/signoff.js';
import type { StatusSet } from '../claims/status.js';

/**
 * An article as it is stored and exported: its plain text (blocks joined
 * with "\n\n") is what every code-point offset points into.
 */
export interface ArticleMeta {
  id: string;
  title: string;
  /** Where the article is published or drafted, if known; W3C targets use it. */
  url?: string;
  createdAt: string;
  updatedAt: string;
  /** The editor's sign-off, if the article was signed off (stale once anything changed after it). */
  signOff?: SignOff;
  /** The newsroom's own status set for this article, when one is set; absent means the built-in statuses. */
  statuses?: StatusSet;
  /**
   * Shared with the team: the article lives in a shared document that the
   * team server keeps and every copy edits live; this browser keeps its
   * own copy of it, so work goes on offline.
   */
  shared?: boolean;
  /** How far its checking is, as its last save left it (the Articles list shows it without loading the claims). Never exported. */
  progress?: ArticleProgress;
}

/** What the Articles list says of an article's checking: "12 of 40 resolved · 2 queries". */
export interface ArticleProgress {
  total: number;
  resolved: number;
  openQueries: number;
}

export interface Article extends ArticleMeta {
  text: string;
}

/** `"Kosovo to Deploy…"` becomes `"kosovo-to-deploy"`: a file-name-safe slug. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'article';
}
