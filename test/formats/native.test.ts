import { expect } from '@open-wc/testing';
import { exportNative, parseNative, parseNativeJson, type NativeExport } from '../../src/formats/index.js';
import type { StoredClaim } from '../../src/claims/record.js';
import { cpLength } from '../../src/text/codepoints.js';
import { ARTICLE_TEXT, claimAt, makeArticle, makeClaims } from './fixtures.js';

const EXPORTED_AT = '2026-01-01T12:00:00.000Z';

/** A fresh export as plain JSON data, as a file would give it. */
function exported(): NativeExport {
  return JSON.parse(JSON.stringify(exportNative(makeArticle(), makeClaims(), EXPORTED_AT))) as NativeExport;
}

function errorsOf(data: unknown): string[] {
  const result = parseNative(data);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

/** The export with one claim's fields replaced. */
function withClaim(i: number, patch: Record<string, unknown>): unknown {
  const data = exported() as unknown as { claims: Record<string, unknown>[] };
  Object.assign(data.claims[i]!, patch);
  return data;
}

describe('native format: export', () => {
  it('writes the format, version, time and article', () => {
    const data = exportNative(makeArticle(), makeClaims(), EXPORTED_AT);
    expect(data.format).to.equal('factcheck-annotations');
    expect(data.version).to.equal(2);
    expect(data.exportedAt).to.equal(EXPORTED_AT);
    expect(data.article).to.deep.equal({
      id: makeArticle().id,
      title: makeArticle().title,
      text: ARTICLE_TEXT,
      url: makeArticle().url,
      createdAt: makeArticle().createdAt,
      updatedAt: makeArticle().updatedAt,
    });
  });

  it('defaults exportedAt to now', () => {
    const before = Date.now();
    const data = exportNative(makeArticle(), []);
    expect(Date.parse(data.exportedAt)).to.be.within(before, Date.now());
    expect(data.exportedAt).to.match(/Z$/);
  });

  it('sorts claims into document order, orphans last', () => {
    const claims = exportNative(makeArticle(), makeClaims(), EXPORTED_AT).claims;
    expect(claims.map((c) => c.quote)).to.deep.equal(['$75 million', 'fallen by 40%', 'a provocation', '1.6 million people live in Kosovo', '1,200 officers', 'the largest operation since']);
    expect(claims.at(-1)!.orphaned).to.equal(true);
  });

  it('orders claims with the same start by end', () => {
    const text = 'The budget is $75 million this year.';
    const long = claimAt(text, '$75 million this year', { id: 'b' });
    const short = claimAt(text, '$75 million', { id: 'a' });
    const claims = exportNative(makeArticle({ text }), [long, short], EXPORTED_AT).claims;
    expect(claims.map((c) => c.id)).to.deep.equal(['a', 'b']);
  });

  it('counts offsets in code points, past emoji before the claim', () => {
    const data = exportNative(makeArticle(), makeClaims(), EXPORTED_AT);
    const officers = data.claims.find((c) => c.quote === '1,200 officers')!;
    // Three astral characters come before it, each two UTF-16 units and one
    // code point: the title's 🚓, the 🛂, and the 👮 that starts 👮‍♀️.
    expect(ARTICLE_TEXT.indexOf('1,200 officers') - officers.start).to.equal(3);
    for (const c of data.claims.filter((x) => !x.orphaned)) {
      expect([...ARTICLE_TEXT].slice(c.start, c.end).join('')).to.equal(c.quote);
    }
  });

  it('writes up to 32 code points of prefix and suffix', () => {
    const data = exportNative(makeArticle(), makeClaims(), EXPORTED_AT);
    const chars = [...ARTICLE_TEXT];
    for (const c of data.claims.filter((x) => !x.orphaned)) {
      expect(cpLength(c.prefix)).to.be.at.most(32);
      expect(cpLength(c.suffix)).to.be.at.most(32);
      expect(c.prefix).to.equal(chars.slice(Math.max(0, c.start - 32), c.start).join(''));
      expect(c.suffix).to.equal(chars.slice(c.end, c.end + 32).join(''));
    }
    const officers = data.claims.find((c) => c.quote === '1,200 officers')!;
    expect(officers.prefix.endsWith('👮‍♀️ ')).to.equal(true);
  });

  it('copies only the fields of the format', () => {
    const claim = { ...makeClaims()[1]!, secret: 'internal' } as StoredClaim;
    const out = exportNative(makeArticle(), [claim], EXPORTED_AT).claims[0]!;
    expect(Object.keys(out)).to.deep.equal(['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'status', 'note', 'sources', 'reviewer', 'createdAt', 'updatedAt', 'changed', 'orphaned', 'history']);
  });
});

describe('native format: parse', () => {
  it('round-trips: parse(export(x)) equals x', () => {
    const article = makeArticle();
    const claims = makeClaims();
    const result = parseNativeJson(JSON.stringify(exportNative(article, claims, EXPORTED_AT)));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.article).to.deep.equal(article);
    const inOrder = [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
    expect(result.value.claims).to.deep.equal(inOrder);
  });

  it('round-trips an article without a URL and an empty claim list', () => {
    const { url: _url, ...article } = makeArticle();
    const result = parseNative(JSON.parse(JSON.stringify(exportNative(article, [], EXPORTED_AT))));
    expect(result).to.deep.equal({ ok: true, value: { article, claims: [] } });
  });

  it('reads absent changed and orphaned flags as false', () => {
    const data = exported() as unknown as { claims: Record<string, unknown>[] };
    delete data.claims[0]!.changed;
    delete data.claims[0]!.orphaned;
    const result = parseNative(data);
    expect(result.ok).to.equal(true);
    if (result.ok) expect([result.value.claims[0]!.changed, result.value.claims[0]!.orphaned]).to.deep.equal([false, false]);
  });

  it('uses exportedAt for article dates the file leaves out', () => {
    const data = exported() as unknown as { article: Record<string, unknown> };
    delete data.article.createdAt;
    delete data.article.updatedAt;
    const result = parseNative(data);
    expect(result.ok && [result.value.article.createdAt, result.value.article.updatedAt]).to.deep.equal([EXPORTED_AT, EXPORTED_AT]);
  });

  it('accepts an orphaned claim whose last known place is outside the text', () => {
    const result = parseNative(exported());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.claims.at(-1)).to.include({ orphaned: true, start: 900, end: 927 });
  });

  it('refuses malformed structure, naming each place', () => {
    const data = exported() as unknown as Record<string, unknown>;
    data.article = { id: '', title: 7, text: 'x' };
    data.claims = [{ id: 'x', start: '3' }, 'nope'];
    const errors = errorsOf(data);
    expect(errors).to.include('article.id: must not be empty');
    expect(errors).to.include('article.title: expected a string, found 7');
    expect(errors).to.include('claims[0].start: expected a whole number, found "3"');
    expect(errors).to.include('claims[0].quote: missing; expected a string');
    expect(errors).to.include('claims[0].sources: missing; expected a list of sources (it may be empty)');
    expect(errors).to.include('claims[1]: expected a claim object, found "nope"');
  });

  it('refuses a file whose claims are not a list', () => {
    const data = exported() as unknown as Record<string, unknown>;
    data.claims = { 0: {} };
    expect(errorsOf(data)).to.deep.equal(['claims: expected a list of claims, found an object']);
  });

  it('refuses offsets past the end of the text', () => {
    const data = exported() as unknown as { article: { text: string }; claims: Record<string, unknown>[] };
    data.article.text = 'x'.repeat(97);
    data.claims = [{ ...data.claims[0], start: 90, end: 120 }];
    expect(errorsOf(data)).to.deep.equal(['claims[0].end: 120 is past the end of the article text (97 code points)']);
  });

  it('refuses an end that is not after start', () => {
    expect(errorsOf(withClaim(0, { end: 10, start: 10 }))).to.include('claims[0].end: 10 is not after start (10); a claim covers at least one character');
  });

  it('refuses a quote that does not match the text', () => {
    const data = withClaim(0, { quote: '$75 billion' });
    const start = (data as { claims: Array<{ start: number; end: number }> }).claims[0]!.start;
    expect(errorsOf(data)).to.deep.equal([`claims[0].quote: "$75 billion" does not match the article text at ${start}–${start + 11}, which reads "$75 million"`]);
  });

  it('refuses UTF-16 offsets (the quote check catches them after an emoji)', () => {
    const unit = ARTICLE_TEXT.indexOf('$75 million');
    const errors = errorsOf(withClaim(0, { start: unit, end: unit + 11 }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^claims\[0\]\.quote: "\$75 million" does not match the article text/);
  });

  it('refuses duplicate claim ids', () => {
    const data = exported() as unknown as { claims: Record<string, unknown>[] };
    data.claims[3]!.id = data.claims[1]!.id;
    expect(errorsOf(data)).to.deep.equal([`claims[3].id: "${String(data.claims[1]!.id)}" is already used by claims[1]`]);
  });

  it('refuses an unknown status, in a claim and in its history', () => {
    const data = exported() as unknown as { claims: Array<Record<string, unknown> & { history: Record<string, unknown>[] }> };
    data.claims[0]!.status = 'true-ish';
    data.claims[0]!.history[1]!.from = 'maybe';
    const errors = errorsOf(data);
    expect(errors).to.deep.equal([
      'claims[0].status: "true-ish" is not a known status (expected one of unchecked, in_progress, needs_source, verified, incorrect, misleading, unverifiable, corrected)',
      'claims[0].history[1].from: "maybe" is not a known status (expected one of unchecked, in_progress, needs_source, verified, incorrect, misleading, unverifiable, corrected)',
    ]);
    // Version 1 knew seven statuses: "corrected" is not one of them.
    const v1 = { ...exported(), version: 1 } as unknown as { claims: Array<Record<string, unknown>> };
    v1.claims[0]!.status = 'corrected';
    expect(errorsOf(v1)).to.deep.equal(['claims[0].status: "corrected" is not a known status (expected one of unchecked, in_progress, needs_source, verified, incorrect, misleading, unverifiable)']);
  });

  it('refuses javascript: and other non-http source URLs', () => {
    const errors = errorsOf(withClaim(0, { sources: [{ url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }, { url: 'https://' }, { url: 'https://ok.example/a b' }] }));
    expect(errors).to.deep.equal([
      'claims[0].sources[0].url: "javascript:alert(1)" is a javascript: address; only http: and https: addresses are allowed',
      'claims[0].sources[1].url: "data:text/html,x" is a data: address; only http: and https: addresses are allowed',
      'claims[0].sources[2].url: "https://" is not a complete http: or https: address',
      'claims[0].sources[3].url: "https://ok.example/a b" is not a complete http: or https: address',
    ]);
  });

  it('refuses a javascript: article URL', () => {
    const data = exported() as unknown as { article: Record<string, unknown> };
    data.article.url = 'JavaScript:alert(1)';
    expect(errorsOf(data)).to.deep.equal(['article.url: "JavaScript:alert(1)" is a javascript: address; only http: and https: addresses are allowed']);
  });

  it('refuses dates that are not ISO 8601 date-times', () => {
    const errors = errorsOf(withClaim(0, { createdAt: 'yesterday', updatedAt: '2026-02-30T10:00:00Z' }));
    expect(errors).to.deep.equal([
      'claims[0].createdAt: "yesterday" is not an ISO 8601 date and time with a zone (such as 2026-01-01T12:00:00.000Z)',
      'claims[0].updatedAt: "2026-02-30T10:00:00Z" is not an ISO 8601 date and time with a zone (such as 2026-01-01T12:00:00.000Z)',
    ]);
  });

  it('refuses a missing or invalid export time and unknown top-level keys', () => {
    expect(errorsOf({ ...exported(), exportedAt: '2026-01-01 12:00', extra: 1 })).to.deep.equal([
      'unknown property "extra"',
      'exportedAt: "2026-01-01 12:00" is not an ISO 8601 date and time with a zone (such as 2026-01-01T12:00:00.000Z)',
    ]);
  });

  it('refuses a prefix longer than 32 code points', () => {
    expect(errorsOf(withClaim(0, { prefix: '👍'.repeat(33) }))).to.deep.equal(['claims[0].prefix: is 33 code points long; at most 32 are allowed']);
  });

  it('refuses unknown properties', () => {
    expect(errorsOf(withClaim(2, { colour: 'red' }))).to.deep.equal(['claims[2]: unknown property "colour"']);
  });

  it('says which format a W3C file is, and where to import it', () => {
    const w3c = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [] } };
    expect(errorsOf(w3c)).to.deep.equal(['This looks like a W3C Web Annotation file, not a Factcheck Desk export — use Import W3C']);
    expect(errorsOf([{ type: 'Annotation', target: 'http://x.example' }])).to.deep.equal(['This looks like a W3C Web Annotation file, not a Factcheck Desk export — use Import W3C']);
  });

  it('recognises ClaimReview and Hypothesis files', () => {
    expect(errorsOf([{ '@context': 'https://schema.org', '@type': 'ClaimReview' }])[0]).to.match(/^This looks like a schema\.org ClaimReview file/);
    expect(errorsOf({ export_date: '2026-01-01', annotations: [] })[0]).to.equal('This looks like a Hypothesis export, not a Factcheck Desk export — use Import W3C');
  });

  it('refuses JSON without a format, or of another format', () => {
    expect(errorsOf({ title: 'x', claims: [] })).to.deep.equal(['format is missing: this is not a Factcheck Desk export']);
    expect(errorsOf({ format: 'other' })).to.deep.equal(['format is "other", not "factcheck-annotations": this is not a Factcheck Desk export']);
    expect(errorsOf('hello')).to.deep.equal(['This is not a Factcheck Desk export: the file holds "hello", not a JSON object']);
    expect(errorsOf(null)).to.deep.equal(['This is not a Factcheck Desk export: the file holds null, not a JSON object']);
  });

  it('refuses a newer version with advice', () => {
    expect(errorsOf({ ...exported(), version: 3 })).to.deep.equal(['version: this file is version 3, newer than this app reads (version 2); update Factcheck Desk']);
    expect(errorsOf({ ...exported(), version: 0 })).to.deep.equal(['version: 0 is not a version this app reads (expected 1 or 2)']);
  });

  it('refuses text that is not JSON', () => {
    const result = parseNativeJson('{"format": "factcheck-annotations",');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]).to.match(/^This file is not valid JSON \(/);
  });

  it('lists 50 problems, then how many more', () => {
    const data = exported() as unknown as { claims: unknown[] };
    data.claims = Array.from({ length: 60 }, () => 42);
    const errors = errorsOf(data);
    expect(errors).to.have.length(51);
    expect(errors[49]).to.equal('claims[49]: expected a claim object, found 42');
    expect(errors[50]).to.equal('… and 10 more');
  });
});

describe('native format: hostile input', () => {
  it('refuses huge, fractional and negative numbers', () => {
    const data = JSON.parse(
      JSON.stringify(exported())
        .replace(/"start":\d+/, '"start":1e400')
        .replace(/"end":\d+/, '"end":2.5'),
    ) as unknown;
    expect(errorsOf(data)).to.deep.equal(['claims[0].start: Infinity is too large to be a position in a text', 'claims[0].end: 2.5 is not a whole number']);
    expect(errorsOf(withClaim(0, { start: -1 }))).to.include('claims[0].start: -1 is negative; offsets count code points from 0');
    expect(errorsOf(withClaim(0, { start: 2 ** 60 }))[0]).to.match(/is too large to be a position in a text$/);
  });

  it('refuses unpaired surrogates in strings', () => {
    const json = JSON.stringify(exported()).replace('"note":"', '"note":"\\ud800');
    const result = parseNativeJson(json);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal(['claims[0].note: contains an unpaired surrogate (UTF-16 unit 0), which is not valid Unicode text']);
  });

  it('refuses __proto__ and constructor keys without polluting prototypes', () => {
    const json = JSON.stringify(exported()).replace('"claims":[{', '"claims":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = parseNativeJson(json);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal(['claims[0]: unknown property "__proto__"', 'claims[0]: unknown property "constructor"']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not take fields from a __proto__ key', () => {
    const data = JSON.parse('{"__proto__": {"format": "factcheck-annotations", "version": 1}}') as unknown;
    expect(errorsOf(data)).to.deep.equal(['format is missing: this is not a Factcheck Desk export']);
  });

  it('handles deep nesting without throwing', () => {
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    const json = JSON.stringify(exported()).replace('"note":"', `"note":${deep},"x":"`);
    const result = parseNativeJson(json);
    expect(result.ok).to.equal(false);
  });

  it('handles objects with inherited names as keys', () => {
    const data = exported() as unknown as { claims: Record<string, unknown>[] };
    data.claims[0] = Object.assign(Object.create(null) as Record<string, unknown>, data.claims[0]);
    expect(parseNative(data).ok).to.equal(true);
    expect(errorsOf({ ...exported(), claims: [{ toString: 'x', hasOwnProperty: 1 }] })).to.include('claims[0]: unknown property "hasOwnProperty"');
  });
});
