import { effectivenessNodes } from './effectiveness.ts';
import { PERSPECTIVE_LABELS } from '../../agenda/perspective-labels.ts';
import type { Conflict } from '../../domain/conflicts.ts';
import { FINDING_KINDS, FINDING_KIND_LABELS, FINDING_SEVERITY_LABELS, type Note } from '../../domain/notes.ts';
import { PERSPECTIVES, type Perspective } from '../../domain/participant.ts';
import type { ReportNode } from '../nodes.ts';
import { actionTableNodes, backlogCheckNodes } from './actions.ts';
import { contributingFactorTexts, NO_CONTRIBUTING_FACTORS, rootCauseNodes, unclassifiedWhyNodes } from './causes.ts';
import { findingsOf, NOT_RECORDED, type ReportContext } from './context.ts';
import { noteListNodes } from './notes.ts';
import { participantNodes } from './participants.ts';
import { empty, fact, facts, heading, listOr, paragraph, part } from './nodes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';

function speakersFor(context: ReportContext, perspective: Perspective): string[] {
  return context.source.participants
    .filter((participant) => participant.perspective === perspective && participant.name !== '')
    .map((participant) => participant.name);
}

/** A finding with its severity on seed 004's scale first, as "[Major] No burn-rate alert"; unassessed ones as typed. */
function findingLine(note: Note): string {
  return note.severity === null ? note.text : `[${FINDING_SEVERITY_LABELS[note.severity]}] ${note.text}`;
}

/** Per perspective (seed 000): its contributing factors, gaps and recommendations; silent perspectives are left out. */
function perspectivesNodes(context: ReportContext): ReportNode[] {
  const present = PERSPECTIVES.filter(
    (perspective) => speakersFor(context, perspective).length > 0 || FINDING_KINDS.some((kind) => findingsOf(context, perspective, kind).length > 0),
  );
  if (present.length === 0) return [empty('No perspective findings were recorded.')];
  return present.flatMap((perspective) => {
    const speakers = speakersFor(context, perspective);
    return [
      heading(3, PERSPECTIVE_LABELS[perspective]),
      ...(speakers.length > 0 ? [paragraph(`Speaking for this perspective: ${speakers.join(', ')}`)] : []),
      ...FINDING_KINDS.flatMap((kind) =>
        part(4, FINDING_KIND_LABELS[kind], listOr(false, findingsOf(context, perspective, kind).map(findingLine), 'None recorded.')),
      ),
    ];
  });
}

/** The 5 Whys' contributing factors, then those the perspectives named, each with its perspective. */
function consolidatedFactorNodes(context: ReportContext): ReportNode[] {
  const fromPerspectives = PERSPECTIVES.flatMap((perspective) =>
    findingsOf(context, perspective, 'contributing_factor').map((note) => `${findingLine(note)} (${PERSPECTIVE_LABELS[perspective]})`),
  );
  return listOr(false, [...contributingFactorTexts(context), ...fromPerspectives], NO_CONTRIBUTING_FACTORS);
}

function consolidatedNodes(context: ReportContext): ReportNode[] {
  return [
    ...part(3, 'Incident summary', summaryNodes(context)),
    ...part(3, 'Root cause(s)', [...rootCauseNodes(context, 4), ...unclassifiedWhyNodes(context, 4)]),
    ...part(3, 'Contributing factors', consolidatedFactorNodes(context)),
    ...part(3, 'What went well', noteListNodes(context, 'went_well', false)),
    ...part(3, 'Action items', [...actionTableNodes(context), ...backlogCheckNodes(context, 4)]),
    ...part(3, 'Systemic improvements', noteListNodes(context, 'prevention', false)),
  ];
}

const positionLabel = (number: number, perspective: Perspective | null): string =>
  perspective === null ? `Position ${number}` : `Position ${number} (${PERSPECTIVE_LABELS[perspective]})`;

function conflictNodes(conflict: Conflict, index: number): ReportNode[] {
  const items = [
    fact(positionLabel(1, conflict.perspectiveA), conflict.positionA || NOT_RECORDED),
    fact(positionLabel(2, conflict.perspectiveB), conflict.positionB || NOT_RECORDED),
    fact('Trade-off', conflict.tradeOff || NOT_RECORDED),
  ];
  if (conflict.escalated) {
    items.push(fact('Resolution', 'Escalated: no resolution was reached in the meeting, so both options go to whoever decides.'));
    if (conflict.resolution !== '') items.push(fact('Notes for the decision', conflict.resolution));
  } else {
    items.push(fact('Resolution', conflict.resolution || 'Not resolved yet'));
  }
  return [heading(3, conflict.topic || `Conflict ${index + 1}`), facts(items)];
}

/** Seed 000's conflict resolution: both positions, the trade-off, and the resolution or the escalation. */
function conflictsNodes(context: ReportContext): ReportNode[] {
  const conflicts = context.source.conflicts;
  if (conflicts.length === 0) return [empty('No conflicting recommendations were recorded.')];
  return conflicts.flatMap(conflictNodes);
}

/** Seed 000, the panel review. */
export const PANEL_SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  participants: participantNodes,
  perspectives: perspectivesNodes,
  consolidated: consolidatedNodes,
  effectiveness: effectivenessNodes,
  conflicts: conflictsNodes,
};
