import { describe, expect, it } from 'vitest';
import { reportSectionHolding, reportSectionsFor } from '../../../../src/shared/report/section-focus.ts';

describe('reportSectionsFor: the report sections an agenda section brings forward', () => {
  it.each([
    ['pir', 'timeline', ['timeline']],
    ['pir', 'root_cause', ['root_cause', 'contributing_factors']],
    ['pir', 'closing', ['lessons', 'prevention']],
    ['pir', 'opening', []],
    ['meeting', 'opening', ['meeting_details']],
    ['meeting', 'closing', ['additional_notes']],
    ['meeting', 'responsibilities', ['action_items']],
    ['workflow', 'triage', ['triage']],
    ['workflow', 'root_cause', ['root_cause_analysis']],
    ['workflow', 'action_items', ['action_tracker']],
    ['panel', 'perspective', ['perspectives', 'conflicts']],
    ['panel', 'action_items', ['consolidated']],
    ['pir', 'custom', []],
  ] as const)('%s layout, %s section: %j', (layout, kind, ids) => {
    expect(reportSectionsFor(layout, kind)).toEqual(ids);
  });

  it('nothing before the meeting starts or after it ends', () => {
    expect(reportSectionsFor('pir', null)).toEqual([]);
  });

  it('a check about an item, a cause or a note is fixed in the section that holds it', () => {
    expect(reportSectionHolding('pir', 'action')).toBe('action_items');
    expect(reportSectionHolding('workflow', 'action')).toBe('action_tracker');
    expect(reportSectionHolding('panel', 'cause')).toBe('consolidated');
    expect(reportSectionHolding('workflow', 'could_improve')).toBe('post_mortem');
    expect(reportSectionHolding('panel', 'perspective_finding')).toBe('perspectives');
    expect(reportSectionHolding('pir', 'perspective_finding')).toBeNull();
  });
});
