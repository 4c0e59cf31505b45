import type { ReportDocument } from '../../../../../src/shared/report/nodes.ts';

/** A small report built by hand, with every node type, for the DOCX writer's own tests. */
export function sampleReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    title: 'Post-Incident Review: INC-2041',
    subtitle: 'Checkout latency after the payment gateway config push',
    severity: 'SEV2',
    severityMeaning: 'The service was degraded, but a workaround existed',
    header: [
      { label: 'Incident', value: 'INC-2041' },
      { label: 'Date of incident', value: '2026-11-20' },
      { label: 'Duration', value: '1 hour 42 minutes' },
      { label: 'Severity', value: 'SEV2' },
      { label: 'Author', value: 'Mina Okafor' },
      { label: 'Reviewed', value: '2026-11-23' },
    ],
    sections: [
      {
        id: 'summary',
        title: 'Executive summary',
        nodes: [{ type: 'paragraph', text: 'A configuration push raised checkout latency.\nA rollback restored it.' }],
      },
      {
        id: 'impact',
        title: 'Impact',
        nodes: [
          {
            type: 'facts',
            items: [
              { label: 'Users affected', value: 'About 12% of checkouts' },
              { label: 'Revenue impact', value: 'Estimated 4,000 EUR' },
            ],
          },
        ],
      },
      {
        id: 'timeline',
        title: 'Timeline',
        nodes: [
          {
            type: 'table',
            columns: [
              { title: 'Time', width: 18 },
              { title: 'Event', width: 62 },
              { title: 'Actor', width: 20 },
            ],
            rows: [
              ['09:14 CET', 'Config push to payment gateway pool', 'Deploy pipeline'],
              ['09:21 CET', 'p99 latency alert fired', 'Monitoring'],
            ],
          },
        ],
      },
      {
        id: 'contributing_factors',
        title: 'Contributing factors',
        nodes: [
          { type: 'heading', level: 3, text: 'Detection' },
          { type: 'list', ordered: true, items: ['The canary stage was skipped for config changes', 'Alert threshold too high'] },
          { type: 'list', ordered: false, items: ['Runbook link was out of date'] },
        ],
      },
      { id: 'lessons', title: 'Lessons learned', nodes: [{ type: 'empty', text: 'No lessons recorded.' }] },
    ],
    properties: {
      title: 'Post-Incident Review: INC-2041',
      author: 'Mina Okafor',
      subject: 'Checkout latency after the payment gateway config push',
      keywords: 'INC-2041, SEV2, post-incident review',
    },
    fileBaseName: 'INC-2041-2026-11-20',
    imagesFolder: 'INC-2041-2026-11-20-images',
    ...overrides,
  };
}
