/** Dates as a newsroom reads them: "28 Nov 2026, 14:05". */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Formatted times by ISO string: ICU formatting costs tens of microseconds, and a panel shows the same times on every render. */
const formatted = new Map<string, string>();

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  let text = formatted.get(iso);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    if (formatted.size >= 1000) formatted.clear();
    formatted.set(iso, text);
  }
  return text;
}

/** A quote cut to `max` characters for lists, with an ellipsis. */
export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** True for http: and https: URLs, the only ones a source may have (the importer's own rule). */
export { isHttpUrl } from '../src/text/url.js';

/** Whether the platform uses ⌘ rather than Ctrl for shortcuts. */
export const isMac = /Mac|iP(hone|ad|od)/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+Alt+M" or "⌘⌥M", for tooltips and the shortcuts list. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘⌥${key}` : `Ctrl+Alt+${key}`;
}
