import { describe, expect, it } from 'vitest';
import { fileBaseName, reportFileName } from '../../../../src/shared/report/file-name.ts';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import { REPORT_FORMATS } from '../../../../src/shared/report/layouts.ts';
import { hostileReportSource, realisticReportSource } from '../../../fixtures/report-sources.ts';

describe('fileBaseName', () => {
  it.each([
    ['the incident id and date', 'INC-2041', '2026-11-20', 'INC-2041-2026-11-20'],
    ['no date', 'INC-2041', null, 'INC-2041'],
    ['characters Windows refuses are dropped', 'INC/20:41*?"<>|\\', '2026-11-20', 'INC2041-2026-11-20'],
    ['spaces become dashes', 'Checkout  outage  night', null, 'Checkout-outage-night'],
    ['dots, spaces and dashes at the ends go', ' ..INC-7.. ', null, 'INC-7'],
    ['control characters go', 'INC\u0000-\u001f7\u007f', null, 'INC-7'],
    ['nothing usable falls back', '/\\:*?"<>|', null, 'debrief-report'],
    ['only dots fall back', '...', null, 'debrief-report'],
    ['a Windows device name gets a suffix', 'CON', null, 'CON-report'],
    ['emoji and CJK are kept', '事故 🔥', null, '事故-🔥'],
  ])('%s', (_name, incidentId, date, expected) => {
    expect(fileBaseName(incidentId, date)).toBe(expected);
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
    ['LEFT-TO-RIGHT OVERRIDE', '\u202d'],
    ['RIGHT-TO-LEFT EMBEDDING', '\u202b'],
    ['POP DIRECTIONAL FORMATTING', '\u202c'],
    ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
    ['POP DIRECTIONAL ISOLATE', '\u2069'],
    ['RIGHT-TO-LEFT MARK', '\u200f'],
    ['ARABIC LETTER MARK', '\u061c'],
    ['ZERO WIDTH SPACE', '\u200b'],
    ['ZERO WIDTH JOINER', '\u200d'],
    ['WORD JOINER', '\u2060'],
    ['BYTE ORDER MARK', '\ufeff'],
    ['SOFT HYPHEN', '\u00ad'],
    ['VARIATION SELECTOR-16', '\ufe0f'],
    ['HANGUL FILLER', '\u3164'],
  ])('drops %s, so the name shows what it is', (_name, char) => {
    expect(fileBaseName(`INC-1${char}cod.exe`, '2026-11-20')).toBe('INC-1cod.exe-2026-11-20');
  });

  it('keeps no format character (Unicode category Cf) at all', () => {
    const pattern = /^\p{Cf}$/u;
    const format: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (pattern.test(char)) format.push(char);
    }
    expect(format.length).toBeGreaterThan(100);
    const kept = format.filter((char) => fileBaseName(`INC${char}7`, null) !== 'INC7');
    expect(kept.map((char) => char.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it.each([
    ['Arabic', 'حادثة ٢٠٤١', 'حادثة-٢٠٤١'],
    ['Hebrew', 'תקלה 7', 'תקלה-7'],
    ['Devanagari with its vowel signs', 'घटना २', 'घटना-२'],
    ['Thai', 'เหตุการณ์', 'เหตุการณ์'],
    ['Greek and Cyrillic', 'Συμβάν Инцидент', 'Συμβάν-Инцидент'],
  ])('keeps letters of any script: %s', (_name, incidentId, expected) => {
    expect(fileBaseName(incidentId, null)).toBe(expected);
  });

  it('falls back when only invisible characters were typed', () => {
    expect(fileBaseName('\u202e\u200b\u2066\u2069', null)).toBe('debrief-report');
  });

  it('is at most 80 characters and keeps the date whole', () => {
    const name = fileBaseName('x'.repeat(300), '2026-11-20');
    expect(Array.from(name)).toHaveLength(80);
    expect(name.endsWith('-2026-11-20')).toBe(true);
  });

  it('does not split an emoji when shortening', () => {
    const name = fileBaseName('🔥'.repeat(100), null);
    expect(Array.from(name)).toHaveLength(80);
    expect(name).toBe('🔥'.repeat(80));
  });
});

describe('reportFileName', () => {
  it.each(REPORT_FORMATS)('names the realistic report for .%s from the incident id and its date in Berlin', (format) => {
    const doc = buildReport(realisticReportSource(), { layout: 'pir' });
    // The incident began at 00:38 in Berlin on 20 November, still 19 November in UTC.
    expect(reportFileName(doc, format)).toBe(`INC-2041-2026-11-20.${format}`);
  });

  it('gives the hostile report a name every file system accepts', () => {
    const name = reportFileName(buildReport(hostileReportSource(), { layout: 'pir' }), 'md');
    expect(name).not.toMatch(/[/\\:*?"<>|]|\p{Cc}/u);
    expect(name).not.toMatch(/^[.\s]|[.\s]\.md$/);
    expect(Array.from(name).length).toBeLessThanOrEqual(83);
    expect(name.endsWith('-2026-11-20.md')).toBe(true);
  });
});
