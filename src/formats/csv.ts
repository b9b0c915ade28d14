/**
 * CSV for spreadsheets: one row per claim, RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a byte order mark. Cells that a spreadsheet would run as a
 * formula are made inert.
 */
import type { Article } from '../article/article.js';
import type { Query, StoredClaim } from '../claims/record.js';
import { openQueries } from '../claims/queries.js';
import { describeSource, sourceKind } from '../claims/source.js';
import { DEFAULT_STATUSES, statusInfo, type StatusSet } from '../claims/status.js';
import { inDocumentOrder } from './shared.js';

/** The header row, in order. */
export const CSV_COLUMNS = [
  'id',
  'quote',
  'status',
  'status_label',
  'note',
  'sources',
  'reviewer',
  'created_at',
  'updated_at',
  'start',
  'end',
  'changed',
  'orphaned',
  'claimant',
  'assignee',
  'suggested_fix',
  'source_kinds',
  'open_queries',
  'queries',
  'second_check_by',
  'second_check_at',
] as const;

/** One query as a line of the `queries` cell: `[open] to Lee: Which year? — asked by Ana 2026-…; answer: …`. */
function queryLine(q: Query): string {
  const answer = q.state === 'answered' ? `; answer by ${q.answeredBy ?? ''} ${q.answeredAt ?? ''}: ${q.answer ?? ''}` : '';
  return `[${q.state}]${q.to ? ` to ${q.to}` : ''}: ${q.question} — asked by ${q.askedBy} ${q.askedAt}${answer}`;
}

/**
 * The byte order mark every export starts with. Excel reads a CSV without
 * one in the system's legacy code page, turning "é" and "—" into mojibake;
 * with it, Excel, LibreOffice, Numbers and Google Sheets all read UTF-8.
 */
export const CSV_BOM = '\uFEFF';

/**
 * The claims of `article` as CSV text, in document order (orphans last):
 * a header row, then one row per claim. Sources are one per line inside
 * their cell, each as `url` or `url (label)`. Times are as stored (ISO 8601
 * UTC); `changed` and `orphaned` are `true`/`false`. Encode the result as
 * UTF-8 (`new Blob([csv], { type: 'text/csv;charset=utf-8' })`).
 * The desk's columns: `source_kinds` one kind per line beside `sources`,
 * `open_queries` a count, `queries` one line per query with its state,
 * and the second check's `second_check_by`/`second_check_at`. Status
 * labels come from `statuses` (default: the article's own set, else the
 * built-ins).
 */
export function exportCSV(article: Article, claims: readonly StoredClaim[], statuses: StatusSet = article.statuses ?? DEFAULT_STATUSES): string {
  const label = (id: string) => statuses.find((s) => s.id === id)?.label ?? statusInfo(id).label;
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of inDocumentOrder(claims)) {
    rows.push([
      c.id,
      c.quote,
      c.status,
      label(c.status),
      c.note,
      c.sources.map(describeSource).join('\n'),
      c.reviewer,
      c.createdAt,
      c.updatedAt,
      String(c.start),
      String(c.end),
      String(c.changed),
      String(c.orphaned),
      c.claimant ?? '',
      c.assignee ?? '',
      c.suggestedFix ?? '',
      c.sources.map(sourceKind).join('\n'),
      String(openQueries(c).length),
      (c.queries ?? []).map(queryLine).join('\n'),
      c.secondCheck?.by ?? '',
      c.secondCheck?.at ?? '',
    ]);
  }
  return CSV_BOM + rows.map((row) => row.map((cell) => quoteCell(neutraliseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}

/**
 * `cell` made safe from formula injection (OWASP "CSV Injection"): a cell
 * whose first character, after any spaces or line breaks, is `=`, `+`, `-`
 * or `@` (or their full-width forms, which some spreadsheets also accept),
 * or that starts with a tab or carriage return, gets a leading `'`, which
 * spreadsheets show as text and do not evaluate. Numbers we write ourselves
 * (offsets) are never negative, so no real value is changed.
 */
export function neutraliseFormula(cell: string): string {
  return /^[\t\r]|^[ \n\r\t]*[=+\-@＝＋－＠]/.test(cell) ? `'${cell}` : cell;
}

/** `cell` quoted as RFC 4180 requires: when it holds a comma, a double quote, CR or LF. */
function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Splits CSV text into rows of cells (RFC 4180): quoted cells may hold
 * commas, doubled quotes and line breaks; rows end with CRLF, LF or CR;
 * a leading byte order mark and a final line break are ignored. Throws
 * `RangeError` for a quoted cell that never ends.
 */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.startsWith(CSV_BOM) ? 1 : 0;
  let quoted = false;
  // Whether the current row has begun, so "a\r\n" gives one row and "" none.
  let started = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      started = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      started = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      started = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      started = true;
      i++;
    }
  }
  if (quoted) throw new RangeError('The CSV ends inside a quoted cell: a closing " is missing');
  if (started) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
