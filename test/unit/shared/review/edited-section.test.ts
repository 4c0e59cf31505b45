import { describe, expect, it } from 'vitest';
import { editedSections } from '../../../../src/shared/review/edited-section.ts';

/** The section titles are the report layouts' own (src/shared/report/layouts.ts), so a reviewer finds what changed. */
describe('the report section an edit after circulation touched', () => {
  it('names the section as the meeting’s layout does', () => {
    expect(editedSections('pir', { entity: 'timeline_event' })).toEqual(['Timeline']);
    expect(editedSections('meeting', { entity: 'timeline_event' })).toEqual(['Timeline of events']);
    expect(editedSections('pir', { entity: 'why' })).toEqual(['Root cause']);
    expect(editedSections('workflow', { entity: 'why' })).toEqual(['Root cause analysis']);
    expect(editedSections('workflow', { entity: 'action_item' })).toEqual(['Action item tracker']);
    expect(editedSections('panel', { entity: 'conflict' })).toEqual(['Conflicting recommendations']);
  });

  it('tells notes apart by category and meeting fields by the section that prints them, each section once', () => {
    expect(editedSections('pir', { entity: 'note', category: 'could_improve' })).toEqual(['What could be improved']);
    expect(editedSections('workflow', { entity: 'note', category: 'went_well' })).toEqual(['Post-mortem']);
    expect(editedSections('pir', { entity: 'meeting', fields: ['summary', 'usersAffected', 'dataLoss'] })).toEqual(['Executive summary', 'Impact']);
    expect(editedSections('workflow', { entity: 'meeting', fields: ['mitigationStrategy'] })).toEqual(['Mitigation']);
  });

  it('names evidence as the Evidence section every report ends with, and ignores what no report shows', () => {
    expect(editedSections('pir', { entity: 'evidence' })).toEqual(['Evidence']);
    expect(editedSections('pir', { entity: 'timer' })).toEqual([]);
  });
});
