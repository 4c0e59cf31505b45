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
  withKeyMoments,
  keyMomentsHint,
  withLayout,
  withSection,
} from '../../../src/renderer/views/export/export-options.ts';

const idsOf = (layout: keyof typeof REPORT_LAYOUT_DESCRIPTORS) => REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((section) => section.id);

describe('export options', () => {
  it('start with the post-incident review as Markdown, every section ticked', () => {
    expect(initialChoice()).toEqual({ layout: 'pir', format: 'md', sections: idsOf('pir'), keyMoments: false });
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
      keyMoments: false,
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

  it('remember the key-moments option with the layout and start from it', () => {
    const choice = withKeyMoments(withLayout(initialChoice(), 'meeting'), true);
    const remembered = parseRememberedChoice(rememberedChoiceText(choice));
    expect(remembered).toEqual({ layout: 'meeting', format: 'md', keyMoments: true });
    expect(initialChoice(remembered)).toEqual({ layout: 'meeting', format: 'md', sections: idsOf('meeting'), keyMoments: true });
    // An older remembered value without the option starts with it off.
    expect(initialChoice(parseRememberedChoice('{"layout":"pir","format":"md"}')).keyMoments).toBe(false);
  });

  describe('the key-moments option says what it will do', () => {
    const events = (starred: number, total: number) => Array.from({ length: total }, (_, index) => ({ keyMoment: index < starred }));
    const on = withKeyMoments(initialChoice(), true);

    it('says when no event is starred, so the report keeps the whole timeline', () => {
      expect(keyMomentsHint(on, events(0, 12))).toMatch(/^No event is starred as a key moment, so the report shows the whole timeline/);
      expect(keyMomentsHint(on, [])).toMatch(/^No event is starred/);
    });

    it('counts the starred events', () => {
      expect(keyMomentsHint(on, events(3, 12))).toBe('3 of 12 events are starred as key moments.');
      expect(keyMomentsHint(on, events(1, 2))).toBe('1 of 2 events is starred as a key moment.');
    });

    it('says it changes nothing when no ticked section shows the timeline', () => {
      expect(keyMomentsHint(withLayout(on, 'panel'), events(2, 5))).toMatch(/changes nothing/);
      expect(keyMomentsHint(withSection(on, 'timeline', false), events(2, 5))).toMatch(/changes nothing/);
      expect(keyMomentsHint(withSection(withLayout(on, 'workflow'), 'triage', false), events(2, 5))).toBe('2 of 5 events are starred as key moments.');
    });
  });

  it.each([null, '', 'not json', '[]', '{"layout":"pir"}', '{"layout":"old","format":"md"}', '{"layout":"pir","format":"pdf"}', 'null'])(
    'ignore a remembered value that is not theirs: %s',
    (text) => {
      expect(parseRememberedChoice(text)).toBeNull();
    },
  );
});
