import { describe, expect, it } from 'vitest';
import { canResend, RESEND_POLICY } from '../../../src/shared/api/resend-policy.ts';
import { methodInputs } from '../../../src/shared/api/contract.ts';

describe('which cut-off calls may be sent again', () => {
  it('has a rule for every method of the contract and no other', () => {
    expect(Object.keys(RESEND_POLICY).sort()).toEqual(Object.keys(methodInputs).sort());
  });

  it.each([
    ['a read', 'timeline.list', { meetingId: 'm' }, true],
    ['an edit that sets fields', 'actions.update', { id: 'a', patch: { owner: '@ana' } }, true],
    ['a delete', 'timeline.delete', { id: 'e' }, true],
    ['an add with the id the window chose', 'whys.add', { id: 'w', meetingId: 'm', parentId: null }, true],
    ['an add that leaves the id to the service', 'notes.add', { meetingId: 'm', text: 'x' }, false],
    ['a step of the timer', 'timer.next', { meetingId: 'm' }, false],
    ['extra time', 'timer.extend', { meetingId: 'm', seconds: 60 }, false],
    ['pointing the shared screen, which sets it outright', 'screen.focus', { meetingId: 'm', focus: null }, true],
    ['turning the read-back page, which names the page', 'screen.turnPage', { meetingId: 'm', page: 2 }, true],
    ['a chunk of an import', 'timeline.import', { importId: 'i' }, false],
    ['a new pairing code', 'joining.rotateCode', { meetingId: 'm' }, false],
    ['an unknown method', 'timeline.explode', {}, false],
  ])('%s: %s', (_name, method, input, expected) => {
    expect(canResend(method, input)).toBe(expected);
  });
});
