import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import { REPORT_LAYOUT_DESCRIPTORS, REPORT_LAYOUTS, type ReportLayout } from '../../../../src/shared/report/layouts.ts';
import type { ReportDocument, ReportNode } from '../../../../src/shared/report/nodes.ts';
import type { ReportSource } from '../../../../src/shared/report/source.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';

/** The realistic meeting with nothing captured: no events, whys, notes, conflicts, items, people or typed facts. */
function emptySource(): ReportSource {
  const source = realisticReportSource();
  return {
    meeting: {
      ...source.meeting,
      severity: null,
      incidentStartedAt: null,
      incidentEndedAt: null,
      scheduledAt: null,
      summary: '',
      usersAffected: '',
      revenueImpact: '',
      sloBudgetConsumed: '',
      dataLoss: '',
      customerCommunication: '',
      author: '',
      reviewers: '',
      reviewedOn: null,
      followUpReviewOn: null,
      servicesAffected: [],
      initialHypothesis: '',
      mitigationStrategy: '',
      metrics: [],
      residualRisk: '',
      nextUpdateAt: null,
    },
    timeline: [],
    whys: [],
    notes: [],
    conflicts: [],
    actions: [],
    participants: [],
    agenda: { sections: [] },
  };
}

const section = (doc: ReportDocument, id: string) => {
  const found = doc.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

const factsOf = (nodes: ReportNode[]) =>
  Object.fromEntries(nodes.flatMap((node) => (node.type === 'facts' ? node.items.map((item) => [item.label, item.value]) : [])));

/** The nodes after a sub-heading, up to the next heading. */
function partAfter(nodes: ReportNode[], title: string): ReportNode[] {
  const start = nodes.findIndex((node) => node.type === 'heading' && node.text === title);
  if (start < 0) throw new Error(`no part ${title}`);
  const rest = nodes.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

const listItems = (nodes: ReportNode[]) => nodes.flatMap((node) => (node.type === 'list' ? node.items : []));

describe('buildReport', () => {
  it.each(REPORT_LAYOUTS)('%s: every section of the layout, in its order, with its title', (layout) => {
    const doc = buildReport(realisticReportSource(), { layout });
    expect(doc.sections.map(({ id, title }) => ({ id, title }))).toEqual(REPORT_LAYOUT_DESCRIPTORS[layout].sections.map(({ id, title }) => ({ id, title })));
  });

  it.each([
    ['pir', 'Post-Incident Review: INC-2041'],
    ['meeting', 'Post-Mortem Meeting Report: INC-2041'],
    ['workflow', 'Incident Response Record: INC-2041'],
    ['panel', 'Panel Review: INC-2041'],
  ] as const)('%s: titled %s, with the properties a document needs', (layout, title) => {
    const doc = buildReport(realisticReportSource(), { layout });
    expect(doc.title).toBe(title);
    expect(doc.subtitle).toBe('Card payments failing at checkout after a config rollout');
    expect(doc.properties).toEqual({
      title,
      author: 'Lena Fischer',
      subject: 'Card payments failing at checkout after a config rollout',
      keywords: 'SEV2, INC-2041, post-incident review',
    });
    expect(doc.severity).toBe('SEV2');
    expect(doc.severityMeaning).toBe('The service was degraded, but a workaround existed');
  });

  it('heads the report with the incident facts, the date in the meeting zone', () => {
    const doc = buildReport(realisticReportSource(), { layout: 'pir' });
    expect(doc.header).toEqual([
      { label: 'Incident ID', value: 'INC-2041' },
      { label: 'Date of incident', value: '2026-11-20' },
      { label: 'Duration', value: '1 h 26 min' },
      { label: 'Severity', value: 'SEV2 (The service was degraded, but a workaround existed)' },
      { label: 'Author', value: 'Lena Fischer' },
      { label: 'Reviewers', value: 'Jonas Weber, Alex Kim' },
      { label: 'Reviewed', value: '2026-11-24' },
      { label: 'Follow-up review', value: '2026-12-24' },
    ]);
  });

  it('lists the review’s contributing factors in the header of every layout, its own first, each once (issue 16)', () => {
    const source = realisticReportSource();
    source.tags = [
      { itemKind: 'why', itemId: source.whys[0]?.id ?? '', factor: 'Knowledge' },
      { itemKind: 'meeting', itemId: source.meeting.id, factor: 'Configuration' },
      { itemKind: 'note', itemId: 'n', factor: 'configuration' },
      { itemKind: 'meeting', itemId: source.meeting.id, factor: 'Change | `management`' },
    ];
    for (const layout of REPORT_LAYOUTS) {
      const header = buildReport(source, { layout }).header;
      expect(
        header.filter((fact) => fact.label === 'Contributing factors'),
        layout,
      ).toEqual([{ label: 'Contributing factors', value: 'Configuration; Change | `management`; Knowledge' }]);
    }
    expect(buildReport(realisticReportSource(), { layout: 'pir' }).header.map((fact) => fact.label)).not.toContain('Contributing factors');
  });

  it('says where the review stands and who signed off when, on their dates in the meeting zone (issue 15)', () => {
    const source = realisticReportSource();
    // Berlin is an hour ahead: 23:30 UTC on 30 November is already 1 December there.
    source.review = {
      state: 'published',
      stateChangedAt: Date.UTC(2026, 10, 30, 23, 30),
      reviewers: [
        { name: 'Jonas Weber', addedAt: Date.UTC(2026, 10, 24, 9), signedOffAt: Date.UTC(2026, 10, 25, 10) },
        { name: 'Alex Kim', addedAt: Date.UTC(2026, 10, 24, 9), signedOffAt: null },
      ],
      history: [],
    };
    const header = buildReport(source, { layout: 'pir' }).header;
    expect(header.slice(-2)).toEqual([
      { label: 'Review state', value: 'Published on 2026-12-01' },
      { label: 'Signed off', value: 'Jonas Weber (2026-11-25); Alex Kim (not signed off)' },
    ]);
  });

  it('adds nothing about the review while it is a draft nobody was asked to check', () => {
    const source = realisticReportSource();
    source.review = { state: 'draft', stateChangedAt: null, reviewers: [], history: [] };
    expect(buildReport(source, { layout: 'pir' }).header.map((item) => item.label)).not.toContain('Review state');
  });

  it('checks the backlog under the action items: what earlier reviews of the same services left open (issue 15)', () => {
    const source = realisticReportSource();
    const earlierItem = {
      ...source.actions[0]!,
      id: 'earlier-1',
      meetingId: 'earlier',
      title: 'Add a canary stage',
      owner: '',
      dueOn: '2026-10-15',
      status: 'in_progress' as const,
    };
    source.backlog = [
      {
        item: earlierItem,
        incidentId: 'INC-1980',
        reviewTitle: 'Checkout errors in October',
        incidentAt: Date.UTC(2026, 9, 2),
        sharedServices: ['Checkout API', 'Payments'],
      },
    ];
    for (const layout of REPORT_LAYOUTS) {
      const nodes = buildReport(source, { layout }).sections.flatMap((candidate) => candidate.nodes);
      const check = partAfter(nodes, 'Still open from earlier incidents');
      const table = check.find((node) => node.type === 'table');
      expect(table?.type === 'table' ? table.columns.map((column) => column.title) : [], layout).toEqual([
        'Action',
        'Owner',
        'Due',
        'Status',
        'From review',
        'Services',
      ]);
      expect(table?.type === 'table' ? table.rows : [], layout).toEqual([
        ['Add a canary stage', 'Unassigned', '2026-10-15', 'In progress', 'INC-1980: Checkout errors in October', 'Checkout API, Payments'],
      ]);
    }
  });

  it('says so when nothing from earlier incidents is open, and has no backlog check when none was looked up', () => {
    const source = realisticReportSource();
    source.backlog = [];
    const nodes = section(buildReport(source, { layout: 'pir' }), 'action_items').nodes;
    expect(partAfter(nodes, 'Still open from earlier incidents')).toEqual([
      { type: 'empty', text: 'No action items from earlier incidents on these services are still open.' },
    ]);
    delete source.backlog;
    const without = section(buildReport(source, { layout: 'pir' }), 'action_items').nodes;
    expect(without.some((node) => node.type === 'heading' && node.text === 'Still open from earlier incidents')).toBe(false);
  });

  it('gives the meeting report the date and time of the incident', () => {
    const doc = buildReport(realisticReportSource(), { layout: 'meeting' });
    expect(factsOf([{ type: 'facts', items: doc.header }])['Date and time of incident']).toBe('2026-11-20 00:38 to 02:05 (GMT+1)');
  });

  it('a date in another zone moves the incident date and the times', () => {
    const source = realisticReportSource();
    source.meeting = { ...source.meeting, timeZone: 'America/New_York' };
    const doc = buildReport(source, { layout: 'pir' });
    expect(factsOf([{ type: 'facts', items: doc.header }])['Date of incident']).toBe('2026-11-19');
    const table = section(doc, 'timeline').nodes.find((node) => node.type === 'table');
    expect(table?.type === 'table' && table.rows[0]?.[0]).toBe('18:38:12');
    expect(doc.fileBaseName).toBe('INC-2041-2026-11-19');
  });

  it('shows timeline times in the meeting zone in one format (to the second, as some events were), with no date while the incident stays within a day', () => {
    const doc = buildReport(realisticReportSource(), { layout: 'pir' });
    const nodes = section(doc, 'timeline').nodes;
    expect(nodes[0]).toEqual({ type: 'paragraph', text: 'Times are in Europe/Berlin (GMT+1).' });
    const table = nodes[1];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns.map((column) => column.title)).toEqual(['Time', 'Event', 'Actor', 'Phase']);
    expect(table.rows.map((row) => row[3])).toContain('Detection');
    expect(table.columns.reduce((sum, column) => sum + column.width, 0)).toBe(100);
    expect(table.rows.map((row) => row[0])).toEqual([
      '00:38:12',
      '00:41:00',
      '00:47:00',
      '00:52:00',
      '00:58:00',
      '01:06:00',
      '01:14:00',
      '01:21:30',
      '01:29:00',
      '01:45:00',
      '02:05:00',
      '02:40:00',
    ]);
  });

  it('shows every time to the minute when no event was recorded to the second', () => {
    const source = realisticReportSource();
    source.timeline = source.timeline.map((event) => ({ ...event, precision: 'minute' }));
    const table = section(buildReport(source, { layout: 'meeting' }), 'timeline').nodes[1];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows.slice(0, 2).map((row) => row[0])).toEqual(['00:38', '00:41']);
  });

  it('adds the date to each time when the incident runs past midnight in the meeting zone', () => {
    const source = realisticReportSource();
    const last = source.timeline[source.timeline.length - 1]!;
    source.timeline = [...source.timeline.slice(0, -1), { ...last, occurredAt: Date.parse('2026-11-21T00:10:00+01:00') }];
    const table = section(buildReport(source, { layout: 'pir' }), 'timeline').nodes[1];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows[0]?.[0]).toBe('2026-11-20 00:38:12');
    expect(table.rows.at(-1)?.[0]).toBe('2026-11-21 00:10:00');
  });

  it('sorts timeline events by time whatever order they come in', () => {
    const source = realisticReportSource();
    source.timeline = [...source.timeline].reverse();
    const table = section(buildReport(source, { layout: 'pir' }), 'timeline').nodes[1];
    expect(table?.type === 'table' && table.rows[0]?.[0]).toBe('00:38:12');
  });

  it('puts the impact fields and the response times from the timeline in the impact section', () => {
    const facts = factsOf(section(buildReport(realisticReportSource(), { layout: 'pir' }), 'impact').nodes);
    expect(facts).toEqual({
      'Users affected': 'About 18 % of EU checkout attempts, roughly 4,300 customers',
      'Revenue impact': 'About €62,000 in delayed orders, almost all recovered through the retry queue',
      Duration: '1 h 26 min',
      'SLO budget consumed': '38 % of the monthly checkout availability budget',
      'Data loss': 'None',
      'Customer communication': 'Status page updated at 01:14 and resolved at 02:40; support used the failed-payment macro for 212 tickets',
      'Time to detect': '8 min',
      'Time to mitigate': '43 min',
      'Time to resolve': '1 h 26 min',
    });
  });

  it('says why a response time cannot be measured', () => {
    const source = realisticReportSource();
    source.timeline = source.timeline.filter((event) => event.phase !== 'mitigation');
    const facts = factsOf(section(buildReport(source, { layout: 'pir' }), 'impact').nodes);
    expect(facts['Time to mitigate']).toBe('Not known: no event is marked mitigation');
  });

  it('writes each root cause with its causal chain from trigger to impact', () => {
    const nodes = section(buildReport(realisticReportSource(), { layout: 'pir' }), 'root_cause').nodes;
    expect(nodes).toEqual([
      { type: 'paragraph', text: 'Timeout values go through the general config pipeline with no check against measured upstream latency' },
      { type: 'paragraph', text: 'Causal chain, from trigger to impact:' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Timeout values go through the general config pipeline with no check against measured upstream latency',
          'The nightly config rollout lowered the timeout from 30 s to 3 s',
          'Payment gateway calls to the card processor timed out after 3 seconds',
          'Customers in Europe could not complete card payments for about 40 minutes',
        ],
      },
      // The why still marked unclassified is printed too, not dropped.
      { type: 'heading', level: 3, text: 'Answers not yet classified' },
      { type: 'list', ordered: false, items: ['The nightly config rollout lowered the timeout from 30 s to 3 s'] },
    ]);
  });

  it('gives several root causes a sub-heading each', () => {
    const source = realisticReportSource();
    const latency = source.whys.find((why) => why.kind === 'contributing')!;
    source.whys = source.whys.map((why) => (why.id === latency.id ? { ...why, kind: 'root' } : why));
    const headings = section(buildReport(source, { layout: 'pir' }), 'root_cause').nodes.filter((node) => node.type === 'heading');
    expect(headings).toEqual([
      { type: 'heading', level: 3, text: 'Root cause 1' },
      { type: 'heading', level: 3, text: 'Root cause 2' },
      { type: 'heading', level: 3, text: 'Answers not yet classified' },
    ]);
  });

  it('traces the workflow causal chain as cause → effect steps', () => {
    const nodes = section(buildReport(realisticReportSource(), { layout: 'workflow' }), 'root_cause_analysis').nodes;
    expect(listItems(partAfter(nodes, 'Causal chain'))).toEqual([
      'Timeout values go through the general config pipeline with no check against measured upstream latency → The nightly config rollout lowered the timeout from 30 s to 3 s',
      'The nightly config rollout lowered the timeout from 30 s to 3 s → Payment gateway calls to the card processor timed out after 3 seconds',
      'Payment gateway calls to the card processor timed out after 3 seconds → Customers in Europe could not complete card payments for about 40 minutes',
    ]);
    expect(listItems(partAfter(nodes, 'Triggering event'))).toEqual([
      '00:38:12 — Nightly config rollout lowers the payment gateway timeout to the card processor from 30 s to 3 s (config-deployer)',
    ]);
  });

  it('numbers the contributing factors in tree order', () => {
    expect(section(buildReport(realisticReportSource(), { layout: 'pir' }), 'contributing_factors').nodes).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          'The card processor is slower at night because of its settlement batch window',
          'The checkout alert waits for 5 minutes of sustained failure before it pages',
        ],
      },
    ]);
  });

  it('lists the action items in a table of # / Action / Owner / Priority / Due / Status, with horizon, category and the finding addressed', () => {
    const table = section(buildReport(realisticReportSource(), { layout: 'pir' }), 'action_items').nodes[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns.map((column) => column.title)).toEqual(['#', 'Action', 'Owner', 'Priority', 'Due', 'Status', 'Horizon', 'Category', 'Addresses']);
    expect(table.columns.reduce((sum, column) => sum + column.width, 0)).toBe(100);
    expect(table.rows[0]).toEqual([
      '1',
      'Add a config check that rejects a timeout below the last 7 days of measured p99 upstream latency',
      'Mara Jansen',
      'P0',
      '2026-12-04',
      'In progress',
      'Short term',
      'Testing',
      'Root cause: Timeout values go through the general config pipeline with no check against measured upstream latency',
    ]);
    expect(table.rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(table.rows[2]?.slice(6)).toEqual([
      'Quick win',
      'Runbook',
      'What could be improved: No runbook step told on-call how to find and revert the last config rollout',
    ]);
  });

  it('says when an item has no owner or due date yet', () => {
    const source = realisticReportSource();
    source.actions = [{ ...source.actions[0]!, owner: '  ', dueOn: null }];
    const table = section(buildReport(source, { layout: 'pir' }), 'action_items').nodes[0];
    expect(table?.type === 'table' && table.rows[0]?.slice(0, 6)).toEqual(['1', source.actions[0]!.title, 'Unassigned', 'P0', 'Not set', 'In progress']);
  });

  it('groups the workflow tracker into quick wins, short term and long term', () => {
    const nodes = section(buildReport(realisticReportSource(), { layout: 'workflow' }), 'action_tracker').nodes;
    expect(listItems(partAfter(nodes, 'Quick wins (this week)'))).toEqual([
      'Shorten the checkout success-rate alert window from 5 to 2 minutes — Priya Nair, due 2026-11-27 (Done) · Quick win · Monitoring (addresses Contributing factor: The checkout alert waits for 5 minutes of sustained failure before it pages)',
      'Add a runbook step for finding and reverting the last config rollout — Jonas Weber, due 2026-11-27 (Open) · Quick win · Runbook (addresses What could be improved: No runbook step told on-call how to find and revert the last config rollout)',
    ]);
    expect(listItems(partAfter(nodes, 'Short term (this sprint or cycle)'))).toHaveLength(2);
    expect(listItems(partAfter(nodes, 'Long term (schedule in planning)'))).toEqual([
      'Run a game day on payment dependency timeouts — Priya Nair, due 2027-02-15 (Open) · Long term · Training (addresses Lessons learned: Dependency latency changes by time of day; limits must be set against the worst hour, not the average)',
    ]);
  });

  it('says so when a tracker group is empty', () => {
    const source = realisticReportSource();
    source.actions = source.actions.filter((action) => action.horizon !== 'long_term');
    const nodes = section(buildReport(source, { layout: 'workflow' }), 'action_tracker').nodes;
    expect(partAfter(nodes, 'Long term (schedule in planning)')).toEqual([{ type: 'empty', text: 'No long-term items were agreed.' }]);
  });

  it('shows the panel perspectives that have findings or speakers, each with its three finding kinds', () => {
    const nodes = section(buildReport(realisticReportSource(), { layout: 'panel' }), 'perspectives').nodes;
    const perspectives = nodes.filter((node) => node.type === 'heading' && node.level === 3).map((node) => (node.type === 'heading' ? node.text : ''));
    expect(perspectives).toEqual(['Incident commander', 'Site reliability engineer', 'Systems architect', 'Observability engineer']);
    expect(partAfter(nodes, 'Incident commander')).toEqual([{ type: 'paragraph', text: 'Speaking for this perspective: Jonas Weber' }]);
  });

  it('records a conflict with both positions, the trade-off and the resolution, or its escalation', () => {
    const source = realisticReportSource();
    const resolved = factsOf(section(buildReport(source, { layout: 'panel' }), 'conflicts').nodes);
    expect(Object.keys(resolved)).toEqual(['Position 1 (Systems architect)', 'Position 2 (Site reliability engineer)', 'Trade-off', 'Resolution']);
    source.conflicts = [{ ...source.conflicts[0]!, escalated: true, resolution: '' }];
    const escalated = factsOf(section(buildReport(source, { layout: 'panel' }), 'conflicts').nodes);
    expect(escalated.Resolution).toMatch(/^Escalated/);
  });

  it.each(REPORT_LAYOUTS)('%s: every section of an empty meeting keeps its heading and says it is empty', (layout) => {
    const doc = buildReport(emptySource(), { layout });
    expect(doc.sections).toHaveLength(REPORT_LAYOUT_DESCRIPTORS[layout].sections.length);
    for (const built of doc.sections) {
      const hasEmpty = built.nodes.some((node) => node.type === 'empty');
      const hasFacts = built.nodes.some((node) => node.type === 'facts' || node.type === 'paragraph');
      expect(hasEmpty || hasFacts, built.id).toBe(true);
      expect(
        built.nodes.some(
          (node) => (node.type === 'list' || node.type === 'table') && (node.type === 'list' ? node.items.length === 0 : node.rows.length === 0),
        ),
        built.id,
      ).toBe(false);
    }
  });

  it.each<[ReportLayout, string, string]>([
    ['pir', 'summary', 'No summary was written.'],
    ['pir', 'impact', 'No impact was recorded.'],
    ['pir', 'timeline', 'No timeline events were recorded.'],
    ['pir', 'root_cause', 'No root cause was identified.'],
    ['pir', 'contributing_factors', 'No contributing factors were recorded.'],
    ['pir', 'went_well', 'Nothing was recorded under what went well.'],
    ['pir', 'action_items', 'No action items were agreed.'],
    ['pir', 'lessons', 'No lessons were recorded.'],
    ['meeting', 'additional_notes', 'No additional notes were recorded.'],
    ['workflow', 'action_tracker', 'No action items were agreed.'],
    ['panel', 'perspectives', 'No perspective findings were recorded.'],
    ['panel', 'conflicts', 'No conflicting recommendations were recorded.'],
  ])('%s %s of an empty meeting: "%s"', (layout, id, text) => {
    expect(section(buildReport(emptySource(), { layout }), id).nodes).toEqual([{ type: 'empty', text }]);
  });

  it('heads an empty meeting with what is not recorded and names its file by the incident id alone', () => {
    const doc = buildReport(emptySource(), { layout: 'pir' });
    const header = factsOf([{ type: 'facts', items: doc.header }]);
    expect(header['Date of incident']).toBe('Not recorded');
    expect(header.Severity).toBe('Not recorded');
    expect(header.Reviewed).toBe('Not yet reviewed');
    expect(doc.fileBaseName).toBe('INC-2041');
  });

  it.each<[ReportLayout, string[], string[]]>([
    ['pir', ['prevention', 'summary', 'timeline'], ['summary', 'timeline', 'prevention']],
    ['meeting', ['action_items'], ['action_items']],
    ['panel', [], []],
  ])('%s with sections %j: only those, in the layout order', (layout, sections, expected) => {
    expect(buildReport(realisticReportSource(), { layout, sections }).sections.map((built) => built.id)).toEqual(expected);
  });

  it('refuses a section the layout does not have, naming it', () => {
    expect(() => buildReport(realisticReportSource(), { layout: 'pir', sections: ['summary', 'triage'] })).toThrow(/"triage"/);
  });

  it('normalises typed text once for every format: no control characters, trimmed lines', () => {
    const source = realisticReportSource();
    source.meeting = { ...source.meeting, summary: '  first line\u0000\r\n\r\n\tsecond\u007f line  ' };
    expect(section(buildReport(source, { layout: 'pir' }), 'summary').nodes).toEqual([{ type: 'paragraph', text: 'first line\nsecond line' }]);
  });

  it('gives the same document for the same source', () => {
    expect(buildReport(realisticReportSource(), { layout: 'panel' })).toEqual(buildReport(realisticReportSource(), { layout: 'panel' }));
  });
});
