import { describe, expect, it } from 'vitest';
import { layoutForTemplate, REPORT_LAYOUT_DESCRIPTORS } from '../../../src/shared/report/layouts.ts';
import {
  initialChoice,
  parseRememberedChoice,
  rememberedChoiceText,
  saveBlocker,
  sectionsApply,
  withAllSections,
  withFormat,
  withLayout,
  withSection,
} from '../../../src/renderer/views/export/export-options.ts';

const idsOf = (layout: keyof typeof REPORT_LAYOUT_DESCRIPTORS) => REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((section) => section.id);

describe('export options', () => {
  it('start with the post-incident review as Markdown, every section ticked', () => {
    expect(initialChoice()).toEqual({ layout: 'pir', format: 'md', sections: idsOf('pir') });
  });

  it("start, when nothing is remembered, from the layout of the agenda's source document", () => {
    // Seed 003's agenda writes the meeting report, 000's panel the panel review, 004's workflow its artifacts.
    expect(
      ['blameless-60', 'full-105', 'panel', 'incident-workflow', 'a-saved-template'].map((id) => initialChoice(null, layoutForTemplate(id)).layout),
    ).toEqual(['pir', 'meeting', 'panel', 'workflow', 'pir']);
    expect(initialChoice({ layout: 'pir', format: 'md' }, layoutForTemplate('panel')).layout).toBe('pir');
  });

  it('start from the remembered layout and format, with all of that layout’s sections', () => {
    expect(initialChoice({ layout: 'panel', format: 'docx' })).toEqual({
      layout: 'panel',
      format: 'docx',
      sections: ['participants', 'perspectives', 'consolidated', 'conflicts', 'effectiveness'],
    });
  });

  it('tick all sections of a newly chosen layout, whatever was unticked before', () => {
    const pir = withSection(initialChoice(), 'timeline', false);
    const meeting = withLayout(pir, 'meeting');
    expect(meeting.sections).toEqual(idsOf('meeting'));
    expect(withLayout(meeting, 'meeting')).toBe(meeting);
  });

  it('keep ticked sections in document order however they were ticked', () => {
    let choice = withAllSections(initialChoice(), false);
    for (const id of ['prevention', 'summary', 'timeline']) choice = withSection(choice, id, true);
    expect(choice.sections).toEqual(['summary', 'timeline', 'prevention']);
    expect(withSection(choice, 'summary', false).sections).toEqual(['timeline', 'prevention']);
  });

  it('ignore a section id the layout does not have', () => {
    expect(withSection(initialChoice(), 'perspectives', true).sections).toEqual(idsOf('pir'));
  });

  it('All and None tick and untick every section of the layout', () => {
    const none = withAllSections(withLayout(initialChoice(), 'workflow'), false);
    expect(none.sections).toEqual([]);
    expect(withAllSections(none, true).sections).toEqual(idsOf('workflow'));
  });

  it('let sections be chosen for Markdown and Word, never for the archive', () => {
    expect([sectionsApply('md'), sectionsApply('docx'), sectionsApply('json')]).toEqual([true, true, false]);
  });

  it('refuse to save a report with no section, but not an archive', () => {
    const none = withAllSections(initialChoice(), false);
    expect(saveBlocker(none)).toMatch(/at least one section/);
    expect(saveBlocker(withFormat(none, 'docx'))).toMatch(/at least one section/);
    expect(saveBlocker(withFormat(none, 'json'))).toBeNull();
    expect(saveBlocker(initialChoice())).toBeNull();
  });

  it('remember the layout and format and read them back', () => {
    const choice = withFormat(withLayout(initialChoice(), 'workflow'), 'json');
    expect(parseRememberedChoice(rememberedChoiceText(choice))).toEqual({ layout: 'workflow', format: 'json' });
  });

  it.each([null, '', 'not json', '[]', '{"layout":"pir"}', '{"layout":"old","format":"md"}', '{"layout":"pir","format":"pdf"}', 'null'])(
    'ignore a remembered value that is not theirs: %s',
    (text) => {
      expect(parseRememberedChoice(text)).toBeNull();
    },
  );
});
