import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../src/shared/domain/actions.ts';
import type { Note } from '../../../../src/shared/domain/notes.ts';
import { reportReadiness } from '../../../../src/shared/report/readiness.ts';
import type { ReportSource } from '../../../../src/shared/report/source.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';

const TODAY = '2026-12-06';

/** The realistic meeting, written in full, with three concrete, owned items due after today. */
function readySource(): ReportSource {
  const source = realisticReportSource();
  const [first] = source.actions;
  if (!first) throw new Error('the fixture has action items');
  const whyIds = source.whys.filter((why) => why.kind === 'root' || why.kind === 'contributing').map((why) => why.id);
  const findingIds = source.notes.filter((note) => note.category === 'could_improve' || note.category === 'perspective_finding').map((note) => note.id);
  // One item per cause and per finding keeps the "no item addresses it" checks quiet; five is the seed's ceiling.
  const targets = [...whyIds.map((whyId) => ({ whyId, noteId: null })), ...findingIds.map((noteId) => ({ whyId: null, noteId }))];
  source.actions = targets.map((target, index) => ({
    ...first,
    ...target,
    id: `a${index}`,
    title: `Add a canary stage to config rollout ${index + 1}`,
    owner: '@priya',
    dueOn: '2026-12-20',
    status: 'open',
    position: index,
  }));
  return source;
}

const keys = (source: ReportSource, dismissed: string[] = []) =>
  reportReadiness({ layout: 'pir', source, today: TODAY, dismissed })
    .filter((finding) => !finding.dismissed)
    .map((finding) => finding.key);

const item = (id: string, fields: Partial<ActionItem> = {}): ActionItem => ({
  ...realisticReportSource().actions[0]!,
  id,
  title: `Add alert ${id}`,
  owner: '@alice',
  dueOn: '2026-12-20',
  status: 'open',
  whyId: null,
  noteId: null,
  ...fields,
});

describe('reportReadiness', () => {
  it('an empty meeting: every section is empty and there are no action items', () => {
    const source = readySource();
    source.meeting = { ...source.meeting, summary: '' };
    source.actions = [];
    const found = reportReadiness({ layout: 'pir', source, today: TODAY, dismissed: [] });
    expect(found.find((finding) => finding.key === 'empty-section:pir:summary')).toMatchObject({
      kind: 'empty_section',
      sectionId: 'summary',
      message: '“Executive summary” is empty: write a summary; two or three sentences.',
    });
    expect(found.find((finding) => finding.kind === 'no_actions')?.key).toBe('no-actions');
  });

  it('fewer than three items (seed 002: 3-5 meaningful items)', () => {
    const source = readySource();
    source.actions = [item('a'), item('b')];
    expect(keys(source)).toContain('too-few');
    source.actions = [item('a'), item('b'), item('c')];
    expect(keys(source)).not.toContain('too-few');
  });

  it('more than five items', () => {
    const source = readySource();
    source.actions = ['1', '2', '3', '4', '5', '6'].map((id) => item(id));
    expect(keys(source)).toContain('too-many');
  });

  it('an item without owner or due date, and one whose due date has passed unless it is done', () => {
    const source = readySource();
    source.actions = [
      item('a', { owner: '' }),
      item('b', { dueOn: null }),
      item('c', { dueOn: '2026-12-05' }),
      item('d', { dueOn: '2026-11-01', status: 'done' }),
    ];
    const found = keys(source);
    expect(found).toEqual(expect.arrayContaining(['missing-owner:a', 'missing-due-date:b', 'past-due:c']));
    expect(found).not.toContain('past-due:d');
    // Due today has not passed.
    source.actions = [item('a', { dueOn: TODAY })];
    expect(keys(source)).not.toContain('past-due:a');
  });

  it('a vague item: a bare "improve monitoring" (seed 001)', () => {
    const source = readySource();
    source.actions = [item('a', { title: 'Improve monitoring' }), item('b'), item('c')];
    const found = reportReadiness({ layout: 'pir', source, today: TODAY, dismissed: [] }).find((finding) => finding.kind === 'vague');
    expect(found).toMatchObject({ key: 'vague:a', actionId: 'a' });
    expect(found?.message).toMatch(/^“Improve monitoring” is vague/);
  });

  it('a root cause, contributing factor, "could be improved" note or panel finding with no item', () => {
    const source = readySource();
    const note = (id: string, category: Note['category']): Note => ({
      ...source.notes[0]!,
      id,
      category,
      text: `Note ${id}`,
      perspective: category === 'perspective_finding' ? 'sre' : null,
      findingKind: category === 'perspective_finding' ? 'gap' : null,
    });
    source.notes = [...source.notes, note('improve', 'could_improve'), note('panel', 'perspective_finding'), note('well', 'went_well')];
    source.whys = [...source.whys, { ...source.whys[0]!, id: 'new-root', kind: 'root', text: 'No canary' }];
    const found = keys(source);
    expect(found).toEqual(expect.arrayContaining(['unaddressed-finding:improve', 'unaddressed-finding:panel', 'unaddressed-cause:new-root']));
    expect(found).not.toContain('unaddressed-finding:well');
    // Linking an item clears it.
    source.actions = source.actions.map((action, index) => (index === 0 ? { ...action, whyId: null, noteId: 'improve' } : action));
    expect(keys(source)).not.toContain('unaddressed-finding:improve');
  });

  it('a cleared check stays listed, marked dismissed', () => {
    const source = readySource();
    source.actions = [item('a'), item('b')];
    expect(keys(source, ['too-few'])).not.toContain('too-few');
    expect(reportReadiness({ layout: 'pir', source, today: TODAY, dismissed: ['too-few'] }).find((finding) => finding.key === 'too-few')?.dismissed).toBe(true);
  });

  it('the realistic meeting with its causes and findings addressed is ready', () => {
    const source = readySource();
    expect(keys(source).filter((key) => !key.startsWith('unaddressed') && key !== 'too-many')).toEqual([]);
  });
});
