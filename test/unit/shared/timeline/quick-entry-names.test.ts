import { describe, expect, it } from 'vitest';
import { parseQuickEntry, type QuickEntryContext } from '../../../../src/shared/timeline/quick-entry.ts';

const context: QuickEntryContext = {
  timeZone: 'Europe/Berlin',
  anchorDate: '2017-01-31',
  previousAt: null,
  latestAt: null,
  now: Date.parse('2017-02-01T08:00:00Z'),
};

const read = (text: string, extra: Partial<QuickEntryContext> = {}) => parseQuickEntry(text, { ...context, ...extra });

describe('parseQuickEntry names with spaces and right-to-left names', () => {
  it.each([
    ['17:20 @"Sarah Cohen" restarted it', 'Sarah Cohen', 'restarted it'],
    ['17:20 restarted it @"Sarah Cohen".', 'Sarah Cohen', 'restarted it'],
    ['17:20 restarted it @“Sarah Cohen”', 'Sarah Cohen', 'restarted it'],
    ['17:20 @"  Sarah   Cohen " restarted it', 'Sarah Cohen', 'restarted it'],
    ['17:20 @"שרה כהן" restarted it', 'שרה כהן', 'restarted it'],
    ['17:20 @"سارة كوهين" restarted it', 'سارة كوهين', 'restarted it'],
    ['17:20 @مُحَمَّد restarted it', 'مُحَمَّد', 'restarted it'],
    ['17:20 restarted it #mitigation @"Sarah Cohen"', 'Sarah Cohen', 'restarted it'],
  ])('reads %j', (text, actor, description) => {
    const result = read(text);
    expect(result.ok && { actor: result.value.actor, description: result.value.description }).toEqual({ actor, description });
  });

  it.each([
    ['17:20 @"Sarah Cohen restarted it', 'close the name with a quote'],
    ['17:20 @"" restarted it', 'empty'],
    ['17:20 @"Sarah Cohen" @bob restarted it', '@Sarah Cohen and @bob'],
  ])('refuses %j', (text, message) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((error) => error.field === 'actor')?.message).toContain(message);
  });
});

describe('parseQuickEntry HH:MM after midnight', () => {
  // 31 Jan 23:50 in Berlin (UTC+1) is 22:50 UTC.
  const latestAt = Date.parse('2017-01-31T22:50:00Z');

  it.each([
    ['00:36 restarted it', '2017-01-31T23:36:00.000Z'],
    ['23:40 noticed just before', '2017-01-31T22:40:00.000Z'],
    ['12:00 earlier that day', '2017-01-31T11:00:00.000Z'],
    ['11:30 next morning', '2017-02-01T10:30:00.000Z'],
    ['2017-01-31 00:36 dated, kept as written', '2017-01-30T23:36:00.000Z'],
  ])('reads %j after an event at 31 Jan 23:50', (text, iso) => {
    const result = read(text, { latestAt });
    expect(result.ok && new Date(result.value.occurredAt).toISOString()).toBe(iso);
  });

  it('counts from the latest event, not from the anchor date, once the meeting has moved on a day', () => {
    const result = read('09:00 second morning', { latestAt: Date.parse('2017-02-01T20:00:00Z') });
    expect(result.ok && new Date(result.value.occurredAt).toISOString()).toBe('2017-02-01T08:00:00.000Z');
  });

  it('without any event reads HH:MM on the anchor date', () => {
    const result = read('00:36 first note');
    expect(result.ok && new Date(result.value.occurredAt).toISOString()).toBe('2017-01-30T23:36:00.000Z');
  });

  it('rolls into the spring DST change in Berlin', () => {
    const result = read('03:15 up again', { latestAt: Date.parse('2026-03-28T22:30:00Z') });
    expect(result.ok && new Date(result.value.occurredAt).toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });
});
