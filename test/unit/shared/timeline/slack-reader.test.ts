import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, readTimelineFile } from '../../../../src/shared/timeline/formats/registry.ts';
import { slackReader, slackTimestampMs } from '../../../../src/shared/timeline/formats/slack-reader.ts';
import { slackPlainText } from '../../../../src/shared/timeline/formats/slack-text.ts';
import type { ReaderOptions } from '../../../../src/shared/timeline/formats/timeline-reader.ts';
import { buildSlackExport } from '../../../harness/slack-export.ts';
import { folderFiles, zipFolder } from '../../../harness/zip-folder.ts';

const FIXTURE = fileURLToPath(new URL('../../../fixtures/timeline-formats/slack/', import.meta.url));
const INCIDENT = 'inc-311-card-payments';
const options: ReaderOptions = { timeZone: 'America/New_York', anchorDate: '2026-03-14' };
const file = (bytes: Uint8Array, name = 'acme-slack-export.zip') => ({ name, bytes });
const read = (bytes: Uint8Array, extra: Partial<ReaderOptions> = {}) => slackReader.read(file(bytes), { ...options, ...extra });
const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

const REPLY = `#${INCIDENT}, reply in thread`;

/** The fixture's messages as a person reads them in Slack, in time order, with the running message number. */
const EXPECTED: Array<[line: number, time: string, actor: string, description: string, origin: string]> = [
  [16, '2026-03-14T23:38:00.000Z', 'Alertmanager', '[FIRING:1] PaymentsQueueBacklog on payments-consumer-3', '#ops-alerts'],
  [
    2,
    '2026-03-14T23:41:10.000Z',
    'Dana Okafor',
    'Declaring SEV2: card payments failing for @here. Dashboard: payments dashboard (https://grafana.example.com/d/pay?orgId=1&from=now-1h)',
    `#${INCIDENT}`,
  ],
  [3, '2026-03-14T23:44:30.000Z', 'Li W.', 'Checkout p99 > 4 s since 23:30; queue depth 48k & rising', `#${INCIDENT}`],
  [4, '2026-03-14T23:45:00.000Z', 'נועה לוי', '@Dana Okafor rolling back deploy 7f3c, see #ops-alerts and #random', REPLY],
  [17, '2026-03-14T23:50:00.000Z', 'Grafana', '[Alerting] Checkout latency p99 above 4 s', '#ops-alerts'],
  [5, '2026-03-14T23:52:00.000Z', 'PagerDuty', 'Incident #311 acknowledged by @נועה לוי', `#${INCIDENT}`],
  [6, '2026-03-14T23:58:30.000Z', 'marco', 'is paging the database on-call', `#${INCIDENT}`],
  [7, '2026-03-15T00:03:10.000Z', 'Li W.', 'Rollback done; error rate back under 1% :tada:', REPLY],
  [8, '2026-03-15T00:04:00.000Z', 'Dana Okafor', 'Mitigated. Keeping the incident open while the queue drains.', REPLY],
  [
    9,
    '2026-03-15T00:06:00.000Z',
    'נועה לוי',
    '<script>alert(1)</script> | status | *bold* `code` _it_ # not a heading 💥🔥👩🏽‍💻 🇺🇦 [link](javascript:alert(1))',
    `#${INCIDENT}`,
  ],
  [10, '2026-03-15T00:07:00.000Z', 'Dana Okafor', 'Shared a file: queue-depth.png', `#${INCIDENT}`],
  [11, '2026-03-15T00:08:00.000Z', 'marco', 'Timeline so far, for the review: step 1:', `#${INCIDENT}`],
  [14, '2026-03-15T00:20:00.000Z', 'U09GHOST', 'Queue drained', `#${INCIDENT}`],
  [15, '2026-03-15T00:30:00.000Z', 'Dana Okafor', '@db-oncall thanks; handing back to @channel. Notes: https://wiki.example.com/inc/311', `#${INCIDENT}`],
  [18, '2026-03-16T08:00:00.000Z', 'Dana Okafor', 'Review of incident 311 booked for Thursday', '#ops-alerts'],
];

const TOO_LONG = { line: 12, reason: `${INCIDENT}/2026-03-15.json message 6: description: must be at most 5000 characters` };

function summary(events: ReturnType<typeof read>['events']) {
  return events.map((event) => [
    event.line,
    iso(event.occurredAt),
    event.actor,
    event.description.length > 1_000 ? event.description.slice(0, 40) : event.description,
    event.origin,
  ]);
}

describe('Slack export reader', () => {
  const fixture = zipFolder(FIXTURE);

  it('is detected from the ZIP entries, also when the export sits one folder down', () => {
    expect(detectFormat(file(fixture))).toBe('slack');
    const nested = zipSync(Object.fromEntries(Object.entries(folderFiles(FIXTURE)).map(([name, bytes]) => [`acme export Mar 14 2026/${name}`, bytes])));
    expect(detectFormat(file(nested))).toBe('slack');
    expect(read(nested).events).toHaveLength(EXPECTED.length);
    // A ZIP of day files without channels.json or users.json, and one of only the lists, are something else.
    expect(detectFormat(file(zipFolder(FIXTURE, { 'channels.json': null, 'users.json': null })))).toBeNull();
    expect(detectFormat(file(zipSync({ 'channels.json': new TextEncoder().encode('[]') })))).toBeNull();
  });

  it('reads every channel in time order: names resolved, markup as text, replies marked, joins and leaves left out', () => {
    const preview = read(fixture);
    expect(summary(preview.events)).toEqual(EXPECTED);
    expect(preview.rejected).toEqual([TOO_LONG]);
    expect(new Set(preview.events.map((event) => `${event.source} ${event.precision} ${event.phase}`))).toEqual(new Set(['slack_import second other']));
    expect(preview.events.some((event) => /has (joined|left) the channel/.test(event.description))).toBe(false);
    // The long message is kept whole (4,800 characters is within the 5,000 a description may hold).
    expect(preview.events.find((event) => event.line === 11)?.description).toHaveLength(4_800);
  });

  it('dates messages after midnight UTC by their own ts, so the thread reply after midnight follows its parent', () => {
    const events = read(fixture).events;
    const parent = events.find((event) => event.line === 2);
    const replies = events.filter((event) => event.origin === REPLY);
    expect(replies.map((event) => iso(event.occurredAt))).toEqual(['2026-03-14T23:45:00.000Z', '2026-03-15T00:03:10.000Z', '2026-03-15T00:04:00.000Z']);
    expect(replies.every((event) => parent !== undefined && event.occurredAt > parent.occurredAt)).toBe(true);
    expect(events.map((event) => event.occurredAt)).toEqual([...events.map((event) => event.occurredAt)].sort((a, b) => a - b));
  });

  it('reads only the chosen channels, by name with or without # and in any letter case', () => {
    const preview = read(fixture, { channels: ['#OPS-Alerts'] });
    expect(preview.events.map((event) => [event.line, event.origin])).toEqual([
      [1, '#ops-alerts'],
      [2, '#ops-alerts'],
      [3, '#ops-alerts'],
    ]);
    expect(preview.rejected).toEqual([]);
    expect(read(fixture, { channels: [] }).events).toHaveLength(EXPECTED.length);
  });

  it('says which channels exist when a chosen one is not in the export', () => {
    const preview = read(fixture, { channels: ['ops-alerts', 'war-room'] });
    expect(preview.events).toHaveLength(3);
    expect(preview.rejected).toEqual([
      { line: 0, reason: 'channel: the export has no channel named war-room; it has inc-311-card-payments, ops-alerts, random' },
    ]);
  });

  it('leaves out events outside the time window, both ends inclusive, without rejecting them', () => {
    const preview = read(fixture, { from: at('2026-03-14T23:45:00Z'), until: at('2026-03-15T00:04:00Z') });
    expect(preview.events.map((event) => iso(event.occurredAt))).toEqual([
      '2026-03-14T23:45:00.000Z',
      '2026-03-14T23:50:00.000Z',
      '2026-03-14T23:52:00.000Z',
      '2026-03-14T23:58:30.000Z',
      '2026-03-15T00:03:10.000Z',
      '2026-03-15T00:04:00.000Z',
    ]);
    expect(preview.rejected).toEqual([]);
  });

  it('rejects a damaged day file once, naming it, and reads the rest', () => {
    const damaged = zipFolder(FIXTURE, { 'ops-alerts/2026-03-15.json': '[\n  {"type": "message", "ts": "1773533400.000100", "text": "cut off' });
    const preview = read(damaged);
    expect(preview.events).toHaveLength(EXPECTED.length);
    expect(preview.events.at(-1)?.line).toBe(19);
    expect(preview.rejected).toEqual([
      TOO_LONG,
      { line: 18, reason: expect.stringMatching(/^ops-alerts\/2026-03-15\.json: is not valid JSON \(.+\); its messages were not imported$/) },
    ]);
  });

  it('rejects a message that is not an object or has no usable ts, naming the file and message', () => {
    const odd = zipFolder(FIXTURE, {
      'random/2026-03-15.json': JSON.stringify([
        'hello',
        { type: 'message', ts: 'yesterday', user: 'U01DANA', text: 'x' },
        { type: 'message', ts: '1773532800', user: 'U01DANA', text: '   ' },
      ]),
    });
    const preview = read(odd, { channels: ['random'] });
    expect(preview.events).toEqual([]);
    expect(preview.rejected).toEqual([
      { line: 1, reason: 'random/2026-03-15.json message 1: is not a message object' },
      { line: 2, reason: 'random/2026-03-15.json message 2: ts: "yesterday" is not a Slack timestamp (seconds since 1970, such as 1485909360.000200)' },
      { line: 3, reason: 'random/2026-03-15.json message 3: description: must not be empty' },
    ]);
  });

  it('answers a file that is not a ZIP, or a damaged ZIP, with one rejection', () => {
    expect(read(new TextEncoder().encode('time,event\n10:00,x\n'))).toEqual({
      events: [],
      rejected: [{ line: 1, reason: expect.stringContaining('is not a ZIP archive') }],
    });
    expect(read(fixture.slice(0, Math.floor(fixture.length / 2)))).toEqual({
      events: [],
      rejected: [{ line: 1, reason: expect.stringContaining('is not a ZIP archive') }],
    });
    const result = readTimelineFile(file(new TextEncoder().encode('nothing')), options, 'slack');
    expect(result.ok && result.preview.rejected).toHaveLength(1);
  });

  it('refuses a ZIP whose files claim to unpack to more than 1 GB, before unpacking them', () => {
    const bomb = fixture.slice();
    // Raise one day file's uncompressed size in the central directory (offset 24 of its header) to 1.5 GB.
    const view = new DataView(bomb.buffer);
    for (let offset = 0; offset < bomb.length - 46; offset += 1) {
      if (view.getUint32(offset, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(offset + 28, true);
      const name = new TextDecoder().decode(bomb.subarray(offset + 46, offset + 46 + nameLength));
      if (name === 'ops-alerts/2026-03-16.json') view.setUint32(offset + 24, 1_500 * 1024 * 1024, true);
    }
    const preview = read(bomb);
    expect(preview.events).toEqual([]);
    expect(preview.rejected).toEqual([{ line: 1, reason: expect.stringMatching(/^file: would unpack to 1,50\d MB, more than the 1,024 MB Debrief reads/) }]);
    // Choosing the other channel leaves the oversized file packed, so the export is read.
    expect(read(bomb, { channels: [INCIDENT] }).events).toHaveLength(12);
  });

  it('offers each channel and how many messages it holds (system messages not counted)', () => {
    expect(slackReader.choices?.(file(fixture))).toEqual({
      channels: [
        { name: INCIDENT, messages: 13 },
        { name: 'ops-alerts', messages: 3 },
        { name: 'random', messages: 0 },
      ],
    });
    expect(slackReader.choices?.(file(new Uint8Array([1, 2, 3])))).toEqual({ channels: [] });
  });

  it('reads private channels, group and direct messages when the export has them', () => {
    const more = zipFolder(FIXTURE, {
      'groups.json': JSON.stringify([{ id: 'G01SEC', name: 'sec-311', members: ['U01DANA'] }]),
      'dms.json': JSON.stringify([{ id: 'D01AB', members: ['U01DANA', 'U02LIWEI'] }]),
      'sec-311/2026-03-15.json': JSON.stringify([{ type: 'message', ts: '1773533000.000100', user: 'U01DANA', text: 'No customer data exposed' }]),
      'D01AB/2026-03-15.json': JSON.stringify([{ type: 'message', ts: '1773533100.000100', user: 'U02LIWEI', text: 'Can you take the review notes?' }]),
    });
    const preview = read(more, { channels: ['sec-311', 'D01AB'] });
    expect(preview.events.map((event) => [event.origin, event.actor, event.description])).toEqual([
      ['#sec-311', 'Dana Okafor', 'No customer data exposed'],
      ['direct message (Dana Okafor, Li W.)', 'Li W.', 'Can you take the review notes?'],
    ]);
  });

  it('reads what apps and Slackbot post without text, and skips hidden and unknown system messages', () => {
    const apps = zipFolder(FIXTURE, {
      'random/2026-03-15.json': JSON.stringify([
        {
          type: 'message',
          ts: '1773533000.000100',
          bot_id: 'B09STATUS',
          bot_profile: { name: 'Statuspage' },
          text: '',
          blocks: [
            { type: 'header', text: { type: 'plain_text', text: 'Degraded performance' } },
            { type: 'section', text: { type: 'mrkdwn', text: 'Card payments &amp; refunds' }, fields: [{ type: 'mrkdwn', text: '*Impact:* major' }] },
            { type: 'context', elements: [{ type: 'mrkdwn', text: 'Posted by <@U01DANA>' }] },
          ],
        },
        { type: 'message', ts: '1773533060.000100', user: 'USLACKBOT', text: 'Reminder: post the customer update.' },
        { type: 'message', ts: '1773533070.000100', subtype: 'message_changed', hidden: true, message: { text: 'old' } },
        { type: 'message', ts: '1773533080.000100', subtype: 'huddle_thread', user: 'U01DANA', text: '' },
        { type: 'message', ts: '1773533090.000100', subtype: 'channel_topic', user: 'U01DANA', text: 'set the channel topic: SEV2' },
      ]),
    });
    const preview = read(apps, { channels: ['random'] });
    expect(preview.rejected).toEqual([]);
    expect(preview.events.map((event) => [event.line, event.actor, event.description])).toEqual([
      [1, 'Statuspage', 'Degraded performance\nCard payments & refunds\n*Impact:* major\nPosted by @Dana Okafor'],
      [2, 'Slackbot', 'Reminder: post the customer update.'],
    ]);
  });

  it('reads a 100,000-message export', () => {
    const generated = buildSlackExport({ messages: 100_000 });
    const started = performance.now();
    const preview = read(generated.bytes);
    const elapsed = performance.now() - started;
    expect(preview.rejected).toEqual([]);
    expect(preview.events).toHaveLength(100_000);
    expect(preview.events.filter((event) => event.origin.endsWith(', reply in thread'))).toHaveLength(generated.replies);
    expect(preview.events[0]?.occurredAt).toBe(generated.firstAt);
    expect(preview.events.at(-1)?.occurredAt).toBe(generated.lastAt);
    // About 0.3 to 0.8 s on a laptop; the bound only catches a reader that became many times slower.
    expect(elapsed).toBeLessThan(5_000);
  }, 60_000);
});

describe('slackPlainText', () => {
  const names = {
    user: (id: string) => ({ U1: 'Dana Okafor', U2: 'A & B <team>' })[id],
    channel: (id: string) => ({ C1: 'incident-42' })[id],
  };
  it.each([
    ['<@U1> please look', '@Dana Okafor please look'],
    ['<@U2>', '@A & B <team>'],
    ['<@U9|olduser> and <@U8>', '@olduser and @U8'],
    ['<#C1|incident-42> and <#C1> and <#C9>', '#incident-42 and #incident-42 and #C9'],
    ['see <https://example.com/a?b=1&amp;c=2|the graph>', 'see the graph (https://example.com/a?b=1&c=2)'],
    ['<https://example.com/x>', 'https://example.com/x'],
    ['<http://example.com|example.com>', 'example.com'],
    ['<mailto:ops@example.com|ops@example.com>', 'ops@example.com'],
    ['<!here> <!channel> <!everyone> <!here|here>', '@here @channel @everyone @here'],
    ['<!subteam^S01|@db-oncall> and <!subteam^S02>', '@db-oncall and @S02'],
    ['<!date^1773531670^{date_short}|Mar 14, 2026> at noon', 'Mar 14, 2026 at noon'],
    ['a &lt;b&gt; &amp;lt; c', 'a <b> &lt; c'],
    ['&amp;amp; stays one level', '&amp; stays one level'],
    ['no markup at all | *bold* :fire:', 'no markup at all | *bold* :fire:'],
  ])('%j reads as %j', (text, expected) => {
    expect(slackPlainText(text, names)).toBe(expected);
  });
});

describe('slackTimestampMs', () => {
  it.each([
    ['1773531670.000200', 1_773_531_670_000],
    ['1773531670.999999', 1_773_531_670_999],
    ['1773531670.5', 1_773_531_670_500],
    ['1773531670', 1_773_531_670_000],
    [1773531670.25, 1_773_531_670_250],
    ['yesterday', null],
    ['-1.0', null],
    ['', null],
    [undefined, null],
  ])('%j is %j', (ts, expected) => {
    expect(slackTimestampMs(ts)).toBe(expected);
  });
});
