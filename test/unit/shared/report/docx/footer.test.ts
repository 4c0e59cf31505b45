import { describe, expect, it } from 'vitest';
import { footerLabel } from '../../../../../src/shared/report/docx/footer.ts';

describe('footerLabel', () => {
  it('keeps a short label as one line', () => {
    expect(footerLabel('Post-Incident Review:\nINC-2041\u0000')).toBe('Post-Incident Review: INC-2041');
  });

  it('cuts a long label at a word and ends it with an ellipsis', () => {
    const label = footerLabel(`Post-Incident Review: ${'checkout latency '.repeat(10)}`);
    expect([...label].length).toBeLessThanOrEqual(80);
    expect(label).toMatch(/^Post-Incident Review: checkout latency checkout .*latency…$/);
  });

  it('cuts a label without spaces between whole emoji sequences', () => {
    const label = footerLabel('👩‍👩‍👧‍👦'.repeat(100));
    expect(label.endsWith('👩‍👩‍👧‍👦…')).toBe(true);
  });
});
