import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateListing } from '../../src/main/cli/commands/templates.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

describe('npm run cli -- templates (as a process)', () => {
  const temp = useTempDir('debrief-cli-templates-');
  let databasePath: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    // templates only reads: it lists what an existing database holds and never creates one.
    (await openDatabase(databasePath)).close();
  });
  afterEach(killAllChildren);

  it('--json lists every built-in template with its sections: title, kind, minutes', async () => {
    const listed = await cli('templates', '--json');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const templates = JSON.parse(listed.stdout) as TemplateListing[];
    expect(templates.map((t) => [t.id, t.builtIn])).toEqual([
      ['blameless-60', true],
      ['full-105', true],
      ['panel', true],
      ['incident-workflow', true],
    ]);
    expect(templates[0]).toEqual({
      id: 'blameless-60',
      name: 'Blameless review, 60 min',
      builtIn: true,
      sections: [
        { title: 'Opening', kind: 'opening', minutes: 5 },
        { title: 'Timeline walkthrough', kind: 'timeline', minutes: 20 },
        { title: 'Root cause (5 Whys)', kind: 'root_cause', minutes: 15 },
        { title: 'Action items', kind: 'action_items', minutes: 15 },
        { title: 'Closing', kind: 'closing', minutes: 5 },
      ],
    });
    const minutes = (id: string) => templates.find((t) => t.id === id)?.sections.reduce((sum, s) => sum + s.minutes, 0);
    expect(minutes('full-105')).toBe(105);
    for (const template of templates) {
      for (const section of template.sections) expect(Object.keys(section)).toEqual(['title', 'kind', 'minutes']);
    }
  });

  it('lists a saved template after the built-in ones', async () => {
    const created = await cli('create', '--title', 'Checkout outage');
    expect(created.code).toBe(0);
    const db = new DatabaseConstructor(databasePath);
    db.prepare("INSERT INTO agenda_templates (id, name, sections, created_at) VALUES ('mine', 'Our | review', ?, 1)").run(
      JSON.stringify([{ kind: 'custom', title: 'Line one\nline two', minutes: 1.5 }]),
    );
    db.close();

    const templates = JSON.parse((await cli('templates', '--json')).stdout) as TemplateListing[];
    expect(templates.at(-1)).toEqual({
      id: 'mine',
      name: 'Our | review',
      builtIn: false,
      sections: [{ title: 'Line one\nline two', kind: 'custom', minutes: 1.5 }],
    });

    const text = await cli('templates');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^mine {2}Our \| review {2}\(saved, 1\.5 min\)$/m);
    expect(text.stdout).toMatch(/^ {2}1\.5 +custom +Line one line two$/m);
  });

  it('prints each template as a heading and a table of its sections, marking gates', async () => {
    const listed = await cli('templates');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toBe('blameless-60  Blameless review, 60 min  (built in, 60 min)');
    expect(lines[1]).toMatch(/^ {2}MIN\s+KIND\s+SECTION$/);
    expect(lines[2]).toMatch(/^ {2}5\s+opening\s+Opening$/);
    expect(listed.stdout).toMatch(/^ {2}10\s+triage\s+Triage {2}\[approve \/ revise gate\]$/m);
    expect(listed.stdout).toMatch(/^panel {2}Panel review {2}\(built in, 90 min\)$/m);
  });

  it('appears in the general help and explains itself', async () => {
    expect((await cli('help')).stdout).toMatch(/^ {2}templates\s+List the agenda templates/m);
    const help = await cli('templates', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run cli -- templates [--db PATH] [--json]');
    expect(await cli('templates', 'extra')).toMatchObject({ code: 2 });
  });
});
