import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../src/shared/domain/actions.ts';
import type { Note } from '../../../../src/shared/domain/notes.ts';
import type { Participant } from '../../../../src/shared/domain/participant.ts';
import type { TimelineEvent } from '../../../../src/shared/domain/timeline.ts';
import type { Why } from '../../../../src/shared/domain/whys.ts';
import { reportProgress, sentenceCount, type SectionStatus } from '../../../../src/shared/report/section-status.ts';
import type { ReportSource } from '../../../../src/shared/report/source.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';

/** A meeting with nothing written yet. */
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

const statuses = (layout: Parameters<typeof reportProgress>[0], source: ReportSource): Record<string, SectionStatus> =>
  Object.fromEntries(reportProgress(layout, source).map((section) => [section.id, section.status]));

const event = (phase: TimelineEvent['phase']): TimelineEvent => ({ ...realisticReportSource().timeline[0]!, id: `e-${phase}`, phase });
const why = (kind: Why['kind'], text = `A ${kind}`): Why => ({ ...realisticReportSource().whys[0]!, id: `w-${kind}`, kind, text });
const note = (category: Note['category'], text = `A ${category} note`): Note => ({
  ...realisticReportSource().notes[0]!,
  id: `n-${category}`,
  category,
  perspective: null,
  findingKind: null,
  text,
});
const action = (fields: Partial<ActionItem> = {}): ActionItem => ({
  ...realisticReportSource().actions[0]!,
  id: 'a1',
  owner: '',
  dueOn: null,
  status: 'open',
  ...fields,
});

describe('reportProgress', () => {
  it('a meeting with nothing written has every section of every layout empty (seeds 000, 001, 003, 004)', () => {
    const source = emptySource();
    // The section lists as the seeds write them: 001's template, 003's report, 004's artifacts, 000's outputs.
    expect(statuses('pir', source)).toEqual({
      summary: 'empty',
      impact: 'empty',
      timeline: 'empty',
      root_cause: 'empty',
      contributing_factors: 'empty',
      went_well: 'empty',
      could_improve: 'empty',
      action_items: 'empty',
      effectiveness: 'empty',
      lessons: 'empty',
      prevention: 'empty',
    });
    expect(Object.keys(statuses('meeting', source))).toEqual([
      'meeting_details',
      'summary',
      'impact',
      'timeline',
      'root_cause',
      'went_well',
      'could_improve',
      'action_items',
      'effectiveness',
      'additional_notes',
    ]);
    expect(Object.values(statuses('workflow', source))).toEqual(['empty', 'empty', 'empty', 'empty', 'empty', 'empty', 'empty']);
    expect(Object.values(statuses('panel', source))).toEqual(['empty', 'empty', 'empty', 'empty', 'empty']);
  });

  it('the realistic meeting, written in full, has its post-incident review done but for the check 30 days later', () => {
    const source = realisticReportSource();
    const { effectiveness, ...written } = statuses('pir', source);
    expect(Object.values(written).every((status) => status === 'done')).toBe(true);
    expect(effectiveness).toBe('empty');
    const checked = {
      ...source,
      effectiveness: [{ actionItemId: source.actions[0]!.id, meetingId: source.meeting.id, outcome: null, note: '', recordedAt: 1 }],
    };
    expect(statuses('pir', checked).effectiveness).toBe('done');
  });

  it('a one-sentence summary is started; seed 001 asks for two or three sentences', () => {
    const one = emptySource();
    one.meeting.summary = 'Card payments failed for 40 minutes';
    expect(statuses('pir', one).summary).toBe('started');
    one.meeting.summary = 'Card payments failed for 40 minutes. A config rollout lowered a timeout.';
    expect(statuses('pir', one).summary).toBe('done');
  });

  it('impact is done with users affected, the start and end, the SLO budget and data loss', () => {
    const source = emptySource();
    source.meeting.usersAffected = '12% of checkouts';
    expect(statuses('pir', source).impact).toBe('started');
    Object.assign(source.meeting, { incidentStartedAt: 1_000, incidentEndedAt: 2_000, sloBudgetConsumed: '40%', dataLoss: 'None' });
    expect(statuses('pir', source).impact).toBe('done');
  });

  it('the timeline is done from detection to resolution (seed 003)', () => {
    const source = emptySource();
    source.timeline = [event('other')];
    expect(statuses('pir', source).timeline).toBe('started');
    source.timeline = [event('detection'), event('resolution')];
    expect(statuses('pir', source).timeline).toBe('done');
  });

  it('action items are done once every item has an owner and a due date (seed 002); cancelled ones do not count', () => {
    const source = emptySource();
    source.actions = [action({ status: 'cancelled', owner: '@a', dueOn: '2026-12-01' })];
    expect(statuses('pir', source).action_items).toBe('empty');
    source.actions = [action()];
    expect(statuses('pir', source).action_items).toBe('started');
    source.actions = [action({ owner: '@alice', dueOn: '2026-12-20' })];
    expect(statuses('pir', source).action_items).toBe('done');
  });

  it('causes come from the 5 Whys by kind; notes by category', () => {
    const source = emptySource();
    source.whys = [why('problem'), why('root')];
    source.notes = [note('went_well'), note('could_improve', '   ')];
    const pir = statuses('pir', source);
    expect([pir.root_cause, pir.contributing_factors, pir.went_well, pir.could_improve]).toEqual(['done', 'empty', 'done', 'empty']);
    // The meeting report's root cause section holds both (seed 003: primary and contributing factors).
    expect(statuses('meeting', source).root_cause).toBe('started');
  });

  it('meeting details need the date and the participants (seed 003)', () => {
    const source = emptySource();
    source.meeting.scheduledAt = 1_000;
    expect(statuses('meeting', source).meeting_details).toBe('started');
    source.participants = [{ id: 'p', meetingId: source.meeting.id, name: 'Priya', role: 'facilitator', perspective: null, createdAt: 0 }];
    expect(statuses('meeting', source).meeting_details).toBe('done');
  });

  it('panel perspectives are done once each of the six has a finding (seed 000)', () => {
    const source = emptySource();
    source.notes = [{ ...note('perspective_finding'), perspective: 'sre', findingKind: 'gap' }];
    const progress = reportProgress('panel', source).find((section) => section.id === 'perspectives');
    expect(progress?.status).toBe('started');
    expect(progress?.parts).toHaveLength(6);
  });

  it('the panel participants section asks who spoke for each of the six perspectives (seed 000)', () => {
    const source = emptySource();
    const speaker = (perspective: Participant['perspective'], name: string): Participant => ({
      ...realisticReportSource().participants[0]!,
      id: `p-${name}`,
      name,
      perspective,
    });
    source.participants = [speaker('sre', 'Ana')];
    expect(statuses('panel', source).participants).toBe('started');
    const six = ['incident_commander', 'sre', 'systems_architect', 'failure_engineer', 'observability_engineer', 'debugger'] as const;
    source.participants = six.map((perspective, index) => speaker(perspective, `Speaker ${index}`));
    expect(statuses('panel', source).participants).toBe('done');
  });

  it('the incident workflow artifacts need the INC-1 to INC-3 fields (seed 004)', () => {
    const source = emptySource();
    Object.assign(source.meeting, { servicesAffected: ['payment-gateway'], initialHypothesis: 'The processor was down' });
    expect(statuses('workflow', source).triage).toBe('started');
    Object.assign(source.meeting, { severity: 'SEV2', usersAffected: 'EU card payments', dataLoss: 'None' });
    source.timeline = [event('detection')];
    expect(statuses('workflow', source).triage).toBe('done');
    Object.assign(source.meeting, { mitigationStrategy: 'Reverted the config', metrics: [{ metric: 'Failure rate', before: '18 %', after: '0.4 %' }] });
    expect(statuses('workflow', source).mitigation).toBe('started');
    source.timeline = [event('mitigation')];
    source.meeting.residualRisk = 'Other timeouts were not checked';
    expect(statuses('workflow', source).mitigation).toBe('done');
    source.meeting.nextUpdateAt = 1_000;
    expect(statuses('workflow', source).communication).toBe('started');
  });

  it('conflicts are done when each is resolved or escalated', () => {
    const source = realisticReportSource();
    const [conflict] = source.conflicts;
    if (!conflict) throw new Error('the fixture has a conflict');
    source.conflicts = [{ ...conflict, resolution: '', escalated: false }];
    expect(statuses('panel', source).conflicts).toBe('started');
    source.conflicts = [{ ...conflict, resolution: '', escalated: true }];
    expect(statuses('panel', source).conflicts).toBe('done');
  });
});

describe('sentenceCount', () => {
  it.each([
    ['', 0],
    ['One sentence', 1],
    ['One. Two.', 2],
    ['Down for 40 min! Why? Nobody knew.', 3],
    ['Latency was 4.2 s at peak.', 1],
  ])('%j has %i', (text, count) => {
    expect(sentenceCount(text)).toBe(count);
  });
});
