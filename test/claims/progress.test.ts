import { expect } from '@open-wc/testing';
import { isClaimResolved, progressOf, type ClaimRecord } from '../../src/claims/index.js';

const T = '2026-01-01T10:00:00.000Z';
const base: ClaimRecord = { id: 'a', status: 'verified', note: '', sources: [], reviewer: 'Ana', createdAt: T, updatedAt: T, history: [], changed: false, orphaned: false };
const open: import('../../src/claims/index.js').Query = { id: 'q', to: 'W', question: '?', askedBy: 'Ana', askedAt: T, state: 'open' };

describe('progress', () => {
  it('counts a claim resolved only when nothing is open on it', () => {
    expect(isClaimResolved(base)).to.equal(true);
    expect(isClaimResolved({ ...base, status: 'corrected' })).to.equal(true);
    expect(isClaimResolved({ ...base, changed: true })).to.equal(false);
    expect(isClaimResolved({ ...base, orphaned: true })).to.equal(false);
    expect(isClaimResolved({ ...base, queries: [open] })).to.equal(false);
    expect(isClaimResolved({ ...base, queries: [{ ...open, state: 'answered' }] })).to.equal(true);
    expect(isClaimResolved({ ...base, status: 'incorrect' })).to.equal(false);
    expect(isClaimResolved({ ...base, status: 'incorrect', secondCheck: { by: 'Bo', at: T } })).to.equal(true);
    expect(isClaimResolved({ ...base, status: 'misleading' }, { secondCheckFor: ['incorrect'] })).to.equal(true);
    expect(isClaimResolved({ ...base, status: 'gone_custom' })).to.equal(false);
  });

  it('counts open queries and claims awaiting a second check', () => {
    const list: ClaimRecord[] = [
      { ...base, queries: [open, { ...open, id: 'r' }] },
      { ...base, id: 'b', status: 'incorrect' },
      { ...base, id: 'c', status: 'misleading', secondCheck: { by: 'Bo', at: T } },
      { ...base, id: 'd', status: 'unchecked' },
    ];
    const p = progressOf(list);
    expect(p).to.include({ total: 4, resolved: 1, openQueries: 2, awaitingSecondCheck: 1, changed: 0, orphaned: 0 });
    expect(p.byStatus).to.include({ verified: 1, incorrect: 1, misleading: 1, unchecked: 1, corrected: 0 });
  });
});
