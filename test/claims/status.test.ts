import { expect } from '@open-wc/testing';
import { DEFAULT_STATUSES, STATUS_IDS, customStatusSet, isResolved, isStatusId, isVerdict, makeStatusSet, needsSource, statusInfo, statusSetProblems, statusTint } from '../../src/claims/index.js';

describe('statuses', () => {
  it('has eight built-in statuses, Corrected in copy last, so the seven shortcuts keep their numbers', () => {
    expect(DEFAULT_STATUSES.map((s) => s.id)).to.deep.equal([...STATUS_IDS]);
    expect(STATUS_IDS.slice(0, 7)).to.deep.equal(['unchecked', 'in_progress', 'needs_source', 'verified', 'incorrect', 'misleading', 'unverifiable']);
    const corrected = statusInfo('corrected');
    expect(corrected.label).to.equal('Corrected in copy');
    expect(corrected.resolved).to.equal(true);
    expect(corrected.rating).to.equal(undefined);
  });

  it('calls a status with a rating a verdict, and one with a rating value one that needs a source', () => {
    expect(STATUS_IDS.filter((id) => isVerdict(id))).to.deep.equal(['verified', 'incorrect', 'misleading', 'unverifiable']);
    expect(STATUS_IDS.filter((id) => needsSource(id))).to.deep.equal(['verified', 'incorrect', 'misleading']);
  });

  it('keeps the README ClaimReview ratings', () => {
    expect(statusInfo('verified').rating).to.deep.equal({ alternateName: 'Verified', ratingValue: 5 });
    expect(statusInfo('misleading').rating).to.deep.equal({ alternateName: 'Misleading', ratingValue: 2 });
    expect(statusInfo('incorrect').rating).to.deep.equal({ alternateName: 'Incorrect', ratingValue: 1 });
    expect(statusInfo('unverifiable').rating).to.deep.equal({ alternateName: 'Unverifiable' });
  });

  it('looks statuses up in the set it is given', () => {
    const set = customStatusSet({ verified: { label: 'True' } }, [
      { id: 'half_true', label: 'Half true', icon: '½', colour: '#777700', line: 'dashed', resolved: true, rating: { alternateName: 'Half true', ratingValue: 3 }, description: '' },
    ]);
    expect(statusInfo('verified', set).label).to.equal('True');
    expect(statusInfo('verified').label).to.equal('Verified');
    expect(isStatusId('half_true', set)).to.equal(true);
    expect(isStatusId('half_true')).to.equal(false);
    expect(isResolved('half_true', set)).to.equal(true);
    expect(needsSource('half_true', set)).to.equal(true);
    expect(() => statusInfo('half_true')).to.throw(RangeError, 'Unknown status "half_true"');
  });

  it('derives a tint from the colour when a status has none', () => {
    expect(statusTint(statusInfo('verified'))).to.equal('#d8f3df');
    expect(statusTint({ ...statusInfo('verified'), tint: undefined })).to.equal('color-mix(in srgb, #176b33 18%, white)');
  });

  it('refuses a set that removes a built-in status or changes what it means', () => {
    expect(() => makeStatusSet(DEFAULT_STATUSES.slice(1))).to.throw(RangeError, '"unchecked" are missing');
    const unresolvedVerified = DEFAULT_STATUSES.map((s) => (s.id === 'verified' ? { ...s, resolved: false } : s));
    expect(statusSetProblems(unresolvedVerified)).to.deep.equal([{ path: '[3].resolved', problem: 'the built-in status "verified" always counts as resolved' }]);
    const ratedCorrected = DEFAULT_STATUSES.map((s) => (s.id === 'corrected' ? { ...s, rating: { alternateName: 'Fixed', ratingValue: 4 } } : s));
    expect(statusSetProblems(ratedCorrected)[0]!.problem).to.equal('the built-in status "corrected" is never published as a verdict');
  });

  it('refuses bad new statuses with the place of each problem', () => {
    const problems = statusSetProblems([
      ...DEFAULT_STATUSES,
      { id: 'Half-True', label: '', icon: '½', colour: 'red; } body {', line: 'zigzag', resolved: 'yes', rating: { alternateName: 'Half', ratingValue: 7 } },
      { id: 'verified', label: 'Again', icon: 'x', colour: '#000', line: 'solid', resolved: true },
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['[8].id', '[8].label', '[8].colour', '[8].line', '[8].resolved', '[8].rating.ratingValue', '[9].id', '[9].rating']);
  });

  it('renames a built-in status and keeps its id', () => {
    const set = customStatusSet({ incorrect: { label: 'False', icon: '✘', rating: { alternateName: 'False', ratingValue: 1 } } });
    expect(statusInfo('incorrect', set)).to.include({ id: 'incorrect', label: 'False', icon: '✘', resolved: true });
    expect(() => customStatusSet({ half_true: { label: 'x' } })).to.throw(RangeError, 'not a built-in status');
  });
});
