import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/shared/domain/notes.ts';
import type { Why, WhyKind } from '../../../src/shared/domain/whys.ts';
import { findingLink, findingOptions, findingValue } from '../../../src/renderer/views/actions/finding-options.ts';

const why = (id: string, kind: WhyKind, text = `Why ${id}`): Why => ({
  id,
  meetingId: 'm',
  parentId: null,
  position: 0,
  text,
  kind,
  author: '',
  createdAt: 1,
  updatedAt: 1,
});
const note = (id: string, text = `Note ${id}`): Note => ({
  id,
  meetingId: 'm',
  category: 'could_improve',
  perspective: null,
  findingKind: null,
  severity: null,
  position: 0,
  text,
  author: '',
  createdAt: 1,
  updatedAt: 1,
});

describe('findingOptions', () => {
  it('offers root causes first, then contributing factors, then notes; never symptoms or the problem', () => {
    const options = findingOptions([why('c', 'contributing'), why('s', 'symptom'), why('r', 'root'), why('p', 'problem')], [note('n')]);
    expect(options.map((option) => [option.value, option.group])).toEqual([
      ['why:r', 'Root cause'],
      ['why:c', 'Contributing factor'],
      ['note:n', 'What could be improved'],
    ]);
  });

  it('keeps a linked node on offer after it was reclassified, and shortens long text', () => {
    const options = findingOptions([why('s', 'symptom', 'x'.repeat(100))], [], { whyId: 's', noteId: null });
    expect(options).toHaveLength(1);
    expect(options[0]!.label).toHaveLength(70);
    expect(findingOptions([why('e', 'root', '  ')], [])[0]!.label).toBe('(no text yet)');
  });

  it.each([
    [{ whyId: 'w1', noteId: null }, 'why:w1'],
    [{ whyId: null, noteId: 'n1' }, 'note:n1'],
    [{ whyId: null, noteId: null }, ''],
  ])('round-trips %j through the select value %j', (link, value) => {
    expect(findingValue(link)).toBe(value);
    expect(findingLink(value)).toEqual(link);
  });
});
