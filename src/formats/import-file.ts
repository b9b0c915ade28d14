/**
 * The first gate for any file the user imports, before any format looks at
 * it: it must be a reasonably sized UTF-8 text file. Each refusal says what
 * the file is instead, so the user knows which file to pick.
 */

/** The largest file an import accepts: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What `checkImportFile` gives back: the decoded text, or why the file was refused. */
export type ImportFileResult = { ok: true; text: string } | { ok: false; error: string };

// Signatures of binary files people pick by mistake, checked at offset 0.
const MAGIC: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  // Word and Excel files (.docx, .xlsx) are ZIP archives too.
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.xlsx file, which is one)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x50, 0x4b, 0x07, 0x08], what: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** A size in MB to one decimal, rounded up so a file just over the limit does not read as the limit. */
function formatSize(n: number): string {
  return `${String(Math.ceil((n / (1024 * 1024)) * 10) / 10)} MB`;
}

/**
 * Checks the bytes of a file to import and decodes them as UTF-8 (a leading
 * byte order mark is dropped). Refuses, with a message naming the problem,
 * files over 50 MB, empty files, images, PDFs, archives and other binary
 * files, UTF-16 text, and bytes that are not valid UTF-8.
 */
export function checkImportFile(data: ArrayBuffer | Uint8Array, name?: string): ImportFileResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const file = name ? `"${name}"` : 'This file';
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `${file} is ${formatSize(bytes.length)}; files over ${formatSize(MAX_IMPORT_BYTES)} cannot be imported` };
  }
  if (bytes.length === 0) return { ok: false, error: `${file} is empty` };

  for (const { bytes: magic, what } of MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, error: `${file} is ${what}, not a text file; choose the exported .json (or .txt) file instead` };
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { ok: false, error: `${file} is a WebP image, not a text file; choose the exported .json (or .txt) file instead` };
  }
  // UTF-16 is text, but not the UTF-8 every export uses; say so rather than
  // calling it binary because of its NUL bytes.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, error: `${file} is UTF-16 text; save it as UTF-8 and import it again` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, error: `${file} is a binary file, not text (it contains a NUL byte at offset ${nul})` };
  }

  try {
    // `fatal` makes bad bytes an error instead of silently becoming U+FFFD;
    // the default `ignoreBOM: false` drops a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at})` : '';
    return {
      ok: false,
      error: `${file} is not valid UTF-8 text${where}; it may be in an older encoding such as Windows-1252. Save it as UTF-8 and import it again`,
    };
  }
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence, or -1.
 * Only used to point at the problem; `TextDecoder` decides validity.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing past U+10FFFF
    } else return i;
    if (i + need >= bytes.length) return i; // cut short at the end of the file
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
