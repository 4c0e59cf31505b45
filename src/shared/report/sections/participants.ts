import { PERSPECTIVE_LABELS } from '../../agenda/perspective-labels.ts';
import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';
import { ROLE_LABELS } from './labels.ts';
import { listOr } from './nodes.ts';

/** "Priya Nair — Responder, site reliability engineer perspective": each participant with their role and, in a panel review, their perspective. */
export function participantLines(context: ReportContext): string[] {
  return context.source.participants
    .filter((participant) => participant.name !== '')
    .map((participant) => {
      const perspective = participant.perspective === null ? '' : `, ${PERSPECTIVE_LABELS[participant.perspective].toLowerCase()} perspective`;
      return `${participant.name} — ${ROLE_LABELS[participant.role]}${perspective}`;
    });
}

export function participantNodes(context: ReportContext): ReportNode[] {
  return listOr(false, participantLines(context), 'No participants were listed.');
}
