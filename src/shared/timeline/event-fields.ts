import { ACTOR_MAX, TIMELINE_DESCRIPTION_MAX } from '../api/timeline.ts';

/** Why a description or actor cannot be stored as it is, or null if it can. */
export function descriptionProblem(description: string): string | null {
  if (description.trim() === '') return 'description: is empty';
  if (description.trim().length > TIMELINE_DESCRIPTION_MAX) {
    return `description: is longer than ${TIMELINE_DESCRIPTION_MAX.toLocaleString('en-US')} characters`;
  }
  return null;
}

export function actorProblem(actor: string): string | null {
  return actor.trim().length > ACTOR_MAX ? `actor: is longer than ${ACTOR_MAX} characters` : null;
}
