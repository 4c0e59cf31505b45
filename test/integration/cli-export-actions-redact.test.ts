import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ExportActionsReport } from '../../src/main/cli/commands/export-actions.ts';
import { TRACKER_EXPORT_FORMATS, type TrackerExportFormat } from '../../src/shared/actions/tracker-export/index.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';
import { buildPlantedMeeting, PLANTED, PLANTED_TERMS, survivors, type PlantedKey } from './redaction-planted-meeting.ts';

const p = (key: PlantedKey) => PLANTED[key].value;

/** A tracker file's text as its reader gets it: CSV cells through papaparse, the calendar's values through ical.js. */
function readCells(format: TrackerExportFormat, text: string): string {
  if (format === 'ics') return JSON.stringify(ICAL.parse(text));
  if (format === 'github') return text;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors, format).toEqual([]);
  return parsed.data.flat().join('\n');
}

/** Ids are random (the tracker key, a calendar UID): not anyone's text, and one can hold a short probe's digits. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const readBack = (format: TrackerExportFormat, text: string): string => readCells(format, text).replace(UUID, '<id>');

/** Issue 16 for the files handed to trackers: `export-actions --redact` replaces every finding, like `export` and `publish`. */
describe('npm run cli -- export-actions --redact (as a process)', () => {
  const temp = useTempDir('debrief-cli-export-actions-redact-');
  let databasePath: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const exportAll = async (format: TrackerExportFormat, ...more: string[]) => {
    const out = temp.file(`actions-${format}`);
    const result = await cli('export-actions', '--all', '--format', format, '--out', out, ...more);
    return { result, text: () => readBack(format, readFileSync(out, 'utf8')) };
  };

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    await seedDatabase(databasePath, (service) => {
      const call = (method: string, input: unknown) => dispatch(service, method, input);
      for (const term of PLANTED_TERMS) ok(call('redaction.addTerm', { term }));
      // The planted review's own items hold tokens, a host, an address and a person; these add the rest, in titles,
      // owners and the causes and findings items address (the files' descriptions).
      const meetingId = buildPlantedMeeting(call).id;
      const whys = ok<Why[]>(call('whys.list', { meetingId }));
      const notes = ok<Note[]>(call('notes.list', { meetingId }));
      const root = whys.find((why) => why.text.includes(p('password')));
      const problem = whys.find((why) => why.text.includes(p('jwt')));
      const pasted = notes.find((note) => note.text.includes('BEGIN PRIVATE KEY'));
      const add = (fields: Record<string, unknown>) => ok(call('actions.add', { meetingId, dueOn: '2026-12-10', ...fields }));
      add({ title: `Ask ${p('email')} to rotate ${p('slack')}`, owner: p('person'), whyId: root?.id });
      add({ title: `Block ${p('url')} and ${p('google')}; call ${p('phone')}`, owner: p('email'), whyId: problem?.id });
      add({ title: `Replace ${p('stripe')}, drop ${p('bearer')}, firewall ${p('ipv6')}`, owner: 'Sam', noteId: pasted?.id });
      // Ana's directory entry: her tracker identities name her even when her name is replaced.
      ok(call('people.add', { name: p('person'), email: p('email'), jiraUser: 'alima-jira', githubLogin: 'alima-gh' }));
    });
  });
  afterEach(killAllChildren);

  it('writes every planted value into the file without --redact (the control for the checks below)', async () => {
    const { result, text } = await exportAll('csv');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const found = new Set(survivors(text()).map(([key]) => key));
    expect([...found].sort()).toEqual((Object.keys(PLANTED) as PlantedKey[]).sort());
  });

  it.each(TRACKER_EXPORT_FORMATS)('writes a %s file with nothing planted left, and summarises on standard error', async (format) => {
    const { result, text } = await exportAll(format, '--redact');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Redaction replaced \d+ e-mail addresses?, \d+ IP addresses, .*names from the list\.$/m);
    const read = text();
    expect(survivors(read)).toEqual([]);
    for (const identity of ['alima-jira', 'alima-gh']) expect(read).not.toContain(identity);
    for (const harmless of ['INC-123', 'Revoke', '[token]', '[name]']) expect(read).toContain(harmless);
  });

  it('prints the redacted file on standard output with --out -, and counts in --json', async () => {
    const result = await cli('export-actions', '--all', '--format', 'jira-csv', '--out', '-', '--redact', '--json');
    expect(result.code).toBe(0);
    expect(survivors(readBack('jira-csv', result.stdout))).toEqual([]);
    const report = JSON.parse(result.stderr.trim().split('\n').at(-1) ?? '') as ExportActionsReport;
    expect(report).toMatchObject({ path: '-', format: 'jira-csv', redaction: { kept: 0 } });
    expect(report.redaction?.replaced).toBeGreaterThanOrEqual(17);
  });

  it('keeps the kinds --redact-keep names', async () => {
    const { result, text } = await exportAll('gitlab-csv', '--redact', '--redact-keep', 'phone,name', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ redaction: { kept: 3 } });
    expect(result.stderr).toMatch(/^Kept as written: \d+ phone numbers?, \d+ names from the list\.$/m);
    const read = text();
    expect(survivors(read, ['phone', 'customer', 'person'])).toEqual([]);
    for (const value of [p('phone'), p('customer'), p('person')]) expect(read).toContain(value);
  });

  it('refuses --redact-keep without --redact, and documents the flags in help', async () => {
    const refused = await cli('export-actions', '--all', '--format', 'csv', '--out', temp.file('x.csv'), '--redact-keep', 'phone');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--redact-keep needs --redact/);
    const help = await runCliProcess(['help', 'export-actions']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('[--redact [--redact-keep KINDS]]');
    expect(help.stdout).toMatch(/--redact\s+replace sensitive text in the files/);
  });
});
