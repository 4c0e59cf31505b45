import { describe, expect, it } from 'vitest';
import { parseQuickEntry, type QuickEntryContext } from '../../../../src/shared/timeline/quick-entry.ts';

// Berlin on 29 March 2026: clocks go from 02:00 to 03:00 (CET +01:00 -> CEST +02:00).
const context: QuickEntryContext = {
  timeZone: 'Europe/Berlin',
  anchorDate: '2026-11-20',
  previousAt: Date.parse('2026-11-20T13:00:00Z'),
  now: Date.parse('2026-11-20T15:30:45.678Z'),
};

describe('parseQuickEntry', () => {
  it.each([
    ['14:05 Error rate increased @monitoring #detection', '2026-11-20T13:05:00.000Z', 'minute', 'Error rate increased', 'monitoring', 'detection'],
    ['14:05:09 Deploy started @ci-cd #trigger', '2026-11-20T13:05:09.000Z', 'second', 'Deploy started', 'ci-cd', 'trigger'],
    ['+5m On-call paged @PagerDuty', '2026-11-20T13:05:00.000Z', 'minute', 'On-call paged', 'PagerDuty', null],
    ['+90s Rollback begun #MITIGATION', '2026-11-20T13:01:30.000Z', 'second', 'Rollback begun', '', 'mitigation'],
    ['+1h All clear #resolution', '2026-11-20T14:00:00.000Z', 'minute', 'All clear', '', 'resolution'],
    ['+1h30m Postmortem scheduled', '2026-11-20T14:30:00.000Z', 'minute', 'Postmortem scheduled', '', null],
    ['Status page updated', '2026-11-20T15:30:45.000Z', 'second', 'Status page updated', '', null],
    ['Mail from ops@example.com about C# service', '2026-11-20T15:30:45.000Z', 'second', 'Mail from ops@example.com about C# service', '', null],
    ['14:07 Ticket #4521 opened by @alice, #response', '2026-11-20T13:07:00.000Z', 'minute', 'Ticket #4521 opened by', 'alice', 'response'],
    ['@bob #detection 9:05 noticed the graph', '2026-11-20T15:30:45.000Z', 'second', '9:05 noticed the graph', 'bob', 'detection'],
    ['2026-11-21 00:10 Cache warmed', '2026-11-20T23:10:00.000Z', 'minute', 'Cache warmed', '', null],
    ['  14:05    spaced   out  ', '2026-11-20T13:05:00.000Z', 'minute', 'spaced out', '', null],
    ['14:05 #detection #detection twice is fine', '2026-11-20T13:05:00.000Z', 'minute', 'twice is fine', '', 'detection'],
    ['14:05 Zoë sah den Alarm @Zoë', '2026-11-20T13:05:00.000Z', 'minute', 'Zoë sah den Alarm', 'Zoë', null],
  ])('reads %j', (text, iso, precision, description, actor, phase) => {
    const result = parseQuickEntry(text, context);
    expect(result).toEqual({
      ok: true,
      value: { occurredAt: Date.parse(iso), precision, timeKind: expect.any(String), description, actor, phase },
    });
  });

  it.each([
    ['02:30 skipped hour', '2026-03-29T01:30:00.000Z'],
    ['03:30 after the change', '2026-03-29T01:30:00.000Z'],
    ['01:59 before the change', '2026-03-29T00:59:00.000Z'],
  ])('reads %j exactly across the spring DST change in Berlin', (text, iso) => {
    const result = parseQuickEntry(text, { ...context, anchorDate: '2026-03-29' });
    expect(result.ok && new Date(result.value.occurredAt).toISOString()).toBe(iso);
  });

  it.each([
    ['25:00 too late', 'time', 'hour'],
    ['14:75 bad minutes', 'time', 'minutes'],
    ['14:5 short', 'time', 'not a time'],
    ['+5x wrong unit', 'time', 'not a step'],
    ['+ nothing', 'time', 'not a step'],
    ['14:05', 'description', 'empty'],
    ['14:05 @alice #detection', 'description', 'empty'],
    ['', 'description', 'empty'],
    ['14:05 two people @alice @bob', 'actor', '@alice and @bob'],
    ['14:05 two phases #trigger #response', 'phase', '#trigger and #response'],
    ['14:05 \u200b', 'description', 'must not be empty'],
    ['14:05 \u2066\u2069 @alice', 'description', 'must not be empty'],
    ['14:05 \u0007', 'description', 'must not be empty'],
    ['14:05 rollback\u0000started', 'description', 'must not contain the NUL character (U+0000)'],
    [`14:05 ${'x'.repeat(5001)}`, 'description', 'must be at most 5000 characters'],
    [`14:05 long actor @${'a'.repeat(201)}`, 'actor', 'must be at most 200 characters'],
    ['2026-02-30 14:05 no such day', 'time', 'real calendar date'],
  ])('refuses %j naming the %s', (text, field, words) => {
    const result = parseQuickEntry(text, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toContain(field);
    expect(result.errors.find((error) => error.field === field)?.message).toContain(words);
  });

  it('needs an earlier event for +5m', () => {
    const result = parseQuickEntry('+5m first', { ...context, previousAt: null });
    expect(result).toEqual({ ok: false, errors: [{ field: 'time', message: '"+5m" needs an earlier event to count from' }] });
  });

  it.each([['\u0000\u0007 control'], ['<script>alert(1)</script>'], ['@@@ ### +++'], ['\u202Eright-to-left'], ['😀 @😀 #😀']])(
    'never throws on hostile input %j',
    (text) => {
      expect(() => parseQuickEntry(text, context)).not.toThrow();
    },
  );

  it('tells how the time was given', () => {
    const kinds = ['14:05 a', '+5m b', 'c'].map((text) => {
      const result = parseQuickEntry(text, context);
      return result.ok ? result.value.timeKind : null;
    });
    expect(kinds).toEqual(['typed', 'relative', 'now']);
  });
});
