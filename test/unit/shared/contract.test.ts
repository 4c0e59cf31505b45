import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHODS, isMethod, methodInputs } from '../../../src/shared/api/contract.ts';
import { ApiError, invalidInput, isApiErrorBody } from '../../../src/shared/api/errors.ts';
import { calendarDate, epochMs, timeZone } from '../../../src/shared/api/fields.ts';

describe('the API contract', () => {
  it('groups every method by domain as domain.verb', () => {
    expect(METHODS.length).toBeGreaterThan(0);
    for (const method of METHODS)
      expect(method).toMatch(
        /^(meetings|timeline|participants|agenda|timer|templates|actions|whys|notes|conflicts|evidence|archive|session|joining|changes|screen|review|effectiveness|followups|people|reminders|trends|redaction|tags|library|publish|sources)\.[a-zA-Z]+$/,
      );
  });

  it.each(['meetings.create', 'timeline.add', 'participants.remove'])('knows %s', (name) => {
    expect(isMethod(name)).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'meetings', 42, null, undefined])('does not mistake %j for a method', (name) => {
    expect(isMethod(name)).toBe(false);
  });

  it('rejects unknown fields on every object input rather than ignoring them', () => {
    for (const method of METHODS) {
      expect(methodInputs[method].safeParse({ definitelyNotAField: 1 }).success, method).toBe(false);
    }
  });
});

describe('invalidInput', () => {
  it('names the dotted path of the first bad field', () => {
    const schema = z.object({ patch: z.object({ title: z.string().min(1, { message: 'must not be empty' }) }) });
    const error = invalidInput(schema.safeParse({ patch: { title: '' } }).error!);
    expect(error.toBody()).toEqual({ code: 'invalid_input', field: 'patch.title', message: 'patch.title: must not be empty' });
  });

  it('names an unexpected key as the field', () => {
    const error = invalidInput(z.strictObject({ a: z.number() }).safeParse({ a: 1, sneaky: 2 }).error!);
    expect(error.field).toBe('sneaky');
  });

  it('calls a non-object input "input"', () => {
    expect(invalidInput(z.object({}).safeParse('text').error!).field).toBe('input');
  });

  it('round-trips through its body', () => {
    const error = ApiError.fromBody(new ApiError('not_found', 'No meeting').toBody());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('not_found');
    expect(isApiErrorBody(error.toBody())).toBe(true);
    expect(isApiErrorBody({ code: 1 })).toBe(false);
  });
});

describe('field schemas', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00', false],
  ])('calendarDate %s -> %s', (value, valid) => {
    expect(calendarDate.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['UTC', true],
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('timeZone %s -> %s', (value, valid) => {
    expect(timeZone.safeParse(value).success).toBe(valid);
    // Asked again, where an accepted zone is remembered: the same answer.
    expect(timeZone.safeParse(value).success).toBe(valid);
  });

  it.each([
    [0, true],
    [Date.UTC(2026, 10, 23), true],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['1700000000000', false],
  ])('epochMs %s -> %s', (value, valid) => {
    expect(epochMs.safeParse(value).success).toBe(valid);
  });
});
