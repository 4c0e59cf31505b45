import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackerExportInput } from '../../src/shared/actions/tracker-export/from-reviews.ts';
import { writeGitlabCsv } from '../../src/shared/actions/tracker-export/gitlab-csv.ts';
import { writeJiraCsv } from '../../src/shared/actions/tracker-export/jira-csv.ts';
import { writePlainCsv } from '../../src/shared/actions/tracker-export/plain-csv.ts';
import { writeGithubScript } from '../../src/shared/actions/tracker-export/github-script.ts';
import { writeCalendarIcs } from '../../src/shared/actions/tracker-export/calendar-ics.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { findingKey, type SensitiveKind } from '../../src/shared/redaction/detect.ts';
import { REDACTED_LINK, redactExportMaterial, scanExportMaterial } from '../../src/shared/redaction/redact-archive.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../src/shared/report/layouts.ts';
import { initialChoice, withFormat } from '../../src/renderer/views/export/export-options.ts';
import { exportBytes, previewExport } from '../../src/renderer/views/export/export-output.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useServiceOnTempFile, useTempDir } from '../harness/index.ts';
import { buildPlantedMeeting, docxText, markdownTexts, PLANTED, PLANTED_TERMS, survivors, type PlantedKey } from './redaction-planted-meeting.ts';

/** Which kind each planted value must be found as (from the list), the names through the team's list. */
const EXPECTED_KIND: Readonly<Record<PlantedKey, SensitiveKind>> = {
  email: 'email',
  ipv4: 'ip',
  ipv6: 'ip',
  url: 'url',
  host: 'host',
  aws: 'token',
  github: 'token',
  slack: 'token',
  stripe: 'token',
  google: 'token',
  jwt: 'token',
  bearer: 'token',
  password: 'token',
  pem: 'token',
  phone: 'phone',
  customer: 'name',
  person: 'name',
};

/** Harmless text from the planted review that redaction must leave as it is. */
const HARMLESS = ['14:05', '2026-11-20', 'version 1.2.3', 'SEV1', 'INC-123'];

/** What leaves the laptop in each format, read the way its reader would (see redaction-planted-meeting.ts). */
async function outputText(material: { archive: MeetingArchive; backlog: EarlierOpenItem[] }, format: ReportFormat): Promise<string> {
  const preview = previewExport(material.archive, withFormat(initialChoice(null, 'pir'), format), material.backlog);
  const bytes = await exportBytes(format, preview);
  if (format === 'docx') return docxText(bytes);
  const text = new TextDecoder().decode(bytes);
  return format === 'md' ? markdownTexts(text) : text;
}

describe('redaction on export, the dialog path (the same functions the export dialog calls)', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  let meeting: Meeting;
  const material = () => ({
    archive: ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id })),
    backlog: ok<EarlierOpenItem[]>(call('actions.openFromEarlier', { meetingId: meeting.id })),
  });

  beforeEach(() => {
    meeting = buildPlantedMeeting(call);
    for (const term of PLANTED_TERMS) ok(call('redaction.addTerm', { term }));
  });

  it('finds every planted value as its kind, once per value however often it occurs, and counts the image', () => {
    const scan = scanExportMaterial(material(), PLANTED_TERMS);
    const keys = new Set(scan.findings.map((finding) => finding.key));
    for (const [planted, kind] of Object.entries(EXPECTED_KIND) as Array<[PlantedKey, SensitiveKind]>) {
      const value = planted === 'bearer' ? PLANTED.bearer.value.replace(/^Bearer /, '') : planted === 'password' ? 'Zebra-Quartz-42' : PLANTED[planted].value;
      expect(keys.has(findingKey(kind, value)), `${planted} as ${kind}`).toBe(true);
    }
    expect(new Set(scan.findings.map((finding) => finding.key)).size).toBe(scan.findings.length);
    const person = scan.findings.find((finding) => finding.key === findingKey('name', 'ana lima'));
    // Summary, author, participant, action owner, image file name.
    expect(person?.count).toBeGreaterThanOrEqual(5);
    expect(scan.images).toBe(1);
    // Nothing harmless was taken for sensitive.
    for (const finding of scan.findings) for (const harmless of HARMLESS) expect(finding.value).not.toContain(harmless);
  });

  // The control: without redaction every probe is found in every format, so "none found" below means none is there.
  it.each(REPORT_FORMATS)('finds every planted value in the %s file when nothing is replaced', async (format) => {
    const text = await outputText(material(), format);
    const seen = new Set(survivors(text).map(([key]) => key));
    expect(Object.keys(PLANTED).filter((key) => !seen.has(key as PlantedKey))).toEqual([]);
  });

  it.each(REPORT_FORMATS)('with every finding replaced, nothing planted survives in the %s file and harmless text stays', async (format) => {
    const redacted = redactExportMaterial(material(), PLANTED_TERMS);
    const text = await outputText(redacted, format);
    expect(survivors(text)).toEqual([]);
    for (const label of ['[email]', '[ip]', '[url]', '[host]', '[token]', '[phone]', '[name]']) expect(text).toContain(label);
    for (const harmless of HARMLESS.filter((item) => format === 'json' || item !== '2026-11-20')) expect(text).toContain(harmless);
  });

  it('leaves nothing planted in the tracker exports built from the redacted review, as the dialog builds them', () => {
    const redacted = redactExportMaterial(material(), PLANTED_TERMS, new Set());
    const input = trackerExportInput([redacted.archive]);
    const planted = trackerExportInput([material().archive]);
    for (const write of [writeJiraCsv, writeGitlabCsv, writePlainCsv, writeGithubScript, writeCalendarIcs]) {
      // The control: the same export of the stored review carries what was planted in the action items.
      expect(write(planted).text, write.name).toContain(PLANTED.github.value);
      expect(survivors(write(input).text), write.name).toEqual([]);
    }
  });

  it('keeps the one value the user kept, in every format, and replaces the rest', async () => {
    const scan = scanExportMaterial(material(), PLANTED_TERMS);
    const customer = scan.findings.find((finding) => finding.key === findingKey('name', 'Acme Bank'));
    expect(customer).toBeDefined();
    const redacted = redactExportMaterial(material(), PLANTED_TERMS, new Set([customer?.key ?? '']));
    for (const format of REPORT_FORMATS) {
      const text = await outputText(redacted, format);
      expect(survivors(text, ['customer']), format).toEqual([]);
      expect(text, format).toContain('Acme Bank');
    }
  });

  it('leaves the stored review unchanged, and the redacted archive imports as a meeting', () => {
    const before = material();
    const redacted = redactExportMaterial(before, PLANTED_TERMS);
    expect({ ...material().archive, exportedAt: 0 }).toEqual({ ...before.archive, exportedAt: 0 });
    expect(redacted.archive.evidence.find((item) => item.kind === 'link')?.url).toBe(REDACTED_LINK);
    // Ids are not text: the archive's links between rows survive.
    expect(redacted.archive.timeline.map((event) => event.id)).toEqual(before.archive.timeline.map((event) => event.id));
    const imported = ok<Meeting>(call('archive.import', { archive: JSON.stringify(redacted.archive) }));
    expect(imported.title).toBe('Checkout outage for [name]');
    expect(survivors(JSON.stringify(ok<MeetingArchive>(call('archive.export', { meetingId: imported.id }))))).toEqual([]);
  });
});

describe('npm run cli -- export --redact (as a process)', () => {
  const temp = useTempDir('debrief-cli-redact-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    meetingId = await seedDatabase(databasePath, (service) => {
      const call = (method: string, input: unknown) => dispatch(service, method, input);
      for (const term of PLANTED_TERMS) ok(call('redaction.addTerm', { term }));
      return buildPlantedMeeting(call).id;
    });
  });
  afterEach(killAllChildren);

  it.each(REPORT_FORMATS)('writes a %s file with nothing planted left, and summarises on standard error', async (format) => {
    const file = temp.file(`redacted.${format}`);
    const result = await cli('export', '--meeting', meetingId, '--format', format, '--redact', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${file}\n`);
    expect(result.stderr).toMatch(/^Redaction replaced \d+ e-mail addresses?, \d+ IP addresses, .*names from the list\.$/m);
    expect(result.stderr).toContain('1 image was not checked');
    const bytes = readFileSync(file);
    const text = format === 'docx' ? docxText(bytes) : format === 'md' ? markdownTexts(bytes.toString('utf8')) : bytes.toString('utf8');
    expect(survivors(text)).toEqual([]);
    for (const harmless of ['14:05', 'version 1.2.3', 'SEV1', 'INC-123']) expect(text).toContain(harmless);
  });

  it('publishes to a shared folder with nothing planted left in the report, the Word file, the archive or the index', async () => {
    const shared = temp.file('shared');
    const result = await cli('publish', '--meeting', meetingId, '--to', shared, '--redact', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Redaction replaced /m);
    const published = JSON.parse(result.stdout) as { path: string; redaction: { replaced: number; kept: number } };
    expect(published.redaction.kept).toBe(0);
    const folder = published.path;
    expect(survivors(markdownTexts(readFileSync(path.join(folder, 'report.md'), 'utf8')))).toEqual([]);
    expect(survivors(docxText(readFileSync(path.join(folder, 'report.docx'))))).toEqual([]);
    expect(survivors(readFileSync(path.join(folder, 'archive.json'), 'utf8'))).toEqual([]);
    expect(survivors(readFileSync(path.join(shared, 'README.md'), 'utf8'))).toEqual([]);
  });

  it('keeps the kinds --redact-keep names and says so', async () => {
    const file = temp.file('kept.md');
    const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--redact', '--redact-keep', 'phone,name', '--out', file, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ path: file, redaction: { kept: 3 } });
    expect(result.stderr).toMatch(/^Kept as written: \d+ phone numbers, \d+ names from the list\.$/m);
    const text = markdownTexts(readFileSync(file, 'utf8'));
    expect(survivors(text, ['phone', 'customer', 'person'])).toEqual([]);
    expect(text).toContain(PLANTED.phone.value);
    expect(text).toContain('Acme Bank');
  });

  it('without --redact writes the review as it is, with nothing on standard error', async () => {
    const file = temp.file('plain.md');
    const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', file);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(file, 'utf8')).toContain('Acme Bank');
  });

  it.each([
    [['--redact-keep', 'phone'], /--redact-keep needs --redact/],
    [['--redact', '--redact-keep', 'phone,secrets'], /--redact-keep must list kinds among email, ip, url, host, token, phone, name \(got "secrets"\)/],
  ])('refuses %j as a usage error', async (flags, message) => {
    const result = await cli('export', '--meeting', meetingId, '--format', 'md', ...flags);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
