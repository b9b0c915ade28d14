import { expect } from '@open-wc/testing';
import { checkImportFile, firstInvalidUtf8, MAX_IMPORT_BYTES } from '../../src/formats/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('checkImportFile', () => {
  it('decodes UTF-8 text, from an ArrayBuffer or a Uint8Array', () => {
    const bytes = utf8('{"title":"Prishtinë 👮‍♀️"}');
    expect(checkImportFile(bytes)).to.deep.equal({ ok: true, text: '{"title":"Prishtinë 👮‍♀️"}' });
    expect(checkImportFile(bytes.slice().buffer)).to.deep.equal({ ok: true, text: '{"title":"Prishtinë 👮‍♀️"}' });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]);
    expect(checkImportFile(bytes)).to.deep.equal({ ok: true, text: '{}' });
  });

  it('refuses PNG bytes, naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(checkImportFile(png, 'chart.png')).to.deep.equal({
      ok: false,
      error: '"chart.png" is a PNG image, not a text file; choose the exported .json (or .txt) file instead',
    });
  });

  it('refuses ZIP archives such as .docx files', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    const result = checkImportFile(zip, 'story.docx');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.equal('"story.docx" is a ZIP archive (or a .docx/.xlsx file, which is one), not a text file; choose the exported .json (or .txt) file instead');
  });

  it('refuses PDFs and other binary files with NUL bytes', () => {
    expect(checkImportFile(utf8('%PDF-1.7\n'))).to.deep.equal({
      ok: false,
      error: 'This file is a PDF document, not a text file; choose the exported .json (or .txt) file instead',
    });
    expect(checkImportFile(new Uint8Array([0x7b, 0x22, 0x00, 0x22, 0x7d]), 'data.bin')).to.deep.equal({
      ok: false,
      error: '"data.bin" is a binary file, not text (it contains a NUL byte at offset 2)',
    });
  });

  it('refuses UTF-16 text with advice', () => {
    const result = checkImportFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 'export.json');
    expect(result).to.deep.equal({ ok: false, error: '"export.json" is UTF-16 text; save it as UTF-8 and import it again' });
  });

  it('refuses bytes that are not UTF-8 and points at the first bad byte', () => {
    // "Prishtinë" in Windows-1252: ë is the single byte 0xEB.
    const latin1 = new Uint8Array([...utf8('{"title":"Prishtin'), 0xeb, ...utf8('"}')]);
    expect(checkImportFile(latin1, 'old.json')).to.deep.equal({
      ok: false,
      error: '"old.json" is not valid UTF-8 text (byte 0xEB at offset 18); it may be in an older encoding such as Windows-1252. Save it as UTF-8 and import it again',
    });
  });

  it('finds invalid UTF-8: overlong forms, surrogates, truncation', () => {
    expect(firstInvalidUtf8(utf8('aé€𝄞'))).to.equal(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).to.equal(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).to.equal(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).to.equal(2);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).to.equal(0);
  });

  it('refuses empty files', () => {
    expect(checkImportFile(new Uint8Array(0), 'empty.json')).to.deep.equal({ ok: false, error: '"empty.json" is empty' });
  });

  it('refuses files over 50 MB', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    big.fill(0x20);
    expect(checkImportFile(big, 'huge.json')).to.deep.equal({
      ok: false,
      error: '"huge.json" is 50.1 MB; files over 50 MB cannot be imported',
    });
  });
});
