import { expect } from '@open-wc/testing';
import { exportNative, parseNative, type NativeExport } from '../../src/formats/index.js';
import { customStatusSet } from '../../src/claims/index.js';
import { makeArticle, makeClaims, makeDeskClaims } from './fixtures.js';

const T = '2026-01-01T12:00:00.000Z';
const statuses = customStatusSet({ verified: { label: 'True' } }, [
  { id: 'half_true', label: 'Half true', icon: '½', colour: '#777700', line: 'dashed', resolved: true, rating: { alternateName: 'Half true', ratingValue: 3 }, description: 'Partly right' },
]);
const deskArticle = () => ({ ...makeArticle(), signOff: { by: 'Eda Editor', at: T, stale: true, staleSince: '2026-01-01T12:30:00.000Z' }, statuses });

function deskClaims() {
  const claims = makeDeskClaims();
  claims[0] = { ...claims[0]!, status: 'half_true' };
  return claims;
}

/** The export as a file gives it back. */
function file(): NativeExport & Record<string, unknown> {
  return JSON.parse(JSON.stringify(exportNative(deskArticle(), deskClaims(), T))) as NativeExport & Record<string, unknown>;
}

function errorsOf(data: unknown): string[] {
  const result = parseNative(data);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('native format, version 2', () => {
  it('writes the desk fields of claims and article', () => {
    const data = file();
    expect(data.version).to.equal(2);
    expect(data.article.signOff).to.deep.equal({ by: 'Eda Editor', at: T, stale: true, staleSince: '2026-01-01T12:30:00.000Z' });
    expect(data.article.statuses!.map((s) => s.id)).to.include('half_true');
    const money = data.claims.find((c) => c.quote === '$75 million')!;
    expect(money).to.include({ claimant: 'Government of Kosovo', assignee: 'Besa Checker' });
    expect(money.sources.slice(2)).to.deep.equal([
      { who: 'Ejup Maqedonci', at: '2026-01-01T09:30:00.000Z', kind: 'interview' } as never,
      { url: 'https://mf.rks-gov.example/b.pdf', label: 'Budget', kind: 'document' },
    ]);
    expect(money.queries!.map((q) => q.state)).to.deep.equal(['answered', 'withdrawn']);
    expect(data.claims.find((c) => c.quote === 'fallen by 40%')!.secondCheck).to.deep.equal({ by: 'Ana Reviewer', at: '2026-01-01T10:35:00.000Z' });
  });

  it('writes no desk field a claim does not have', () => {
    const data = JSON.parse(JSON.stringify(exportNative(makeArticle(), makeClaims(), T))) as NativeExport;
    for (const c of data.claims) for (const key of ['claimant', 'assignee', 'suggestedFix', 'queries', 'secondCheck', 'otherVersion']) expect(c).not.to.have.property(key);
    expect(data.article).not.to.have.property('signOff');
    expect(data.article).not.to.have.property('statuses');
  });

  it('round-trips: export, parse, export gives the same file', () => {
    const first = file();
    const parsed = parseNative(first);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.value.article.signOff).to.deep.equal(deskArticle().signOff);
    expect(parsed.value.article.statuses).to.deep.equal(JSON.parse(JSON.stringify(statuses)));
    const again = JSON.parse(JSON.stringify(exportNative(parsed.value.article, parsed.value.claims, T))) as unknown;
    expect(again).to.deep.equal(first);
  });

  it('still imports version 1 files, with their meaning', () => {
    const v1 = { ...(JSON.parse(JSON.stringify(exportNative(makeArticle(), makeClaims(), T))) as object), version: 1 };
    const parsed = parseNative(v1);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.value.claims.map((c) => c.status).sort()).to.deep.equal(['incorrect', 'misleading', 'needs_source', 'unchecked', 'unverifiable', 'verified']);
    expect(parsed.value.article).not.to.have.property('statuses');
  });

  it('refuses version 2 fields in a version 1 file', () => {
    const v1 = { ...file(), version: 1 };
    const errors = errorsOf(v1);
    expect(errors).to.include('article: unknown property "signOff"');
    expect(errors).to.include('claims[0]: unknown property "claimant"');
  });

  it('refuses statuses the file does not define', () => {
    const data = file();
    delete data.article.statuses;
    expect(errorsOf(data)[0]).to.match(/^claims\[4\]\.status: "half_true" is not a known status \(expected one of unchecked, .*corrected\)$/);
    const own = file();
    own.claims[1]!.status = 'made_up';
    expect(errorsOf(own)[0]).to.match(/^claims\[1\]\.status: "made_up" is not a known status \(expected one of .*half_true\)$/);
  });

  it('names the place of every problem in the desk fields', () => {
    const data = file() as unknown as {
      article: Record<string, unknown> & { statuses: Record<string, unknown>[] };
      claims: Array<Record<string, unknown> & { sources: unknown[]; queries: Record<string, unknown>[] }>;
    };
    data.article.signOff = { by: 'Eda', at: T, stale: false, staleSince: T };
    data.article.statuses[8]!.line = 'zigzag';
    data.claims[0]!.sources.push({ label: 'no address' });
    data.claims[0]!.sources.push({ kind: 'email', url: 'mailto:a@b.c' });
    data.claims[0]!.queries[1]!.answer = 'late';
    data.claims[1]!.secondCheck = { by: '', at: T };
    data.claims[3]!.otherVersion = { status: 'verified', note: 1, by: 'x', at: T };
    expect(errorsOf(data)[0]).to.equal('article.statuses[8].line: "zigzag" is not an underline style (expected one of solid, double, dotted, dashed, wavy)');
    delete (data.article as Record<string, unknown>).statuses;
    (data.claims[4] as Record<string, unknown>).status = 'verified';
    expect(errorsOf(data)).to.deep.equal([
      'article.signOff.staleSince: only a stale sign-off has staleSince',
      'claims[0].sources[4].url: missing; expected a string',
      'claims[0].sources[5].url: "mailto:a@b.c" is a mailto: address; only http: and https: addresses are allowed',
      'claims[0].queries[1].answer: only an answered query has answer (this one is withdrawn)',
      'claims[1].secondCheck.by: must not be empty',
      'claims[3].otherVersion.note: expected a string, found 1',
    ]);
  });
});
