/**
 * `npm run bench:sources`: how long adding a folder of 2,000 published reviews as a library source takes, batch after
 * batch as the page reads it (issue 16: under 10 s), against a baseline measured in the same run on the same files:
 * importing each archive with archive.import, as Import does. Also times a second read of the unchanged folder and
 * removing the source with its 2,000 reviews. Each figure is wall time, with the process's CPU time beside it (a
 * machine shared with other work stretches the one but not the other).
 * Prints figures; never fails.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src/main/api/dispatch.ts';
import type { MeetingArchive } from '../src/shared/archive/meeting-archive.ts';
import { archiveJson } from '../src/shared/archive/archive-json.ts';
import type { SourceReadResult } from '../src/shared/domain/library-source.ts';
import { PUBLISHED_FILES } from '../src/shared/publish/library-index.ts';
import { makeTempDir, ok, openServiceOnTempFile, seedGitLabSizedReview, startTestServer } from '../test/harness/index.ts';

const REVIEWS = 2_000;
const TARGET_MS = 10_000;

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const temp = makeTempDir('debrief-bench-sources-');
try {
  // One review the size of GitLab's 2017 outage (26 events, 10 whys, 15 action items, 5 tags), published 2,000 times
  // under different ids, incidents and dates, as a team's repository of reviews would hold them.
  const server = await startTestServer();
  let archive: MeetingArchive;
  try {
    const review = await seedGitLabSizedReview(server);
    const exported = ok<MeetingArchive>(dispatch(server.service, 'archive.export', { meetingId: review.meetingId }));
    // Tagged as a team tags its reviews: two contributing factors on the review and one on each of its first whys.
    const whyTags = exported.whys.slice(0, 3).map((why) => ({ itemKind: 'why' as const, itemId: why.id, factor: 'Monitoring gap' }));
    const tags = [...['Configuration', 'Process'].map((factor) => ({ itemKind: 'meeting' as const, itemId: exported.meeting.id, factor })), ...whyTags];
    archive = { ...exported, tags };
  } finally {
    await server.stop();
  }
  const folder = path.join(temp.dir, 'team-postmortems');
  fs.mkdirSync(folder);
  const files: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < REVIEWS; i++) {
    const incidentId = `INC-${String(i).padStart(4, '0')}`;
    const meeting = { ...archive.meeting, incidentId, title: `${archive.meeting.title} (${i})` };
    // Every row names its meeting: all take the new review's id.
    const text = archiveJson({ ...archive, meeting }).replaceAll(archive.meeting.id, randomUUID());
    texts.push(text);
    fs.mkdirSync(path.join(folder, `2017-01-31-${incidentId}`));
    const file = path.join(folder, `2017-01-31-${incidentId}`, PUBLISHED_FILES.archive);
    fs.writeFileSync(file, text);
    files.push(file);
  }
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1024 / 1024;

  // Baseline: each archive through archive.import, one transaction each, on a fresh database.
  const plain = await openServiceOnTempFile({}, 'debrief-bench-plain-');
  let baselineMs: number;
  let baselineCpuMs: number;
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const file of files) ok(dispatch(plain.service, 'archive.import', { archive: fs.readFileSync(file, 'utf8') }));
    baselineMs = performance.now() - started;
    baselineCpuMs = cpuMs(process.cpuUsage(cpu));
  } finally {
    plain.close();
  }

  const mine = await openServiceOnTempFile({}, 'debrief-bench-source-');
  try {
    let started = performance.now();
    let cpu = process.cpuUsage();
    // As the page does: add, then read the rest of the folder batch after batch.
    let read = ok<SourceReadResult>(dispatch(mine.service, 'sources.add', { path: folder }));
    let imported = read.added;
    let batches = 1;
    while (read.remaining > 0) {
      read = ok<SourceReadResult>(dispatch(mine.service, 'sources.reread', { id: read.source.id }));
      imported += read.added;
      batches += 1;
    }
    const added = { ...read, added: imported };
    const addMs = performance.now() - started;
    const addCpuMs = cpuMs(process.cpuUsage(cpu));
    started = performance.now();
    const again = ok<SourceReadResult>(dispatch(mine.service, 'sources.reread', { id: added.source.id }));
    const rereadMs = performance.now() - started;
    started = performance.now();
    cpu = process.cpuUsage();
    ok(dispatch(mine.service, 'sources.remove', { id: added.source.id }));
    const removeMs = performance.now() - started;
    const removeCpuMs = cpuMs(process.cpuUsage(cpu));

    const row = (label: string, value: string) => console.log(`${label.padEnd(52)}${value}`);
    console.log(`Library source of ${REVIEWS} published reviews (${megabytes.toFixed(1)} MB of archives), one process:`);
    row('baseline: archive.import of each file', `${seconds(baselineMs)}  (CPU ${seconds(baselineCpuMs)})`);
    row(
      `sources.add, rereads (${added.added} in ${batches} batches)`,
      `${seconds(addMs)}  (CPU ${seconds(addCpuMs)}; ${(addMs / baselineMs).toFixed(2)}x the baseline; target < ${TARGET_MS / 1000} s: ${addMs < TARGET_MS ? 'met' : 'NOT met'})`,
    );
    row(`sources.reread, nothing changed (${again.unchanged} unchanged)`, `${rereadMs.toFixed(0)} ms`);
    row(`sources.remove (${added.added} reviews, one transaction)`, `${seconds(removeMs)}  (CPU ${seconds(removeCpuMs)})`);
  } finally {
    mine.close();
  }
} finally {
  temp.remove();
}
