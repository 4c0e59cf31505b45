import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { storedAdd } from '../../../src/main/service/resent-add.ts';

const stored = { id: 'a1', meetingId: 'm1', text: 'Stored first' };
const lookup = (id: string) => (id === stored.id ? stored : undefined);

describe('storedAdd', () => {
  it('finds nothing to answer with when the add carries no id or an id not stored yet', () => {
    expect(storedAdd({ meetingId: 'm1' }, 'note', lookup)).toBeUndefined();
    expect(storedAdd({ meetingId: 'm1', id: undefined }, 'note', lookup)).toBeUndefined();
    expect(storedAdd({ meetingId: 'm1', id: 'new' }, 'note', lookup)).toBeUndefined();
  });

  it('answers a resend into the same meeting with the stored row itself', () => {
    expect(storedAdd({ meetingId: 'm1', id: 'a1' }, 'note', lookup)).toBe(stored);
  });

  it('refuses an id held by another meeting as a conflict on the id field', () => {
    let thrown: unknown;
    try {
      storedAdd({ meetingId: 'm2', id: 'a1' }, 'note', lookup);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).toBody()).toEqual({ code: 'conflict', message: 'id: note a1 belongs to another meeting', field: 'id' });
  });
});
