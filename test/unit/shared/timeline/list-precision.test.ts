import { describe, expect, it } from 'vitest';
import { listPrecision } from '../../../../src/shared/timeline/list-precision.ts';

describe('listPrecision', () => {
  it('shows a list in minutes when every event was recorded to the minute', () => {
    expect(listPrecision([{ precision: 'minute' }, { precision: 'minute' }])).toBe('minute');
    expect(listPrecision([])).toBe('minute');
  });

  it('shows the whole list with seconds once any event has them (issue 13: one time format in a list)', () => {
    expect(listPrecision([{ precision: 'minute' }, { precision: 'second' }, { precision: 'minute' }])).toBe('second');
  });
});
