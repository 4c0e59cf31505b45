import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * The real programs people open our exports with, run on files in tests and benchmarks: pandoc, LibreOffice (headless)
 * and poppler's PDF tools. They must be installed (CI installs them); a missing one fails the test that needs it.
 */

const execFileAsync = promisify(execFile);

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

export async function runTool(command: string, args: readonly string[], timeoutMs = TIMEOUT_MS): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execFileAsync(command, args, { timeout: timeoutMs, maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  } catch (error) {
    const failure = error as { code?: unknown; stderr?: string; message: string };
    if (failure.code === 'ENOENT') throw new Error(`${command} is not installed (the export read-back tests need pandoc, LibreOffice and poppler-utils)`, { cause: error });
    throw new Error(`${command} ${args.join(' ')} failed: ${failure.message}\n${failure.stderr ?? ''}`, { cause: error });
  }
}

/** One node of pandoc's JSON AST; only the parts walked here. */
type PandocValue = string | number | boolean | null | PandocValue[] | { t?: string; c?: PandocValue; [key: string]: PandocValue | undefined };

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
    Array.isArray(rows) ? rows.map((row) => (Array.isArray(row) && Array.isArray(row[1]) ? row[1].map((cell) => (Array.isArray(cell) ? astText(cell[4]).trim() : '')) : [])) : [];
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
