/** Calendar fields of an instant as a wall clock in some time zone shows them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

function wallClockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/**
 * The instant a wall clock in the zone shows the given fields. A time that occurs twice (clocks turned back)
 * is the earlier one; a time skipped by clocks turned forward is read with the offset from before the change,
 * so it lands just after the gap, as a person whose watch was not yet changed would mean it.
 */
export function instantOf(clock: WallClock, timeZone: string): number {
  const local = wallClockAsUtc(clock);
  const offsetBefore = zoneOffsetAt(local - HALF_DAY_MS, timeZone);
  const offsetAfter = zoneOffsetAt(local + HALF_DAY_MS, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter].filter((instant) => instant + zoneOffsetAt(instant, timeZone) === local);
  return candidates.length > 0 ? Math.min(...candidates) : local - offsetBefore;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** YYYY-MM-DD of the instant in the zone. */
export function calendarDateAt(epochMs: number, timeZone: string): string {
  const clock = wallClockAt(epochMs, timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The calendar day after a YYYY-MM-DD date, e.g. "2017-01-31" -> "2017-02-01". */
export function nextCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** HH:MM or HH:MM:SS of the instant in the zone. */
export function clockTextAt(epochMs: number, timeZone: string, precision: 'minute' | 'second'): string {
  const clock = wallClockAt(epochMs, timeZone);
  const minutes = `${pad(clock.hour)}:${pad(clock.minute)}`;
  return precision === 'second' ? `${minutes}:${pad(clock.second)}` : minutes;
}

/**
 * "2026-11-20 00:38" (or with seconds): the one way a date with a time is written in exports and lists, ISO date first.
 */
export function dateTimeTextAt(epochMs: number, timeZone: string, precision: 'minute' | 'second' = 'minute'): string {
  return `${calendarDateAt(epochMs, timeZone)} ${clockTextAt(epochMs, timeZone, precision)}`;
}

/** The viewer's own zone, for new meetings; UTC if the runtime cannot tell. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone's short name at that instant, e.g. "CET" or "GMT+2", for labels next to times. */
export function zoneAbbreviationAt(epochMs: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(epochMs)
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
