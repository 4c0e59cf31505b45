import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ExportReport } from '../../src/main/cli/commands/export.ts';
import { ARCHIVE_VERSION, type MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { REPORT_LAYOUT_DESCRIPTORS } from '../../src/shared/report/layouts.ts';
import { pandocDocxImages, pandocRead, killAllChildren, runCliProcess, samplePng, useTempDir, seedDatabase } from '../harness/index.ts';
import { INCIDENT_START, buildRichMeeting, withoutIds } from './archive-rich-meeting.ts';

describe('npm run cli -- export and import-json (as a process)', () => {
  const temp = useTempDir('debrief-cli-export-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const meetingCount = () => {
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const readArchive = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as MeetingArchive;

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    let clock = INCIDENT_START + 3 * 24 * 60 * 60_000;
    meetingId = await seedDatabase(
      databasePath,
      (service) =>
        buildRichMeeting(
          (method, input) => dispatch(service, method, input),
          (ms) => (clock += ms),
        ).id,
      { clock: () => clock },
    );
  });
  afterEach(killAllChildren);

  it('exports the archive, imports it as a new meeting and exports that to the same archive', async () => {
    const first = temp.file('first.json');
    const exported = await cli('export', '--meeting', meetingId, '--format', 'json', '--out', first);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toBe(`${first}\n`);

    const imported = await cli('import-json', '--file', first, '--json');
    expect(imported.code).toBe(0);
    const created = JSON.parse(imported.stdout) as { id: string; title: string };
    expect(created.id).not.toBe(meetingId);
    expect(created.title).toBe(readArchive(first).meeting.title);
    expect(meetingCount()).toBe(2);

    const plain = await cli('import-json', '--file', first);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^[0-9a-f-]{36} {2}Checkout outage #1 \| /);
    expect(meetingCount()).toBe(3);

    const second = temp.file('second.json');
    expect((await cli('export', '--meeting', created.id, '--format', 'json', '--out', second)).code).toBe(0);
    expect(withoutIds(readArchive(second))).toEqual(withoutIds(readArchive(first)));
  });

  it('names a report after the incident and its date in the current folder, with the timeline rows in it', async () => {
    const folder = temp.file('reports');
    mkdirSync(folder);
    const result = await runCliProcess(['export', '--db', databasePath, '--meeting', meetingId, '--format', 'md', '--layout', 'meeting'], {}, { cwd: folder });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const file = path.join(folder, 'INC-2041-2026-11-20.md');
    expect(result.stdout).toBe(`${file}\n`);
    // The rich meeting has evidence: its images go into a folder beside the report.
    expect(readdirSync(folder).sort()).toEqual(['INC-2041-2026-11-20-images', 'INC-2041-2026-11-20.md']);
    const markdown = readFileSync(file, 'utf8');
    for (const description of ['Error-rate alert fires', 'On-call acknowledges the page', 'Rollback to 4.1 completes', 'Error rate back to baseline']) {
      expect(markdown).toContain(description);
    }
  });

  it('names the file without the bidi and zero-width characters of the incident id', async () => {
    const db = new DatabaseConstructor(databasePath);
    db.prepare('UPDATE meetings SET incident_id = ? WHERE id = ?').run('INC-1\u202ecod\u200b.exe', meetingId);
    db.close();
    const folder = temp.file('reports');
    mkdirSync(folder);
    const result = await runCliProcess(['export', '--db', databasePath, '--meeting', meetingId, '--format', 'md'], {}, { cwd: folder });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(folder).sort()).toEqual(['INC-1cod.exe-2026-11-20-images', 'INC-1cod.exe-2026-11-20.md']);
  });

  it('prints Markdown or JSON on standard output with --out -, the same text the file gets', async () => {
    const file = temp.file('report.md');
    expect((await cli('export', '--meeting', meetingId, '--format', 'md', '--out', file)).code).toBe(0);
    const printed = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', '-');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(file, 'utf8').replace(/\n?$/, '\n'));

    const archiveFile = temp.file('archive.json');
    expect((await cli('export', '--meeting', meetingId, '--format', 'json', '--out', archiveFile)).code).toBe(0);
    const json = await cli('export', '--meeting', meetingId, '--format', 'json', '--out', '-');
    expect(json.code).toBe(0);
    // Two exports differ only in when they were made.
    const exportedAt = /"exportedAt": \d+/;
    expect(json.stdout.replace(exportedAt, '')).toBe(readFileSync(archiveFile, 'utf8').replace(exportedAt, ''));
    expect((JSON.parse(json.stdout) as MeetingArchive).meeting.id).toBe(meetingId);
  });

  it('includes only the sections asked for', async () => {
    const file = temp.file('short.md');
    const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--sections', 'timeline, action_items', '--out', file);
    expect(result.code).toBe(0);
    const markdown = readFileSync(file, 'utf8');
    const titles = Object.fromEntries(REPORT_LAYOUT_DESCRIPTORS.pir.sections.map((choice) => [choice.id, choice.title]));
    expect(markdown).toContain(`## ${titles.timeline}`);
    expect(markdown).toContain(`## ${titles.action_items}`);
    expect(markdown).not.toContain(`## ${titles.went_well}`);
    expect(markdown).not.toContain(`## ${titles.root_cause}`);
  });

  it('writes a Word document, replacing an older file and leaving no temporary file behind', async () => {
    const file = temp.file('review.docx');
    writeFileSync(file, 'an older report');
    const result = await cli(
      'export',
      '--meeting',
      meetingId,
      '--format',
      'docx',
      '--layout',
      'workflow',
      '--sections',
      'triage,action_tracker',
      '--out',
      file,
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ExportReport;
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(report).toEqual({ path: file, format: 'docx', layout: 'workflow', bytes: bytes.byteLength });
    expect(readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // pandoc, reading it as Word would, finds the incident facts and the tracker's items.
    const reading = await pandocRead(file);
    expect(reading.tables.flatMap((table) => table.body)).toContainEqual(['Incident ID', 'INC-2041']);
    expect(reading.text).toContain('Update the checkout runbook');
    expect(reading.text).toContain('Review config changes');
  });

  it('writes a Markdown report’s images into a folder beside it, and every image link resolves to its image', async () => {
    const folder = temp.file('reports');
    mkdirSync(folder);
    const file = path.join(folder, 'review.md');
    const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', file);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toContain('## Evidence');
    // The rich meeting's two images (seed 001: a monitoring graph on an event, a graph on a note) and one link.
    // Read as a Markdown reader does (markdown-it), so escaped brackets in a caption stay inside its alt text.
    const links = new MarkdownIt()
      .parse(markdown, {})
      .flatMap((token) => token.children ?? [])
      .filter((token) => token.type === 'image')
      .map((token) => ({ alt: token.content, target: decodeURIComponent(String(token.attrGet('src') ?? '')) }));
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.target).toMatch(/^INC-2041-[0-9-]+-images\/0\d-[a-z0-9-]+\.png$/);
      expect(existsSync(path.join(folder, link.target))).toBe(true);
    }
    expect(readFileSync(path.join(folder, links[0]!.target)).equals(samplePng())).toBe(true);
    expect(readFileSync(path.join(folder, links[1]!.target)).equals(samplePng(32, 16))).toBe(true);
    expect(links[1]!.alt).toBe('Alert timeline');
    expect(markdown).toContain('https://grafana.example.com/d/pool?from=now-6h');
    expect(readdirSync(folder).sort()).toEqual([path.dirname(links[0]!.target), 'review.md'].sort());
  });

  it('embeds the images in a Word document, where pandoc finds each picture with its caption', async () => {
    const file = temp.file('evidence.docx');
    const result = await cli('export', '--meeting', meetingId, '--format', 'docx', '--out', file);
    expect(result.code).toBe(0);
    const reading = await pandocDocxImages(file, temp.file('docx-media'));
    expect(reading.files).toHaveLength(2);
    const extracted = reading.files.map((name) => readFileSync(name));
    expect(extracted.some((bytes) => bytes.equals(samplePng()))).toBe(true);
    expect(extracted.some((bytes) => bytes.equals(samplePng(32, 16)))).toBe(true);
    expect(reading.markdown).toMatch(/!\[Alert timeline\]\([^)]+\)|<img [^>]*alt="Alert timeline"/);
    expect(reading.markdown).toContain('alt="Error rate graph #1');
    expect(reading.markdown).toContain('Pool saturation dashboard');
  });

  it('refuses an unknown format, layout or section, naming the flag and what it accepts', async () => {
    const format = await cli('export', '--meeting', meetingId, '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('error: --format must be one of md, docx, json (got "pdf")');
    const layout = await cli('export', '--meeting', meetingId, '--format', 'md', '--layout', 'summary');
    expect(layout.code).toBe(2);
    expect(layout.stderr).toContain('error: --layout must be one of pir, meeting, workflow, panel (got "summary")');
    const section = await cli('export', '--meeting', meetingId, '--format', 'md', '--layout', 'panel', '--sections', 'conflicts,timeline');
    expect(section.code).toBe(2);
    expect(section.stderr).toContain(
      'error: --sections: the panel layout has no section "timeline"; its sections are participants, perspectives, consolidated, conflicts',
    );
    const binary = await cli('export', '--meeting', meetingId, '--format', 'docx', '--out', '-');
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('error: --out -: a Word document is binary; give --out FILE');
    expect(readdirSync(path.dirname(databasePath)).filter((name) => !name.startsWith('debrief.sqlite'))).toEqual([]);
  });

  it('fails with exit code 1 for a missing meeting or a folder that does not exist, writing nothing', async () => {
    const missing = await cli('export', '--meeting', '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', '--format', 'md', '--out', temp.file('x.md'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: No meeting with id 0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11\n');
    expect(existsSync(temp.file('x.md'))).toBe(false);
    const nowhere = path.join(temp.file('no-such-folder'), 'report.md');
    const unwritable = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', nowhere);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(new RegExp(`^error: cannot write ${nowhere.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`));
    expect(existsSync(temp.file('no-such-folder'))).toBe(false);
  });

  it('refuses a file that is not an archive, or one from a newer version, and writes nothing', async () => {
    const archiveFile = temp.file('good.json');
    expect((await cli('export', '--meeting', meetingId, '--format', 'json', '--out', archiveFile)).code).toBe(0);
    const newer = { ...readArchive(archiveFile), version: ARCHIVE_VERSION + 1 };
    const withNul = readArchive(archiveFile);
    withNul.meeting.title = '\u0000Checkout outage';
    const files = {
      'notes.json': [
        '{"title": "not an archive"}',
        'error: archive: this JSON file is not a Debrief meeting archive (an archive says "format": "debrief.meeting-archive")\n',
      ],
      'notes.txt': ['Meeting notes, not JSON', /^error: archive: is not JSON, so it cannot be a Debrief archive \(.+\)\n$/],
      'nul.json': [JSON.stringify(withNul), 'error: archive.meeting.title: must not contain the NUL character (U+0000); remove it and try again\n'],
      'newer.json': [
        JSON.stringify(newer),
        `error: This archive was written by a newer version of Debrief (archive version ${ARCHIVE_VERSION + 1}); this version reads archive version ${ARCHIVE_VERSION}. Update Debrief to import it.\n`,
      ],
    } as const;
    for (const [name, [content, message]] of Object.entries(files)) {
      writeFileSync(temp.file(name), content);
      const result = await cli('import-json', '--file', temp.file(name));
      expect(result.code).toBe(1);
      if (typeof message === 'string') expect(result.stderr).toBe(message);
      else expect(result.stderr).toMatch(message);
    }
    const asJson = await cli('import-json', '--file', temp.file('newer.json'), '--json');
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stderr)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'archive.version' } });
    const absent = await cli('import-json', '--file', temp.file('absent.json'));
    expect(absent.code).toBe(1);
    expect(absent.stderr).toMatch(/^error: cannot read .*absent\.json: ENOENT/);
    expect(meetingCount()).toBe(1);
  });
});
