/** What a share link carries in its fragment (never sent to a server). */
export interface ShareLink {
  token: string;
  article: string;
}

/** `<origin>/#team=<token>&article=<id>`: the link that opens a shared article, live, in another browser. */
export function shareLink(origin: string, link: ShareLink): string {
  const params = new URLSearchParams({ team: link.token, article: link.article });
  return `${origin}/#${params.toString()}`;
}

/** The team token and article id of a share link's fragment (`#team=…&article=…`), or null when it is not one. */
export function parseShareLink(hash: string): ShareLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('team');
  const article = params.get('article');
  return token && article && /^[A-Za-z0-9_-]{1,100}$/.test(article) ? { token, article } : null;
}
