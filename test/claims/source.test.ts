import { expect } from '@open-wc/testing';
import { describeSource, normaliseSource, sourceProblem } from '../../src/claims/index.js';

describe('sources', () => {
  it('needs an http(s) address for a web page, kind absent or "web"', () => {
    expect(sourceProblem({ url: 'https://dsca.mil/x' })).to.equal(null);
    expect(sourceProblem({})).to.equal('A web page needs its address (http: or https:)');
    expect(sourceProblem({ kind: 'web', url: 'javascript:alert(1)' })).to.equal('"javascript:alert(1)" is not an http: or https: address');
  });

  it('takes an interview, a call, a document or an email without an address, but never a non-http one', () => {
    for (const kind of ['interview', 'call', 'document', 'email'] as const) {
      expect(sourceProblem({ kind, who: 'Ejup Maqedonci', at: '2026-01-02' }), kind).to.equal(null);
    }
    expect(sourceProblem({ kind: 'email', url: 'mailto:x@y.z' })).to.match(/not an http: or https: address; leave it empty/);
    expect(sourceProblem({ kind: 'fax' as never })).to.match(/"fax" is not a kind of source/);
  });

  it('keeps only what a source says, and throws RangeError for one it cannot keep', () => {
    expect(normaliseSource({ kind: 'web', url: ' https://a.example/ ', label: '' })).to.deep.equal({ url: 'https://a.example/' });
    expect(normaliseSource({ kind: 'call', who: 'Press office', at: '2026-01-02', url: '' })).to.deep.equal({ kind: 'call', who: 'Press office', at: '2026-01-02' });
    expect(() => normaliseSource({ url: 'ftp://x' })).to.throw(RangeError, 'is not an http: or https: address.');
  });

  it('reads as plain text', () => {
    expect(describeSource({ url: 'https://a.example/', label: 'DSCA' })).to.equal('https://a.example/ (DSCA)');
    expect(describeSource({ kind: 'interview', who: 'Ejup Maqedonci', at: '2026-01-02', label: 'Notes p. 3' })).to.equal('Interview: Ejup Maqedonci, 2026-01-02 — Notes p. 3');
  });
});
