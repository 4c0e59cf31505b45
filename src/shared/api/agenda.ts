import { z } from 'zod';
import { GATE_DECISIONS, SECTION_KINDS } from '../domain/agenda.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { id, optionalText, requiredText } from './fields.ts';

export const SECTION_TITLE_MAX = 120;
export const TEMPLATE_NAME_MAX = 120;
/** A section may be planned for up to four hours. */
export const SECTION_SECONDS_MAX = 4 * 60 * 60;
/** One extension step: up to an hour either way. */
export const EXTENSION_STEP_MAX = 60 * 60;
export const MAX_SECTIONS = 50;

const plannedSeconds = z
  .number({ message: 'must be a number of seconds' })
  .int({ message: 'must be a whole number of seconds' })
  .min(0, { message: 'must not be negative' })
  .max(SECTION_SECONDS_MAX, { message: `must be at most ${SECTION_SECONDS_MAX / 60} minutes` });

export const meetingAgendaInput = z.strictObject({ meetingId: id });

export const applyTemplateInput = z.strictObject({
  meetingId: id,
  templateId: requiredText(100),
});

export const addSectionInput = z.strictObject({
  meetingId: id,
  title: requiredText(SECTION_TITLE_MAX),
  kind: z.enum(SECTION_KINDS).optional(),
  plannedSeconds,
  perspective: z.enum(PERSPECTIVES).nullable().optional(),
  gated: z.boolean().optional(),
  /** 0-based position to insert at; the end when left out. */
  position: z.number().int().min(0).optional(),
});

export const updateSectionInput = z.strictObject({
  id,
  patch: z
    .strictObject({
      title: requiredText(SECTION_TITLE_MAX),
      kind: z.enum(SECTION_KINDS),
      plannedSeconds,
      perspective: z.enum(PERSPECTIVES).nullable(),
      gated: z.boolean(),
    })
    .partial(),
});

export const sectionIdInput = z.strictObject({ id });

export const moveSectionInput = z.strictObject({
  id,
  /** 0-based target position; clamped to the agenda's length. */
  position: z.number({ message: 'must be a position' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }),
});

export const decideSectionInput = z.strictObject({
  id,
  decision: z.enum(GATE_DECISIONS).nullable(),
  note: optionalText(2_000).optional(),
});

export const extendTimerInput = z.strictObject({
  meetingId: id,
  seconds: z
    .number({ message: 'must be a number of seconds' })
    .int({ message: 'must be a whole number of seconds' })
    .min(-EXTENSION_STEP_MAX, { message: 'must take away at most an hour' })
    .max(EXTENSION_STEP_MAX, { message: 'must add at most an hour' })
    .refine((value) => value !== 0, { message: 'must not be zero' }),
});

export const timerSoundInput = z.strictObject({ meetingId: id, enabled: z.boolean() });

export const listTemplatesInput = z.strictObject({}).optional();

export const saveTemplateInput = z.strictObject({
  meetingId: id,
  name: requiredText(TEMPLATE_NAME_MAX),
});

export const templateIdInput = z.strictObject({ id: requiredText(100) });
