import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, exportCSV, neutraliseFormula, parseCSV } from '../../src/formats/index.js';
import { claimAt, makeArticle, makeClaims, makeDeskClaims } from './fixtures.js';

describe('CSV export', () => {
  it('starts with a byte order mark and a header row, and ends lines with CRLF', () => {
    const csv = exportCSV(makeArticle(), makeClaims());
    expect(
      csv.startsWith(
        '\uFEFFid,quote,status,status_label,note,sources,reviewer,created_at,updated_at,start,end,changed,orphaned,claimant,assignee,suggested_fix,source_kinds,open_queries,queries,second_check_by,second_check_at\r\n',
      ),
    ).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    // Every LF outside a quoted cell is part of a CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.match(/(?<!\r)\n/g)).to.equal(null);
  });

  it('round-trips through parseCSV: quotes, commas, newlines, emoji', () => {
    const claims = makeClaims();
    const rows = parseCSV(exportCSV(makeArticle(), claims));
    expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
    expect(rows).to.have.length(claims.length + 1);
    const misleading = rows.find((r) => r[1] === 'fallen by 40%')!;
    expect(misleading).to.deep.equal([
      'a3bb189e-8bf9-4888-9912-ace4e6543002',
      'fallen by 40%',
      'misleading',
      'Misleading',
      'Down 40% from January\'s spike, but up 12%, year on year.\nSee "Monthly crossings", table 3.',
      'https://stats.example.org/crossings?year=2025&month=1 (Crossings, "monthly")',
      'Besa Checker',
      '2026-01-01T10:00:00.000Z',
      '2026-01-01T10:30:00.000Z',
      String(claims[2]!.start),
      String(claims[2]!.end),
      'false',
      'false',
      '',
      '',
      '',
      'web',
      '0',
      '',
      '',
      '',
    ]);
  });

  it('puts rows in document order, orphans last, with code-point offsets', () => {
    const rows = parseCSV(exportCSV(makeArticle(), makeClaims())).slice(1);
    expect(rows.map((r) => r[1])).to.deep.equal(['$75 million', 'fallen by 40%', 'a provocation', '1.6 million people live in Kosovo', '1,200 officers', 'the largest operation since']);
    expect(rows.at(-1)!.slice(11, 13)).to.deep.equal(['false', 'true']);
  });

  it('lists sources one per line, with labels in parentheses', () => {
    const budget = parseCSV(exportCSV(makeArticle(), makeClaims()))[1]!;
    expect(budget[5]).to.equal('https://mf.rks-gov.example/budget-2026.pdf (Budget 2026, line 4.2)\nhttps://www.example.com/press/1234');
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    const text = 'He said "yes", then\r\nleft.';
    const claim = claimAt(text, '"yes", then\r\nleft', { id: 'q', note: 'plain' });
    const csv = exportCSV(makeArticle({ text }), [claim]);
    expect(csv).to.include('\r\nq,"""yes"", then\r\nleft",unchecked,Unchecked,plain,,Ana Reviewer,');
    expect(parseCSV(exportCSV(makeArticle({ text }), [claim]))[1]![1]).to.equal('"yes", then\r\nleft');
  });

  it('makes formula cells inert with a leading apostrophe', () => {
    const rows = parseCSV(exportCSV(makeArticle(), makeClaims()));
    const census = rows.find((r) => r[1] === '1.6 million people live in Kosovo')!;
    expect(census[4]).to.equal('\'=HYPERLINK("http://evil.example","click") — the census says 1.59 million.');
    const text = '=1+1 and +2 and -3 and @SUM(A1) here';
    const claims = ['=1+1', '+2', '-3', '@SUM(A1)'].map((q, i) => claimAt(text, q, { id: `c${i}`, reviewer: '-x' }));
    const out = parseCSV(exportCSV(makeArticle({ text }), claims)).slice(1);
    expect(out.map((r) => r[1])).to.deep.equal(["'=1+1", "'+2", "'-3", "'@SUM(A1)"]);
    expect(out.map((r) => r[6])).to.deep.equal(["'-x", "'-x", "'-x", "'-x"]);
  });

  it('neutralises tab, CR, whitespace-led and full-width formula starts, and nothing else', () => {
    expect(neutraliseFormula('\tcmd')).to.equal("'\tcmd");
    expect(neutraliseFormula('\r=1')).to.equal("'\r=1");
    expect(neutraliseFormula('  =1+1')).to.equal("'  =1+1");
    expect(neutraliseFormula('＝1+1')).to.equal("'＝1+1");
    expect(neutraliseFormula('a = b')).to.equal('a = b');
    expect(neutraliseFormula('12')).to.equal('12');
    expect(neutraliseFormula('')).to.equal('');
  });
});

describe('parseCSV', () => {
  it('reads LF, CRLF and CR line ends, with or without a final one', () => {
    expect(parseCSV('a,b\nc,d')).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCSV('a,b\r\nc,d\r\n')).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCSV('a\rb\r')).to.deep.equal([['a'], ['b']]);
  });

  it('reads empty cells and empty quoted cells', () => {
    expect(parseCSV(',""\r\n"",x')).to.deep.equal([
      ['', ''],
      ['', 'x'],
    ]);
    expect(parseCSV('')).to.deep.equal([]);
  });

  it('throws RangeError for a quoted cell that never ends', () => {
    expect(() => parseCSV('a,"b\r\n')).to.throw(RangeError, 'closing " is missing');
  });
});

describe('CSV export of the desk workflow', () => {
  it('writes claimant, assignee, suggested wording, source kinds, queries and the second check', () => {
    const rows = parseCSV(exportCSV(makeArticle(), makeDeskClaims()));
    const head = rows[0]!;
    const col = (row: string[], name: string) => row[head.indexOf(name)]!;
    const money = rows.find((r) => col(r, 'quote') === '$75 million')!;
    expect(col(money, 'claimant')).to.equal('Government of Kosovo');
    expect(col(money, 'assignee')).to.equal('Besa Checker');
    expect(col(money, 'source_kinds')).to.equal('web\nweb\ninterview\ndocument');
    expect(col(money, 'sources').split('\n')[2]).to.equal('Interview: Ejup Maqedonci, 2026-01-01T09:30:00.000Z');
    expect(col(money, 'open_queries')).to.equal('0');
    expect(col(money, 'queries').split('\n')).to.deep.equal([
      '[answered] to Lee Writer: Over three years, or per year? — asked by Ana Reviewer 2026-01-01T10:05:00.000Z; answer by Lee Writer 2026-01-01T10:07:00.000Z: Over three years.',
      '[withdrawn] to Lee Writer: Which ministry confirmed? — asked by Ana Reviewer 2026-01-01T10:06:00.000Z',
    ]);
    const crossings = rows.find((r) => col(r, 'quote') === 'fallen by 40%')!;
    expect([col(crossings, 'suggested_fix'), col(crossings, 'second_check_by'), col(crossings, 'second_check_at')]).to.deep.equal([
      'down 40% from January, up 12% on the year',
      'Ana Reviewer',
      '2026-01-01T10:35:00.000Z',
    ]);
    expect(
      col(
        rows.find((r) => col(r, 'quote') === 'a provocation')!,
        'status_label',
      ),
    ).to.equal('Corrected in copy');
  });
});
