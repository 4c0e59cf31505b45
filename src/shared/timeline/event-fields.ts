import type { z } from 'zod';
import { importedTimelineEvent } from '../api/timeline.ts';

/** A text as it will be stored, or why it cannot be (the message without the field's name). */
export type CheckedText = { ok: true; value: string } | { ok: false; message: string };

export type CheckedEventText = { ok: true; description: string; actor: string } | { ok: false; reason: string };

function check(schema: z.ZodType<string, string>, text: string): CheckedText {
  const parsed = schema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
}

/**
 * Typed or imported text checked exactly as the API will check it, so what an import or the quick-entry line accepts
 * is what the service stores: trimmed; refused when empty or only invisible characters (an actor is then empty
 * instead), too long, or holding a NUL character.
 */
export const checkDescription = (text: string): CheckedText => check(importedTimelineEvent.shape.description, text);
export const checkActor = (text: string): CheckedText => check(importedTimelineEvent.shape.actor.unwrap(), text);

/** An imported row's description and actor, or the first problem as "field: why". */
export function checkEventText(descriptionText: string, actorText: string): CheckedEventText {
  const description = checkDescription(descriptionText);
  if (!description.ok) return { ok: false, reason: `description: ${description.message}` };
  const actor = checkActor(actorText);
  if (!actor.ok) return { ok: false, reason: `actor: ${actor.message}` };
  return { ok: true, description: description.value, actor: actor.value };
}
