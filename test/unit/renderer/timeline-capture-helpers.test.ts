import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import { editPatch } from '../../../src/renderer/views/timeline/edit-patch.ts';
import { choicesOf, formatOf, previewSource, sourceFile, type FormatChoice, type ImportSource } from '../../../src/renderer/views/timeline/import-source.ts';
import { previewFor, previousEventAt } from '../../../src/renderer/views/timeline/quick-entry-preview.ts';

const context = {
  timeZone: 'Europe/Berlin',
  anchorDate: '2026-11-20',
  previousAt: Date.parse('2026-11-20T13:00:00Z'),
  now: Date.parse('2026-11-20T15:30:45Z'),
};

describe('quick entry preview', () => {
  it.each([
    ['', { kind: 'empty' }],
    [
      '14:05 Error rate increased @monitoring #detection',
      {
        kind: 'reading',
        parts: [
          { label: 'Time', value: '14:05' },
          { label: 'Event', value: 'Error rate increased' },
          { label: 'Actor', value: 'monitoring' },
          { label: 'Phase', value: 'Detection' },
        ],
      },
    ],
    [
      '+5m Paged',
      {
        kind: 'reading',
        parts: [
          { label: 'Time', value: '14:05 (after the previous event)' },
          { label: 'Event', value: 'Paged' },
        ],
      },
    ],
    [
      'Status page updated',
      {
        kind: 'reading',
        parts: [
          { label: 'Time', value: 'now (16:30:45)' },
          { label: 'Event', value: 'Status page updated' },
        ],
      },
    ],
    [
      '2026-11-21 09:00 Next morning',
      {
        kind: 'reading',
        parts: [
          { label: 'Time', value: '2026-11-21 09:00' },
          { label: 'Event', value: 'Next morning' },
        ],
      },
    ],
    ['25:00 x @a @b', { kind: 'problem', messages: ['Time: "25:00" must have an hour from 00 to 23', 'Actor: one @actor per event, not @a and @b'] }],
  ])('%j', (text, expected) => {
    expect(previewFor(text, context).preview).toEqual(expected);
  });

  it.each([
    [null, [], null],
    [null, [{ occurredAt: 5 }, { occurredAt: 9 }, { occurredAt: 7 }], 9],
    [3, [{ occurredAt: 9 }], 3],
  ])('counts +5m from the last typed event, else the latest one (%j)', (lastTyped, events, expected) => {
    expect(previousEventAt(lastTyped, events)).toBe(expected);
  });
});

describe('import dialog helpers', () => {
  const importContext = { timeZone: 'UTC', anchorDate: '2026-11-20' };
  const read = (source: ImportSource, choice: FormatChoice = 'auto') => {
    const file = sourceFile(source);
    const format = file ? formatOf(file, choice) : null;
    return previewSource(file, format, choicesOf(file, format), importContext);
  };

  it('previews nothing for blank pasted text', () => {
    expect(read({ kind: 'paste', text: '  \n' })).toMatchObject({ format: null, message: null, preview: { events: [], rejected: [] } });
  });

  it('recognises pasted CSV and chat, and reads what the person chose instead when they choose', () => {
    expect(read({ kind: 'paste', text: 'time,event\n14:05,Paged' })).toMatchObject({ format: 'csv', preview: { events: [{ description: 'Paged' }] } });
    expect(read({ kind: 'paste', text: '[14:05] alice: paged' }).preview.events[0]).toMatchObject({ actor: 'alice', description: 'paged' });
    expect(read({ kind: 'paste', text: '[14:05] alice: paged' }, 'csv').format).toBe('csv');
  });

  it('says when a file is in no format it knows, naming the file', () => {
    const file = { name: 'notes.md', bytes: new TextEncoder().encode('# Notes without times') };
    expect(read({ kind: 'file', file }).message).toBe('notes.md is not in a format Debrief recognises. Choose its format under “Read as”.');
    expect(read({ kind: 'paste', text: 'no times at all' }).message).toMatch(/^The pasted text is not in a format/);
  });
});

describe('editPatch with a phase', () => {
  const before: TimelineEvent = {
    id: 'e',
    meetingId: 'm',
    occurredAt: 1,
    precision: 'minute',
    description: 'd',
    actor: 'a',
    phase: 'other',
    source: 'manual',
    origin: '',
    keyMoment: false,
    author: '',
    createdAt: 1,
    updatedAt: 1,
  };
  it.each([
    [{ phase: 'detection' as const }, { phase: 'detection' }],
    [{ phase: 'other' as const }, {}],
    [{}, {}],
  ])('%j', (change, expected) => {
    expect(editPatch(before, { occurredAt: 1, precision: 'minute', description: 'd', actor: 'a', ...change })).toEqual(expected);
  });
});
