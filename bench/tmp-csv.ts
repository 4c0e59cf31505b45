import { performance } from 'node:perf_hooks';
import { parseCsvTimeline } from '../src/shared/timeline/csv-timeline.ts';
import { timelineCsv } from '../test/harness/timeline-csv.ts';
const text = timelineCsv(50_000);
for (let i = 0; i < 3; i++) { const t = performance.now(); const p = parseCsvTimeline(text, { timeZone: 'Europe/Berlin', anchorDate: '2017-01-31' }); console.log(p.events.length, (performance.now() - t).toFixed(0), 'ms'); }
