/** Dates as a newsroom reads them: "28 Nov 2026, 14:05". */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A quote cut to `max` characters for lists, with an ellipsis. */
export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** True for http: and https: URLs, the only ones a source may have (the importer's own rule). */
export { isHttpUrl } from '../src/formats/shared.js';

/** Whether the platform uses ⌘ rather than Ctrl for shortcuts. */
export const isMac = /Mac|iP(hone|ad|od)/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+Alt+M" or "⌘⌥M", for tooltips and the shortcuts list. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘⌥${key}` : `Ctrl+Alt+${key}`;
}
