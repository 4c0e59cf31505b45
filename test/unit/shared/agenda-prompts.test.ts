import { describe, expect, it } from 'vitest';
import { learningQuestions, sectionGuide } from '../../../src/shared/agenda/prompts.ts';
import { BUILT_IN_TEMPLATES } from '../../../src/shared/agenda/templates.ts';
import { SECTION_KINDS } from '../../../src/shared/domain/agenda.ts';
import { PERSPECTIVES } from '../../../src/shared/domain/participant.ts';

const allText = (guide: ReturnType<typeof sectionGuide>) => [guide.roomPrompt, ...guide.facilitatorPrompts].join('\n');

describe('section guides', () => {
  it.each([...SECTION_KINDS])('%s has a room prompt and at least one facilitator prompt', (kind) => {
    const guide = sectionGuide(kind);
    expect(guide.roomPrompt.trim()).not.toBe('');
    expect(guide.facilitatorPrompts.length).toBeGreaterThan(0);
    for (const prompt of guide.facilitatorPrompts) expect(prompt.trim()).not.toBe('');
  });

  it.each([...PERSPECTIVES])('the %s perspective has its own room prompt and focus', (perspective) => {
    const guide = sectionGuide('perspective', perspective);
    expect(guide.roomPrompt).not.toBe(sectionGuide('perspective').roomPrompt);
    expect(guide.facilitatorPrompts[0]).toMatch(/^Focus:/);
  });

  it('every perspective speaks differently', () => {
    const rooms = PERSPECTIVES.map((p) => sectionGuide('perspective', p).roomPrompt);
    expect(new Set(rooms).size).toBe(PERSPECTIVES.length);
  });

  it('every section of every built-in template has a guide', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      for (const section of template.sections) {
        expect(sectionGuide(section.kind, section.perspective ?? null, section.gated ?? false).roomPrompt, `${template.id}: ${section.title}`).not.toBe('');
      }
    }
  });

  it('carries the opening and closing statements', () => {
    expect(allText(sectionGuide('opening'))).toMatch(/Opening statement/);
    expect(allText(sectionGuide('opening'))).toMatch(/blame/i);
    expect(allText(sectionGuide('closing'))).toMatch(/Closing statement/);
  });

  it('asks the timeline questions: what people knew and which options they saw', () => {
    const text = allText(sectionGuide('timeline'));
    expect(text).toMatch(/what did you know/i);
    expect(text).toMatch(/options/i);
  });

  it('guides the 5 Whys past "human error" and offers the questions that unlock learning', () => {
    const guide = sectionGuide('root_cause');
    expect(allText(guide)).toMatch(/why/i);
    expect(allText(guide)).toMatch(/human error/i);
    expect(guide.facilitatorPrompts).toEqual(expect.arrayContaining(learningQuestions()));
  });

  it('states the action-item rule: an owner and a due date, three to five items', () => {
    const text = allText(sectionGuide('action_items'));
    expect(text).toMatch(/owner/);
    expect(text).toMatch(/due date/);
    expect(text).toMatch(/three to five/);
  });

  it.each(['triage', 'mitigation', 'root_cause', 'postmortem'] as const)('adds the gate criteria to a gated %s section only', (kind) => {
    const gated = sectionGuide(kind, null, true).facilitatorPrompts;
    const open = sectionGuide(kind, null, false).facilitatorPrompts;
    expect(gated.length).toBe(open.length + 1);
    expect(gated.at(-1)).toMatch(/^Approve when/);
  });

  it('gives a gated section of any other kind a general gate criterion', () => {
    expect(sectionGuide('custom', null, true).facilitatorPrompts.at(-1)).toMatch(/revision/);
  });

  it('hands out copies, so a caller cannot change the guides', () => {
    sectionGuide('opening').facilitatorPrompts.push('changed');
    learningQuestions().push('changed');
    expect(sectionGuide('opening').facilitatorPrompts).not.toContain('changed');
    expect(learningQuestions()).not.toContain('changed');
  });
});
