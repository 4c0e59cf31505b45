import { z } from 'zod';
import { FINDING_KINDS, FINDING_SEVERITIES, NOTE_CATEGORIES, type Note } from '../domain/notes.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

export const NOTE_TEXT_MAX = 5_000;

const listPosition = z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' });

export const addNoteInput = z
  .strictObject({
    meetingId: id,
    category: z.enum(NOTE_CATEGORIES),
    text: requiredText(NOTE_TEXT_MAX),
    perspective: z.enum(PERSPECTIVES).nullable().optional(),
    findingKind: z.enum(FINDING_KINDS).nullable().optional(),
    /** A perspective finding's severity; left out or null when not assessed. */
    severity: z.enum(FINDING_SEVERITIES).nullable().optional(),
    position: listPosition.optional(),
    author: optionalText(200).optional(),
    /** A client-chosen id: a retried add is stored once, and undo of a delete restores the same note. */
    id: id.optional(),
    createdAt: epochMs.optional(),
  })
  .superRefine((note, context) => {
    const isFinding = note.category === 'perspective_finding';
    for (const field of ['perspective', 'findingKind'] as const) {
      const given = note[field] !== undefined && note[field] !== null;
      if (isFinding && !given) {
        context.addIssue({ code: 'custom', path: [field], message: 'is required for a perspective finding' });
      } else if (!isFinding && given) {
        context.addIssue({ code: 'custom', path: [field], message: 'is only for a perspective finding' });
      }
    }
    if (!isFinding && note.severity != null) context.addIssue({ code: 'custom', path: ['severity'], message: 'is only for a perspective finding' });
  });

export const notePatch = z
  .strictObject({
    text: requiredText(NOTE_TEXT_MAX),
    findingKind: z.enum(FINDING_KINDS),
    severity: z.enum(FINDING_SEVERITIES).nullable(),
    position: listPosition,
  })
  .partial();

export const updateNoteInput = z.strictObject({ id, patch: notePatch });
export const noteIdInput = z.strictObject({ id });
export const listNotesInput = z.strictObject({ meetingId: id });

const row = { access: 'row', table: 'notes' } as const;

export const noteMethods = {
  'notes.list': { input: listNotesInput, result: returns<Note[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'notes.add': {
    input: addNoteInput,
    result: returns<Note>(),
    resend: 'with-id',
    noteTaker: { access: 'add', table: 'notes', author: true },
    reportContent: true,
  },
  'notes.update': { input: updateNoteInput, result: returns<Note>(), resend: 'always', noteTaker: row, reportContent: true },
  'notes.delete': { input: noteIdInput, result: returns<Deleted>(), resend: 'always', noteTaker: row, reportContent: true },
} as const satisfies MethodDeclarations;
