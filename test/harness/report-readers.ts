import fs from 'node:fs';
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { makeTempDir } from './temp-dir.ts';
import type { ReportDocument, ReportNode } from '../../src/shared/report/nodes.ts';
import { cleanReportText, singleLine } from '../../src/shared/report/report-text.ts';

/**
 * The real programs people open our exports with, run on files in tests and benchmarks: cmark-gfm (GitHub's own
 * Markdown renderer), pandoc, LibreOffice (headless) and poppler's PDF tools. They must be installed (CI installs
 * them); a missing one fails the test that needs it.
 */

const execFileAsync = promisify(execFile);

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

export async function runTool(command: string, args: readonly string[], timeoutMs = TIMEOUT_MS): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execFileAsync(command, args, { timeout: timeoutMs, maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  } catch (error) {
    const failure = error as { code?: unknown; stderr?: string; message: string };
    if (failure.code === 'ENOENT')
      throw new Error(`${command} is not installed (the export read-back tests need pandoc, LibreOffice and poppler-utils)`, { cause: error });
    throw new Error(`${command} ${args.join(' ')} failed: ${failure.message}\n${failure.stderr ?? ''}`, { cause: error });
  }
}

/** One node of pandoc's JSON AST; only the parts walked here. */
type PandocValue = string | number | boolean | null | PandocValue[] | { t?: string; c?: PandocValue; [key: string]: PandocValue | undefined };

/** cmark-gfm with the extensions github.com turns on for documents, writing its document tree as XML. */
export const CMARK_GFM_ARGS = ['--extension', 'autolink', '--extension', 'table', '--extension', 'strikethrough', '-t', 'xml'] as const;

export interface CmarkGfmReading {
  /** The document's blocks with their text, links read as their text (see expectedBlocks below). */
  blocks: Block[];
  /** Every link as [text, href], the href exactly as cmark-gfm parsed it (before any HTML percent-encoding). */
  links: [string, string][];
}

const elementsOf = (node: Node): Element[] => Array.from(node.childNodes).filter((child): child is Element => child.nodeType === child.ELEMENT_NODE);

/** The text of an inline run, with markers for any markup that is not plain text, a line break or a link. */
function cmarkInlineText(node: Node, links: [string, string][]): string {
  return elementsOf(node)
    .map((child) => {
      const inner = () => cmarkInlineText(child, links);
      switch (child.tagName) {
        case 'text':
          return child.textContent ?? '';
        case 'linebreak':
          return '\n';
        case 'strong':
          return `${MARK}S${inner()}${MARK}s`;
        case 'emph':
          return `${MARK}E${inner()}${MARK}e`;
        case 'link': {
          const text = inner();
          links.push([text, child.getAttribute('destination') ?? '']);
          return text;
        }
        case 'html_inline':
          return /^<br>$/i.test(child.textContent ?? '') ? '\n' : `${MARK}html(${child.textContent ?? ''})`;
        default:
          return `${MARK}${child.tagName}(${child.textContent ?? ''})`;
      }
    })
    .join('');
}

function cmarkBlock(node: Element, links: [string, string][]): Block {
  const cells = (row: Element) => elementsOf(row).map((cell) => cmarkInlineText(cell, links));
  switch (node.tagName) {
    case 'heading':
      return { kind: 'heading', level: Number(node.getAttribute('level')), text: cmarkInlineText(node, links) };
    case 'paragraph':
      return { kind: 'paragraph', text: cmarkInlineText(node, links) };
    case 'list':
      return {
        kind: 'list',
        ordered: node.getAttribute('type') === 'ordered',
        items: elementsOf(node).map((item) =>
          elementsOf(item)
            .map((paragraph) => cmarkInlineText(paragraph, links))
            .join('\n'),
        ),
      };
    case 'table': {
      const [header, ...rows] = elementsOf(node);
      return { kind: 'table', header: header ? cells(header) : [], rows: rows.map(cells) };
    }
    default:
      return { kind: 'paragraph', text: `${MARK}${node.tagName}(${node.textContent ?? ''})` };
  }
}

/** cmark-gfm reads the Markdown as github.com does; its document tree comes back as blocks and links. */
export function cmarkGfmRead(markdown: string): CmarkGfmReading {
  const result = spawnSync('cmark-gfm', CMARK_GFM_ARGS, { input: markdown, encoding: 'utf8', maxBuffer: MAX_OUTPUT });
  if (result.error || result.status !== 0) {
    throw new Error(`cmark-gfm failed (install it: apt-get install cmark-gfm): ${result.error?.message ?? result.stderr}`);
  }
  const document = new DOMParser().parseFromString(result.stdout, 'text/xml').documentElement;
  if (!document) throw new Error('cmark-gfm wrote no document');
  const links: [string, string][] = [];
  const blocks = elementsOf(document).map((block) => cmarkBlock(block, links));
  return { blocks, links };
}

const BLOCK_ENDS = new Set(['Para', 'Plain', 'Header', 'LineBlock', 'CodeBlock']);

/** The text of a piece of pandoc's AST: words, spaces, line breaks, a newline after each block. */
function astText(value: PandocValue | undefined): string {
  if (value === null || value === undefined || typeof value !== 'object') return '';
  if (Array.isArray(value)) return value.map(astText).join('');
  switch (value.t) {
    case 'Str':
      return typeof value.c === 'string' ? value.c : '';
    case 'Space':
      return ' ';
    case 'SoftBreak':
    case 'LineBreak':
      return '\n';
    case 'Code':
      return Array.isArray(value.c) && typeof value.c[1] === 'string' ? value.c[1] : '';
    default: {
      const inner = value.c !== undefined ? astText(value.c) : Object.values(value).map(astText).join('');
      return value.t !== undefined && BLOCK_ENDS.has(value.t) ? `${inner}\n` : inner;
    }
  }
}

export interface PandocReading {
  /** The title pandoc found (Word's Title style becomes the document's title). */
  title: string;
  /** All the text of the body, blocks on their own lines. */
  text: string;
  /** Each table's rows as cell texts: the header rows (Word's repeating header rows) and the others. */
  tables: PandocTable[];
}

export interface PandocTable {
  head: string[][];
  body: string[][];
}

function tableRows(table: PandocValue[]): PandocTable {
  // Table: [attr, caption, colspecs, head, bodies, foot]; head and foot [attr, rows]; body [attr, n, head rows, rows].
  const rowsOf = (rows: PandocValue | undefined): string[][] =>
    Array.isArray(rows)
      ? rows.map((row) => (Array.isArray(row) && Array.isArray(row[1]) ? row[1].map((cell) => (Array.isArray(cell) ? astText(cell[4]).trim() : '')) : []))
      : [];
  const head = table[3];
  const bodies = table[4];
  const rows: PandocTable = { head: Array.isArray(head) ? rowsOf(head[1]) : [], body: [] };
  if (Array.isArray(bodies)) for (const body of bodies) if (Array.isArray(body)) rows.body.push(...rowsOf(body[2]), ...rowsOf(body[3]));
  return rows;
}

function collectTables(value: PandocValue | undefined, into: PandocTable[]): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTables(item, into);
    return;
  }
  if (value.t === 'Table' && Array.isArray(value.c)) into.push(tableRows(value.c));
  else if (value.c !== undefined) collectTables(value.c, into);
}

/** pandoc reads the .docx into its document model; we read its JSON back as text and tables. */
export async function pandocRead(docxFile: string): Promise<PandocReading> {
  const { stdout } = await runTool('pandoc', ['-f', 'docx', '-t', 'json', docxFile]);
  const ast = JSON.parse(stdout) as { meta: Record<string, PandocValue>; blocks: PandocValue[] };
  const tables: PandocTable[] = [];
  collectTables(ast.blocks, tables);
  return { title: astText(ast.meta.title).trim(), text: astText(ast.blocks), tables };
}

export async function pandocMarkdownToDocx(markdownFile: string, docxFile: string): Promise<void> {
  await runTool('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', docxFile, markdownFile]);
}

/**
 * Converts the files to PDF in one LibreOffice run (it starts once, which is most of its time), with a profile of its
 * own, so runs in parallel do not share (and lock) one. Returns the PDFs, in the files' order.
 */
export async function libreOfficeToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = makeTempDir('debrief-lo-profile-');
  try {
    await runTool(
      'soffice',
      [`-env:UserInstallation=file://${profile.dir}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      180_000,
    );
  } finally {
    profile.remove();
  }
  const pdfs = files.map((file) => path.join(outDir, `${path.parse(file).name}.pdf`));
  const missing = pdfs.filter((pdf) => !fs.existsSync(pdf));
  if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(', ')}`);
  return pdfs;
}

export async function pdfPageCount(pdfFile: string): Promise<number> {
  const { stdout } = await runTool('pdfinfo', [pdfFile]);
  const pages = stdout.match(/^Pages:\s+(\d+)$/m)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdfFile}:\n${stdout}`);
  return Number(pages);
}

/** The PDF's text (pdftotext), all pages or one. */
export async function pdfText(pdfFile: string, page?: number): Promise<string> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await runTool('pdftotext', ['-enc', 'UTF-8', ...pages, pdfFile, '-']);
  return stdout;
}

/** Page 1 of the PDF as a PNG at 80 dpi; returns the PNG's path. */
export async function renderFirstPage(pdfFile: string, pngFileWithoutExtension: string): Promise<string> {
  await runTool('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile, pngFileWithoutExtension]);
  return `${pngFileWithoutExtension}.png`;
}

/**
 * What a Markdown reader must find in an exported report: its blocks with their text, as the report model says. Each
 * reader (markdown-it, cmark-gfm) turns what it parsed into these blocks, and the test compares.
 *
 * Inline markup the writer adds (bold labels, italic empty states) is recorded with \u0001 markers, which cannot occur
 * in report text (control characters are dropped), so any markup that came from typed text shows up as a difference.
 * Links are not marked: their text reads as typed, and each reader's test checks their hrefs on their own.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export const MARK = '\u0001';

/** The blocks the report model says the Markdown must hold, text normalised as documented in report-text.ts. */
export function expectedBlocks(doc: ReportDocument): Block[] {
  const fromNode = (node: ReportNode): Block[] => {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.level, text: singleLine(node.text) }];
      case 'paragraph':
        return [{ kind: 'paragraph', text: cleanReportText(node.text) }];
      case 'facts':
        return node.items.map((item) => ({ kind: 'paragraph', text: `${MARK}S${item.label}:${MARK}s ${cleanReportText(item.value)}`.trimEnd() }));
      case 'list':
        return [{ kind: 'list', ordered: node.ordered, items: node.items.map(cleanReportText) }];
      case 'table':
        return [{ kind: 'table', header: node.columns.map((column) => column.title), rows: node.rows.map((row) => row.map(cleanReportText)) }];
      case 'empty':
        return [{ kind: 'paragraph', text: `${MARK}E${singleLine(node.text)}${MARK}e` }];
      case 'image':
        // The picture's paragraph is its alt text in a reader's plain text; the caption follows in italics.
        return [
          { kind: 'paragraph', text: singleLine(node.image.caption) },
          { kind: 'paragraph', text: `${MARK}E${singleLine(node.image.caption)}${MARK}e` },
        ];
    }
  };
  return [
    { kind: 'heading', level: 1, text: singleLine(doc.title) },
    ...(cleanReportText(doc.subtitle) === '' ? [] : [{ kind: 'paragraph' as const, text: cleanReportText(doc.subtitle) }]),
    ...fromNode({ type: 'facts', items: doc.header }),
    ...doc.sections.flatMap((section) => [{ kind: 'heading' as const, level: 2, text: section.title }, ...section.nodes.flatMap(fromNode)]),
  ];
}

/** The tables whose first columns have these titles. */
export function tablesWithHeader(blocks: Block[], firstColumns: string[]) {
  return blocks.filter(
    (block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table' && firstColumns.every((title, index) => block.header[index] === title),
  );
}

/**
 * The pictures pandoc finds in a .docx, extracted as files into `mediaDir`, and its Markdown reading of the document,
 * where each picture shows as `![alt](path)`.
 */
export async function pandocDocxImages(docxFile: string, mediaDir: string): Promise<{ markdown: string; files: string[] }> {
  const { stdout } = await runTool('pandoc', ['-f', 'docx', '-t', 'gfm', `--extract-media=${mediaDir}`, docxFile]);
  const mediaFolder = path.join(mediaDir, 'media');
  const files = fs.existsSync(mediaFolder) ? fs.readdirSync(mediaFolder).map((name) => path.join(mediaFolder, name)) : [];
  return { markdown: stdout, files };
}
