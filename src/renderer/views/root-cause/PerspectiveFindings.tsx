import { PERSPECTIVE_LABELS } from '../../../shared/agenda/perspective-labels.ts';
import { FINDING_KINDS, FINDING_KIND_LABELS, type FindingKind } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { NotesList } from './NotesList.tsx';

const PLACEHOLDERS: Readonly<Record<FindingKind, string>> = {
  contributing_factor: 'A condition in the system that made this possible',
  gap: 'Something missing in this domain (a signal, a safeguard, a runbook)',
  recommendation: 'A specific, measurable improvement',
};

/** What one panel perspective reports (seed 000): its contributing factors, its gaps, its recommended improvements. */
export function PerspectiveFindings({ perspective, idPrefix }: { perspective: Perspective; idPrefix?: string }) {
  return (
    <div className="perspective-findings" data-testid="perspective-findings">
      <p className="muted">Findings from the {PERSPECTIVE_LABELS[perspective].toLowerCase()} perspective</p>
      {FINDING_KINDS.map((kind) => (
        <NotesList
          key={kind}
          title={FINDING_KIND_LABELS[kind]}
          category="perspective_finding"
          perspective={perspective}
          findingKind={kind}
          placeholder={PLACEHOLDERS[kind]}
          idPrefix={idPrefix}
        />
      ))}
    </div>
  );
}
