import type { AgendaSection } from '../../src/shared/domain/agenda.ts';

/** A 5-minute custom section at `index`, as the service stores it, with any field replaced. */
export function agendaSection(index: number, fields: Partial<AgendaSection> = {}): AgendaSection {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
    meetingId: '00000000-0000-4000-8000-000000000001',
    position: index,
    kind: 'custom',
    title: `Section ${index + 1}`,
    perspective: null,
    plannedSeconds: 300,
    extensionSeconds: 0,
    elapsedMs: 0,
    startedAt: null,
    endedAt: null,
    gated: false,
    decision: null,
    decisionNote: '',
    gateOverriddenAt: null,
    gateOverrideNote: '',
    ...fields,
  };
}
