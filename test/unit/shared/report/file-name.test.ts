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
