import { describe, expect, it } from 'vitest';
import { actionItemChecks, checkKey, type ActionCheckInput } from '../../../src/shared/actions/checks.ts';

type Item = ActionCheckInput['actions'][number];
type WhyNode = ActionCheckInput['whys'][number];

const item = (id: string, fields: Partial<Item> = {}): Item => ({
  id,
  title: `Item ${id}`,
  owner: '@alice',
  dueOn: '2026-12-15',
  status: 'open',
  whyId: null,
  ...fields,
});
const why = (id: string, kind: WhyNode['kind'], text = `Cause ${id}`): WhyNode => ({ id, kind, text });

const keysOf = (input: Partial<ActionCheckInput>) => actionItemChecks({ actions: [], whys: [], dismissed: [], ...input }).map((finding) => finding.key);

describe('actionItemChecks', () => {
  it.each<[string, Partial<ActionCheckInput>, string[]]>([
    ['nothing to say about an empty meeting', {}, []],
    ['nothing about complete items', { actions: [item('a'), item('b'), item('c')] }, []],
    ['an item without owner', { actions: [item('a', { owner: '' })] }, ['missing-owner:a']],
    ['an owner of only spaces is no owner', { actions: [item('a', { owner: '   ' })] }, ['missing-owner:a']],
    ['an item without due date', { actions: [item('a', { dueOn: null })] }, ['missing-due-date:a']],
    ['both, owner first', { actions: [item('a', { owner: '', dueOn: null })] }, ['missing-owner:a', 'missing-due-date:a']],
    ['a cancelled item needs neither', { actions: [item('a', { owner: '', dueOn: null, status: 'cancelled' })] }, []],
    ['a done item still needs both for the record', { actions: [item('a', { owner: '', status: 'done' })] }, ['missing-owner:a']],
    ['five items are fine', { actions: ['1', '2', '3', '4', '5'].map((id) => item(id)) }, []],
    ['six items are too many', { actions: ['1', '2', '3', '4', '5', '6'].map((id) => item(id)) }, ['too-many']],
    [
      'cancelled items do not count towards the limit',
      { actions: [...['1', '2', '3', '4', '5'].map((id) => item(id)), item('6', { status: 'cancelled' })] },
      [],
    ],
    ['a root cause with no item', { whys: [why('r', 'root')] }, ['unaddressed-cause:r']],
    ['a contributing factor with no item', { whys: [why('c', 'contributing')] }, ['unaddressed-cause:c']],
    ['symptoms, problems and unclassified nodes need no item', { whys: [why('s', 'symptom'), why('p', 'problem'), why('u', 'unclassified')] }, []],
    ['a linked root cause is addressed', { whys: [why('r', 'root')], actions: [item('a', { whyId: 'r' })] }, []],
    ['a cancelled item addresses nothing', { whys: [why('r', 'root')], actions: [item('a', { whyId: 'r', status: 'cancelled' })] }, ['unaddressed-cause:r']],
    ['each cause on its own', { whys: [why('r', 'root'), why('c', 'contributing')], actions: [item('a', { whyId: 'c' })] }, ['unaddressed-cause:r']],
  ])('%s', (_, input, keys) => {
    expect(keysOf(input)).toEqual(keys);
  });

  it.each([
    [['missing-owner:a'], [true, false]],
    [['missing-due-date:a'], [false, true]],
    [new Set(['missing-owner:a', 'missing-due-date:a']), [true, true]],
    [['missing-owner:gone'], [false, false]],
  ])('marks cleared keys %j as dismissed and keeps them in the list', (dismissed, flags) => {
    const findings = actionItemChecks({ actions: [item('a', { owner: '', dueOn: null })], whys: [], dismissed });
    expect(findings.map((finding) => finding.dismissed)).toEqual(flags);
  });

  it('names the item or cause in words and points at it by id', () => {
    const [owner, tooMany, cause] = actionItemChecks({
      actions: [item('a', { title: '  Add a canary stage  ', owner: '' }), ...['2', '3', '4', '5', '6'].map((id) => item(id))],
      whys: [why('r', 'root', 'Retries had no back-off')],
      dismissed: [],
    }).sort((x, y) => x.kind.localeCompare(y.kind));
    expect(owner).toMatchObject({ kind: 'missing_owner', actionId: 'a', whyId: null, message: '“Add a canary stage” has no owner.' });
    expect(cause).toMatchObject({ kind: 'unaddressed_cause', whyId: 'r', message: 'The root cause “Retries had no back-off” has no action item.' });
    expect(tooMany).toMatchObject({ kind: 'too_many', key: checkKey.tooMany });
    expect(tooMany!.message).toContain('6 action items');
  });

  it('keeps keys stable when titles change or items move', () => {
    const before = keysOf({ actions: [item('a', { owner: '' }), item('b', { dueOn: null })] });
    const after = keysOf({ actions: [item('b', { dueOn: null, title: 'Renamed' }), item('a', { owner: '', title: 'Also renamed' })] });
    expect([...after].sort()).toEqual([...before].sort());
  });
});
