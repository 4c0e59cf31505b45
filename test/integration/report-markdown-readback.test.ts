import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { REPORT_LAYOUT_DESCRIPTORS, REPORT_LAYOUTS } from '../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../src/shared/report/markdown/write-markdown.ts';
import { cleanReportText, singleLine } from '../../src/shared/report/report-text.ts';
import type { ReportSource } from '../../src/shared/report/source.ts';
import { HOSTILE_LINKS, hostileReportSource, realisticReportSource } from '../fixtures/report-sources.ts';
import { type Block, expectedBlocks, MARK, tablesWithHeader } from '../harness/index.ts';

/**
 * Parses the exported Markdown back with markdown-it (CommonMark + GFM tables, raw HTML allowed as GitHub allows some)
 * and checks it holds exactly the report's structure and text (see expectedBlocks in test/harness/report-readers.ts), and links only where an address
 * was typed.
 */

type Token = ReturnType<typeof parser.parse>[number];

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      switch (child.type) {
        case 'text':
          return child.content;
        case 'hardbreak':
          return '\n';
        case 'strong_open':
          return `${MARK}S`;
        case 'strong_close':
          return `${MARK}s`;
        case 'em_open':
          return `${MARK}E`;
        case 'em_close':
          return `${MARK}e`;
        case 'html_inline':
          return /^<br>$/i.test(child.content) ? '\n' : `${MARK}html(${child.content})`;
        case 'link_open':
        case 'link_close':
          return '';
        default:
          return `${MARK}${child.type}(${child.content})`;
      }
    })
    .join('');
}

/** The document's blocks as markdown-it reads them. */
function readBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let list: { kind: 'list'; ordered: boolean; items: string[] } | null = null;
  let table: { kind: 'table'; header: string[]; rows: string[][] } | null = null;
  let inHead = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    switch (token.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: inlineText(next!) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        list = { kind: 'list', ordered: token.type === 'ordered_list_open', items: [] };
        blocks.push(list);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        list = null;
        break;
      case 'paragraph_open':
        if (list !== null) list.items.push(inlineText(next!));
        else if (table === null) blocks.push({ kind: 'paragraph', text: inlineText(next!) });
        break;
      case 'table_open':
        table = { kind: 'table', header: [], rows: [] };
        blocks.push(table);
        break;
      case 'table_close':
        table = null;
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        if (!inHead) table?.rows.push([]);
        break;
      case 'th_open':
        table?.header.push(inlineText(next!));
        break;
      case 'td_open':
        table?.rows[table.rows.length - 1]?.push(inlineText(next!));
        break;
      case 'html_block':
      case 'code_block':
      case 'fence':
      case 'hr':
      case 'blockquote_open':
        blocks.push({ kind: 'paragraph', text: `${MARK}${token.type}(${token.content})` });
        break;
    }
  }
  return blocks;
}

const parser = new MarkdownIt({ html: true });

/** Every link in the document as [text, href], the href with markdown-it's percent-encoding undone. */
function linksOf(tokens: Token[]): [string, string][] {
  const links: [string, string][] = [];
  for (const token of tokens) {
    let open: [string, string] | null = null;
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') open = ['', decodeURI(String(child.attrGet('href') ?? ''))];
      else if (child.type === 'link_close' && open) {
        links.push(open);
        open = null;
      } else if (open && child.type === 'text') open[0] += child.content;
    }
  }
  return links;
}

const SOURCES: [string, () => ReportSource][] = [
  ['realistic', realisticReportSource],
  ['hostile', hostileReportSource],
];
const CASES = SOURCES.flatMap(([name, source]) => REPORT_LAYOUTS.map((layout) => [name, layout, source] as const));

describe('exported Markdown read back with markdown-it', () => {
  it.each(CASES)('%s source, %s layout: the same blocks, cells and text as the report model', (_name, layout, makeSource) => {
    const doc = buildReport(makeSource(), { layout });
    const blocks = readBlocks(parser.parse(writeMarkdown(doc), {}));
    expect(blocks).toEqual(expectedBlocks(doc));
  });

  it.each(CASES)('%s source, %s layout: headings outline exactly the layout sections', (_name, layout, makeSource) => {
    const doc = buildReport(makeSource(), { layout });
    const blocks = readBlocks(parser.parse(writeMarkdown(doc), {}));
    const outline = blocks.filter((block) => block.kind === 'heading' && block.level <= 2).map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(outline).toEqual([singleLine(doc.title), ...REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((choice) => choice.title)]);
  });

  it.each(CASES)('%s source, %s layout: one timeline row per event and one action row per item, cells as typed', (_name, layout, makeSource) => {
    const source = makeSource();
    const blocks = readBlocks(parser.parse(writeMarkdown(buildReport(source, { layout })), {}));
    const timelines = tablesWithHeader(blocks, ['Time', 'Event', 'Actor']);
    const actionTables = tablesWithHeader(blocks, ['#', 'Action', 'Owner', 'Priority', 'Due', 'Status']);
    expect(timelines).toHaveLength(layout === 'panel' ? 0 : 1);
    expect(actionTables).toHaveLength(layout === 'workflow' ? 0 : 1);
    for (const table of timelines) {
      expect(table.rows).toHaveLength(source.timeline.length);
      expect(table.rows.map((row) => row[1])).toEqual(source.timeline.map((event) => cleanReportText(event.description)));
      expect(table.rows.map((row) => row[2])).toEqual(source.timeline.map((event) => cleanReportText(event.actor)));
    }
    for (const table of actionTables) {
      expect(table.rows).toHaveLength(source.actions.length);
      expect(table.rows.map((row) => row[1])).toEqual(source.actions.map((action) => cleanReportText(action.title)));
      expect(table.rows.map((row) => row[2])).toEqual(source.actions.map((action) => cleanReportText(action.owner)));
    }
  });

  it.each(REPORT_LAYOUTS)('hostile source, %s layout: no HTML element or image from typed text; links only where an address was typed', (layout) => {
    const markdown = writeMarkdown(buildReport(hostileReportSource(), { layout }));
    const html = parser.render(markdown);
    for (const element of [
      '<script',
      '<img',
      '<b>',
      '<!--',
      '<![CDATA',
      '<?xml',
      '<code',
      '<del',
      '<s>',
      '<blockquote',
      '<pre',
      '<hr',
      '<h1>Heading one',
      '<h2>Heading one',
    ]) {
      expect(html).not.toContain(element);
    }
    // Only the writer's own markup: the title, section headings, paragraphs, lists, tables, bold labels, italic empty states, cell line breaks, and links.
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((match) => match[1]));
    expect(
      [...tags].filter(
        (tag) => !['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'br', 'a'].includes(tag!),
      ),
    ).toEqual([]);
    expect(new Set(linksOf(parser.parse(markdown, {})).map((link) => JSON.stringify(link)))).toEqual(
      new Set(HOSTILE_LINKS.map((link) => JSON.stringify(link))),
    );
  });

  it('a 300-character word, right-to-left text, emoji and CJK survive, controls and noncharacters do not', () => {
    const html = parser.render(writeMarkdown(buildReport(hostileReportSource(), { layout: 'pir' })));
    const longWord = 'Zahlungsdienstleisterzeitüberschreitung'.repeat(8).slice(0, 300);
    expect(html).toContain(longWord);
    expect(html).toContain('فشل الدفع عند الخروج');
    expect(html).toContain('התשלום נכשל בקופה');
    expect(html).toContain('👩‍👩‍👧‍👦');
    expect(html).toContain('支付网关超时');
    expect(html).toContain('controls: :end');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // Any control character but the line feed, or a noncharacter such as U+FFFE.
    expect(html).not.toMatch(/[^\P{Cc}\n]|\p{Noncharacter_Code_Point}/u);
  });
});
