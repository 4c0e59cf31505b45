import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src/main/api/dispatch.ts';
import { ApiError } from '../src/shared/api/errors.ts';
import type { ImportedEvent } from '../src/shared/timeline/import-result.ts';
import { sendImport, type ImportCall } from '../src/shared/timeline/send-import.ts';
import { ok, openServiceOnTempFile } from '../test/harness/index.ts';

const s = await openServiceOnTempFile({}, 'debrief-prof-');
const meeting = ok<{ id: string }>(dispatch(s.service, 'meetings.create', { title: 'x' }));
const events: ImportedEvent[] = Array.from({ length: 50_000 }, (_, i) => ({ line: i + 2, occurredAt: 1e12 + i * 1000, precision: 'second', description: `Log line ${i}: checkout p99 ${i % 900} ms`, actor: 'deploy-bot', phase: 'other', source: 'csv_import', origin: '' }));
const call: ImportCall = (method, input) => { const r = dispatch(s.service, method, input); return r.ok ? Promise.resolve(r.result as never) : Promise.reject(ApiError.fromBody(r.error)); };
const t = performance.now();
await sendImport({ meetingId: meeting.id, importId: randomUUID(), events, call });
console.log('50k import', (performance.now() - t).toFixed(0), 'ms');
s.close();
