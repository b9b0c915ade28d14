/** Offers `content` as a file download named `filename`. Blob URLs are allowed under the app's CSP. */
export function download(host: Node, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  // The link must be in a document for Firefox to follow it.
  (host.getRootNode() instanceof ShadowRoot ? host : document.body).appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
