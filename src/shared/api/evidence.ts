import { z } from 'zod';
import {
  EVIDENCE_CAPTION_MAX,
  EVIDENCE_FILE_NAME_MAX,
  EVIDENCE_TARGETS,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_LABEL,
  type Evidence,
  type EvidenceImage,
} from '../domain/evidence.ts';
import { linkUrlProblem } from '../evidence/link-url.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

const caption = requiredText(EVIDENCE_CAPTION_MAX);

const attachedTo = {
  meetingId: id,
  target: z.enum(EVIDENCE_TARGETS, { message: 'must be timeline_event, why or note' }),
  targetId: id,
  /** A client-chosen id: a retried upload is stored once, and undo of a delete restores the same record. */
  id: id.optional(),
  createdAt: epochMs.optional(),
};

/**
 * An image's bytes travel only by the upload route (POST /api/evidence/upload in a browser, one IPC channel in the
 * desktop app), both of which call this method with the bytes read; JSON on the WebSocket cannot carry them.
 */
export const uploadEvidenceInput = z.strictObject({
  ...attachedTo,
  caption,
  fileName: optionalText(EVIDENCE_FILE_NAME_MAX).optional(),
  bytes: z
    .instanceof(Uint8Array, { message: 'must be the image itself, sent to the upload route' })
    .refine((bytes) => bytes.byteLength <= MAX_IMAGE_BYTES, { message: `must be at most ${MAX_IMAGE_LABEL}` }),
});

export const linkUrl = z.string({ message: 'must be a web address' }).superRefine((url, context) => {
  const problem = linkUrlProblem(url);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const addEvidenceLinkInput = z.strictObject({
  ...attachedTo,
  url: linkUrl.transform((url) => url.trim()),
  /** The link's text; the address itself when left out. */
  caption: caption.optional(),
});

export const updateEvidenceInput = z.strictObject({ id, patch: z.strictObject({ caption }).partial() });
export const evidenceIdInput = z.strictObject({ id });
export const listEvidenceInput = z.strictObject({ meetingId: id });

/** The methods the upload route and the IPC upload channel call by name, with the bytes they read. */
export const EVIDENCE_UPLOAD = 'evidence.upload';
export const EVIDENCE_IMAGE = 'evidence.image';
export type EvidenceUploadInput = z.input<typeof uploadEvidenceInput>;

const row = { access: 'row', table: 'evidence' } as const;
const add = { access: 'add', table: 'evidence', author: false } as const;

export const evidenceMethods = {
  'evidence.list': { input: listEvidenceInput, result: returns<Evidence[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'evidence.get': { input: evidenceIdInput, result: returns<Evidence>(), resend: 'read', noteTaker: row },
  [EVIDENCE_UPLOAD]: { input: uploadEvidenceInput, result: returns<Evidence>(), resend: 'with-id', noteTaker: add, reportContent: true },
  'evidence.addLink': { input: addEvidenceLinkInput, result: returns<Evidence>(), resend: 'with-id', noteTaker: add, reportContent: true },
  'evidence.update': { input: updateEvidenceInput, result: returns<Evidence>(), resend: 'always', noteTaker: row, reportContent: true },
  'evidence.delete': { input: evidenceIdInput, result: returns<Deleted>(), resend: 'always', noteTaker: row, reportContent: true },
  [EVIDENCE_IMAGE]: { input: evidenceIdInput, result: returns<EvidenceImage>(), resend: 'read', noteTaker: row },
} as const satisfies MethodDeclarations;
