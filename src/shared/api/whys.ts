import { z } from 'zod';
import { WHY_KINDS, type DeletedWhys, type Why } from '../domain/whys.ts';
import { epochMs, id, optionalText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const WHY_TEXT_MAX = 2_000;
const AUTHOR_MAX = 200;

/** Order among siblings; a position past the end appends. */
const siblingPosition = z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' });

// Text may be empty: Enter creates the next node at once and the words follow as they are typed.
export const addWhyInput = z.strictObject({
  meetingId: id,
  parentId: id.nullable(),
  text: optionalText(WHY_TEXT_MAX),
  kind: z.enum(WHY_KINDS).optional(),
  position: siblingPosition.optional(),
  author: optionalText(AUTHOR_MAX).optional(),
  /** A client-chosen id: a retried add is stored once, and undo of a delete restores the same nodes. */
  id: id.optional(),
  /** Set only when undo restores a deleted node. */
  createdAt: epochMs.optional(),
});

export const whyPatch = z
  .strictObject({
    text: optionalText(WHY_TEXT_MAX),
    kind: z.enum(WHY_KINDS),
    parentId: id.nullable(),
    position: siblingPosition,
  })
  .partial();

export const updateWhyInput = z.strictObject({ id, patch: whyPatch });
export const whyIdInput = z.strictObject({ id });
export const listWhysInput = z.strictObject({ meetingId: id });

const row = { access: 'row', table: 'whys' } as const;

export const whyMethods = {
  'whys.list': { input: listWhysInput, result: returns<Why[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'whys.add': { input: addWhyInput, result: returns<Why>(), resend: 'with-id', noteTaker: { access: 'add', table: 'whys', author: true }, reportContent: true },
  'whys.update': { input: updateWhyInput, result: returns<Why>(), resend: 'always', noteTaker: row, reportContent: true },
  /** The node and its whole subtree; `removed` lists them parents first, so undo can add them back with the same ids. */
  'whys.delete': { input: whyIdInput, result: returns<DeletedWhys>(), resend: 'always', noteTaker: row, reportContent: true },
} as const satisfies MethodDeclarations;
