/**
 * `node bench/export.ts` (npm run bench:export): exporting a large review, 2,000 timeline events, 100 whys and 50 action
 * items. Times our Markdown (buildReport + writeMarkdown) and our DOCX (buildReport + writeDocx), medians after a
 * warm-up, against pandoc turning our own Markdown into a DOCX (`pandoc -f gfm -t docx`, the whole process, as a
 * person would run it). Prints figures and whether the targets hold; never fails.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReport } from '../src/shared/report/build-report.ts';
import { writeDocx } from '../src/shared/report/docx/write-docx.ts';
import { writeMarkdown } from '../src/shared/report/markdown/write-markdown.ts';
import { largeReportSource } from '../test/fixtures/report-sources.ts';
import { makeTempDir } from '../test/harness/index.ts';

const COUNTS = { events: 2_000, whys: 100, actions: 50 };
const MARKDOWN_RUNS = 30;
const DOCX_RUNS = 10;
const PANDOC_RUNS = 5;
const WARM_UP_RUNS = 3;
const TARGET_MARKDOWN_MS = 100;
const LABEL_WIDTH = 44;

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

async function timed<T>(runs: number, work: () => T | Promise<T>): Promise<{ samples: number[]; result: T }> {
  let result = await work();
  for (let index = 1; index < WARM_UP_RUNS; index += 1) result = await work();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  return { samples, result };
}

function pandocVersion(): string {
  return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'pandoc';
}

async function main(): Promise<void> {
  const source = largeReportSource(COUNTS);
  const temp = makeTempDir('debrief-bench-export-');
  const dir = temp.dir;
  try {
    console.log(
      `Debrief export benchmark: ${COUNTS.events.toLocaleString('en-US')} timeline events, ${COUNTS.whys} whys, ${COUNTS.actions} action items (post-incident review layout)`,
    );
    console.log(`medians of ${MARKDOWN_RUNS} Markdown, ${DOCX_RUNS} DOCX and ${PANDOC_RUNS} pandoc runs, each after ${WARM_UP_RUNS} untimed ones`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}, ${pandocVersion()}`);
    console.log('');

    const markdown = await timed(MARKDOWN_RUNS, () => writeMarkdown(buildReport(source, { layout: 'pir' })));
    const docx = await timed(DOCX_RUNS, () => writeDocx(buildReport(source, { layout: 'pir' })));
    const markdownFile = path.join(dir, 'report.md');
    fs.writeFileSync(markdownFile, markdown.result);
    const pandocFile = path.join(dir, 'pandoc.docx');
    const pandoc = await timed(PANDOC_RUNS, () => execFileSync('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', pandocFile, markdownFile]));

    const ms = (value: number) => `${value.toFixed(1).padStart(9)} ms`;
    const size = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(7)} KiB`;
    const ours = median(docx.samples);
    const theirs = median(pandoc.samples);
    const markdownMs = median(markdown.samples);
    console.log(`${'buildReport + writeMarkdown'.padEnd(LABEL_WIDTH)} ${ms(markdownMs)} ${size(new TextEncoder().encode(markdown.result).length)}`);
    console.log(`${'buildReport + writeDocx'.padEnd(LABEL_WIDTH)} ${ms(ours)} ${size(docx.result.length)}`);
    console.log(`${'pandoc -f gfm -t docx (our Markdown)'.padEnd(LABEL_WIDTH)} ${ms(theirs)} ${size(fs.statSync(pandocFile).size)}`);
    console.log(`${'ratio (our DOCX / pandoc)'.padEnd(LABEL_WIDTH)} ${(ours / theirs).toFixed(2).padStart(9)}`);
    console.log('');
    console.log(`target Markdown < ${TARGET_MARKDOWN_MS} ms: ${markdownMs < TARGET_MARKDOWN_MS ? 'holds' : 'misses'} (${markdownMs.toFixed(1)} ms)`);
    console.log(`target our DOCX no slower than pandoc: ${ours <= theirs ? 'holds' : 'misses'} (${ours.toFixed(1)} ms against ${theirs.toFixed(1)} ms)`);
  } finally {
    temp.remove();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark that cannot run says why, but never fails the build.
  console.error('bench:export could not run:', error);
}
