import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { REPORT_LAYOUT_DESCRIPTORS, REPORT_LAYOUTS } from '../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../src/shared/report/markdown/write-markdown.ts';
import { cleanReportText } from '../../src/shared/report/report-text.ts';
import { HOSTILE_LINKS, hostileReportSource } from '../fixtures/report-sources.ts';

/**
 * A second, independent GFM reader: pandoc (the one many wikis and converters use) reads the hostile report into its
 * document tree, and the tables, cells and headings must come out as the report has them.
 */

interface PandocNode {
  t: string;
  c?: unknown;
}

const isNode = (value: unknown): value is PandocNode => typeof value === 'object' && value !== null && 't' in value;

/** Every node of the tree, depth first. */
function walk(value: unknown, visit: (node: PandocNode) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (isNode(value)) {
    visit(value);
    walk(value.c, visit);
  } else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => walk(item, visit));
}

/** The text of some inlines as a reader sees it: spaces as spaces, `<br>` and hard breaks as line breaks. */
function plainText(value: unknown): string {
  let text = '';
  walk(value, (node) => {
    if (node.t === 'Str') text += String(node.c);
    else if (node.t === 'Space' || node.t === 'SoftBreak') text += ' ';
    else if (node.t === 'LineBreak') text += '\n';
    else if (node.t === 'RawInline') text += /^<br\s*\/?>$/i.test(String((node.c as unknown[])[1])) ? '\n' : `[raw ${String((node.c as unknown[])[1])}]`;
  });
  return text;
}

interface Table {
  header: string[];
  rows: string[][];
}

function tables(tree: unknown): Table[] {
  const found: Table[] = [];
  walk(tree, (node) => {
    if (node.t !== 'Table') return;
    const [, , , head, bodies] = node.c as [
      unknown,
      unknown,
      unknown,
      [unknown, [unknown, [unknown, unknown, unknown, unknown, unknown][]][]],
      [unknown, unknown, unknown, [unknown, [unknown, unknown, unknown, unknown, unknown][]][]][],
    ];
    const cellText = (cell: [unknown, unknown, unknown, unknown, unknown]) => plainText(cell[4]);
    found.push({
      header: (head[1][0]?.[1] ?? []).map(cellText),
      rows: bodies.flatMap((body) => body[3].map((row) => row[1].map(cellText))),
    });
  });
  return found;
}

function readWithPandoc(markdown: string): unknown {
  const result = spawnSync('pandoc', ['-f', 'gfm', '-t', 'json'], { input: markdown, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pandoc failed (install it: apt-get install pandoc): ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

// No skip when pandoc is missing: CI installs it (.ci/run), and a reader that quietly stops reading proves nothing.
describe('exported Markdown read back with pandoc (GFM)', () => {
  it.each(REPORT_LAYOUTS)(
    'hostile source, %s layout: every row and cell, only the layout headings, typed addresses as links, no raw HTML but <br>',
    (layout) => {
      const source = hostileReportSource();
      const tree = readWithPandoc(writeMarkdown(buildReport(source, { layout })));

      const kinds = new Set<string>();
      const raw: string[] = [];
      const level2: string[] = [];
      const links = new Set<string>();
      walk(tree, (node) => {
        kinds.add(node.t);
        if (node.t === 'Link') {
          const [, inlines, [href]] = node.c as [unknown, unknown, [string, string]];
          links.add(JSON.stringify([plainText(inlines), href]));
        }
        if (node.t === 'RawInline' || node.t === 'RawBlock') raw.push(String((node.c as unknown[])[1]));
        if (node.t === 'Header' && (node.c as unknown[])[0] === 2) level2.push(plainText((node.c as unknown[])[2]));
      });
      expect(raw.filter((html) => !/^<br\s*\/?>$/i.test(html))).toEqual([]);
      for (const kind of ['Code', 'CodeBlock', 'BlockQuote', 'HorizontalRule', 'Image', 'Strikeout', 'Emph']) {
        if (layout !== 'panel' || kind !== 'Emph') expect(kinds.has(kind), kind).toBe(false);
      }
      expect(level2).toEqual(REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((choice) => choice.title));
      // Links only where an address was typed, each to exactly that address, none nested in another.
      expect(links).toEqual(new Set(HOSTILE_LINKS.map((link) => JSON.stringify(link))));

      const all = tables(tree);
      const timeline = all.filter((table) => table.header[1] === 'Event');
      const actions = all.filter((table) => table.header[1] === 'Action' && table.header[2] === 'Owner');
      const effectiveness = all.filter((table) => table.header[3] === 'Did it work');
      expect(timeline).toHaveLength(layout === 'panel' ? 0 : 1);
      expect(actions).toHaveLength(layout === 'workflow' ? 0 : 1);
      for (const table of timeline) {
        expect(table.rows.map((row) => row[1])).toEqual(source.timeline.map((event) => cleanReportText(event.description)));
        expect(table.rows.map((row) => row[2])).toEqual(source.timeline.map((event) => cleanReportText(event.actor)));
      }
      for (const table of actions) {
        expect(table.rows.map((row) => row[1])).toEqual(source.actions.map((action) => cleanReportText(action.title)));
        expect(table.rows.every((row) => row.length === 9)).toBe(true);
      }
      // The Effectiveness section, in every layout: every action item, each hostile note as typed (normalised).
      expect(effectiveness).toHaveLength(1);
      const notes = new Map((source.effectiveness ?? []).map((result) => [result.actionItemId, cleanReportText(result.note)]));
      for (const table of effectiveness) {
        expect(table.rows.map((row) => row[1])).toEqual(source.actions.map((action) => cleanReportText(action.title)));
        expect(table.rows.map((row) => row[4])).toEqual(source.actions.map((action) => notes.get(action.id) ?? ''));
      }
    },
  );
});
