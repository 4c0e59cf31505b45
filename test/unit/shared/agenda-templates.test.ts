import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, findBuiltInTemplate, templateMinutes } from '../../../src/shared/agenda/templates.ts';
import { templateSectionsSchema } from '../../../src/shared/agenda/template-schema.ts';
import { PERSPECTIVES } from '../../../src/shared/domain/participant.ts';

const template = (id: string) => {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
};

describe('built-in agenda templates', () => {
  it('has the four templates, the 60-minute review first as the default', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['blameless-60', 'full-105', 'panel', 'incident-workflow']);
    expect(DEFAULT_TEMPLATE_ID).toBe('blameless-60');
    expect(BUILT_IN_TEMPLATES.every((t) => t.builtIn && t.createdAt === null)).toBe(true);
  });

  it.each([
    ['blameless-60', 60, [5, 20, 15, 15, 5]],
    ['full-105', 105, [5, 10, 15, 20, 10, 20, 15, 5, 5]],
  ])('%s adds up to %i minutes in the agreed order', (id, total, minutes) => {
    expect(templateMinutes(template(id))).toBe(total);
    expect(template(id).sections.map((s) => s.minutes)).toEqual(minutes);
  });

  it('orders the short review as opening, timeline, root cause, action items, closing', () => {
    expect(template('blameless-60').sections.map((s) => s.kind)).toEqual(['opening', 'timeline', 'root_cause', 'action_items', 'closing']);
  });

  it('gives the panel one perspective section for each of the six perspectives, about 90 minutes in all', () => {
    const panel = template('panel');
    const perspectives = panel.sections.filter((s) => s.kind === 'perspective').map((s) => s.perspective);
    expect(perspectives).toEqual([...PERSPECTIVES]);
    expect(panel.sections.filter((s) => s.kind !== 'perspective').every((s) => s.perspective == null)).toBe(true);
    expect(panel.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['contributing_factors', 'symptoms_vs_causes', 'action_items']));
    expect(templateMinutes(panel)).toBe(90);
  });

  it('gates triage, mitigation, root cause and post-mortem in the incident workflow', () => {
    const workflow = template('incident-workflow');
    expect(workflow.sections.map((s) => [s.kind, s.gated ?? false])).toEqual([
      ['triage', true],
      ['mitigation', true],
      ['communication', false],
      ['root_cause', true],
      ['postmortem', true],
      ['action_items', false],
    ]);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s has a name, a description and no empty titles', (_id, t) => {
    expect(t.name.trim()).not.toBe('');
    expect(t.description.trim()).not.toBe('');
    for (const section of t.sections) {
      expect(section.title.trim()).not.toBe('');
      expect(section.minutes).toBeGreaterThan(0);
      expect(Number.isInteger(section.minutes)).toBe(true);
    }
    expect(new Set(t.sections.map((s) => s.title)).size).toBe(t.sections.length);
    expect(templateSectionsSchema.safeParse(t.sections).success).toBe(true);
  });

  it('the stored-sections schema refuses what a saved template must not hold', () => {
    expect(templateSectionsSchema.safeParse([]).success).toBe(false);
    expect(templateSectionsSchema.safeParse([{ kind: 'blame', title: 'x', minutes: 5 }]).success).toBe(false);
    expect(templateSectionsSchema.safeParse([{ kind: 'custom', title: ' ', minutes: 5 }]).success).toBe(false);
    expect(templateSectionsSchema.safeParse([{ kind: 'custom', title: 'x', minutes: -1 }]).success).toBe(false);
    expect(templateSectionsSchema.safeParse([{ kind: 'perspective', title: 'x', minutes: 5, perspective: 'manager' }]).success).toBe(false);
  });
});
