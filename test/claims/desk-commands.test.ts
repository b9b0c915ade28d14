import { expect } from '@open-wc/testing';
import type { EditorState } from 'prosemirror-state';
import {
  adoptOtherVersion,
  answerQuery,
  askWriter,
  claimsOf,
  claimsTransaction,
  confirmSecondCheck,
  dismissOtherVersion,
  restoreRecords,
  secondCheckRefusal,
  setReviewer,
  setStatus,
  setStatuses,
  updateClaim,
  updateClaims,
  withdrawQuery,
  type ClaimRecord,
} from '../../src/claims/index.js';
import { run, stateFor, tag } from '../helpers/editor.js';

const TEXT = 'Headline\n\nThe State Department approved the $75 million purchase on Jan. 11.\n\nThe deal includes 246 Javelin missiles.';

function record(state: EditorState, id: string): ClaimRecord {
  return claimsOf(state).records.get(id)!;
}

function two(): { state: EditorState; a: string; b: string } {
  const first = tag(stateFor(TEXT), '$75 million');
  const second = tag(first.state, '246 Javelin missiles');
  return { state: second.state, a: first.id, b: second.id };
}

/** Every transaction a command dispatches. */
function transactions(state: EditorState, command: Parameters<typeof run>[1]): number {
  let n = 0;
  command(state, () => n++);
  return n;
}

describe('desk commands', () => {
  it('sets claimant, assignee and suggested wording, and an empty string removes them', () => {
    let { state, a } = two();
    state = run(state, updateClaim(a, { claimant: 'Ejup Maqedonci', assignee: 'Bo', suggestedFix: 'the $57 million purchase' }));
    expect(record(state, a)).to.include({ claimant: 'Ejup Maqedonci', assignee: 'Bo', suggestedFix: 'the $57 million purchase' });
    state = run(state, updateClaim(a, { claimant: '', suggestedFix: '' }));
    expect(record(state, a)).not.to.have.property('claimant');
    expect(record(state, a)).not.to.have.property('suggestedFix');
    expect(updateClaim(a, { assignee: 'Bo' })(state)).to.equal(false);
  });

  it('writes who assigned a claim to whom in its history', () => {
    let { state, a } = two();
    state = run(state, updateClaim(a, { assignee: 'Bo' }));
    state = run(state, updateClaim(a, { assignee: 'Cy' }));
    const entries = record(state, a).history.filter((h) => h.event === 'assigned');
    expect(entries.map((h) => [h.by, h.oldText, h.newText])).to.deep.equal([
      ['Ada', undefined, 'Bo'],
      ['Ada', 'Bo', 'Cy'],
    ]);
  });

  it('assigns several claims, and sets their status, in one transaction each', () => {
    let { state, a, b } = two();
    expect(transactions(state, updateClaims([a, b], { assignee: 'Bo' }))).to.equal(1);
    state = run(state, updateClaims([a, b], { assignee: 'Bo' }));
    expect([record(state, a).assignee, record(state, b).assignee]).to.deep.equal(['Bo', 'Bo']);
    expect(transactions(state, setStatuses([a, b], 'verified'))).to.equal(1);
    state = run(state, setStatuses([a, b], 'verified'));
    expect([record(state, a).status, record(state, b).status]).to.deep.equal(['verified', 'verified']);
    expect(setStatuses([a, 'nope'], 'incorrect')(state)).to.equal(false);
  });

  it('undoes a change to several claims in one step with the records from before', () => {
    let { state, a, b } = two();
    const before = [record(state, a), record(state, b)];
    state = run(state, setStatuses([a, b], 'incorrect'));
    expect(transactions(state, restoreRecords(before))).to.equal(1);
    state = run(state, restoreRecords(before));
    expect([record(state, a).status, record(state, b).status]).to.deep.equal(['unchecked', 'unchecked']);
  });

  it('asks the writer, records the answer with who and when, and withdraws', () => {
    let { state, a } = two();
    state = run(state, askWriter(a, { to: 'Writer', question: 'Was it $75m or $57m?' }, 'q1'));
    state = run(state, askWriter(a, { to: 'Writer', question: 'Which date?' }, 'q2'));
    expect(record(state, a).queries!.map((q) => [q.id, q.state, q.to, q.askedBy])).to.deep.equal([
      ['q1', 'open', 'Writer', 'Ada'],
      ['q2', 'open', 'Writer', 'Ada'],
    ]);
    state = run(state, answerQuery(a, 'q1', '$75m, see the DSCA notice', 'Writer'));
    const q1 = record(state, a).queries![0]!;
    expect(q1).to.include({ state: 'answered', answer: '$75m, see the DSCA notice', answeredBy: 'Writer' });
    expect(q1.answeredAt).to.be.a('string');
    state = run(state, withdrawQuery(a, 'q2'));
    expect(record(state, a).queries![1]!.state).to.equal('withdrawn');
    expect(answerQuery(a, 'q2', 'late')(state)).to.equal(false);
    expect(
      record(state, a)
        .history.map((h) => h.event)
        .filter(Boolean),
    ).to.deep.equal(['query-asked', 'query-asked', 'query-answered', 'query-withdrawn']);
    expect(() => askWriter(a, { to: 'W', question: '  ' })).to.throw(RangeError, 'A query needs a question.');
  });

  it('clears the second check when the status changes', () => {
    let { state, a } = two();
    state = run(state, setStatus(a, 'incorrect'));
    state = run(state, setReviewer('Bo'));
    state = run(state, confirmSecondCheck(a));
    expect(record(state, a).secondCheck?.by).to.equal('Bo');
    state = run(state, setStatus(a, 'misleading'));
    expect(record(state, a)).not.to.have.property('secondCheck');
  });

  it('refuses a second check by the one who gave the verdict, by no one, or where none is needed', () => {
    let { state, a, b } = two();
    state = run(state, setStatus(a, 'incorrect'));
    state = run(state, setStatus(b, 'verified'));
    expect(confirmSecondCheck(a)(state)).to.equal(false);
    expect(secondCheckRefusal(record(state, a), 'ada ')).to.match(/^You gave this verdict/);
    expect(secondCheckRefusal(record(state, a), '')).to.match(/Type your name/);
    expect(secondCheckRefusal(record(state, b), 'Bo')).to.equal('This status does not need a second check.');
    expect(secondCheckRefusal(record(state, b), 'Bo', { secondCheckFor: ['verified'] })).to.equal(null);
    state = run(state, setReviewer(''));
    expect(confirmSecondCheck(a)(state)).to.equal(false);
    state = run(state, setReviewer('Bo'));
    expect(confirmSecondCheck(a)(state)).to.equal(true);
    state = run(state, confirmSecondCheck(a));
    expect(record(state, a).history.at(-1)).to.include({ event: 'second-check', by: 'Bo' });
  });

  it('adopts the other version of a merged claim, or dismisses it', () => {
    let { state, a, b } = two();
    const other = { status: 'incorrect', note: 'It was $57 million', by: 'Bo', at: '2026-01-02T10:00:00.000Z' };
    state = state.apply(
      claimsTransaction(state, {
        type: 'put',
        records: [
          { ...record(state, a), otherVersion: other },
          { ...record(state, b), otherVersion: other },
        ],
      }),
    );
    state = run(state, adoptOtherVersion(a));
    expect(record(state, a)).to.include({ status: 'incorrect', note: 'It was $57 million' });
    expect(record(state, a)).not.to.have.property('otherVersion');
    expect(record(state, a).history.at(-1)).to.include({ event: 'adopted-other-version', newText: 'It was $57 million' });
    state = run(state, dismissOtherVersion(b));
    expect(record(state, b)).to.include({ status: 'unchecked', note: '' });
    expect(record(state, b)).not.to.have.property('otherVersion');
    expect(adoptOtherVersion(b)(state)).to.equal(false);
  });
});
