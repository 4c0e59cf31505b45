import { z } from 'zod';
import { GATE_DECISIONS, SECTION_KINDS, type AgendaState, type AgendaTemplate } from '../domain/agenda.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { id, optionalText, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';
import { FACILITATOR_ONLY } from './note-taker-rule.ts';

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

/** A reason for passing a gate without a decision may be left empty, as a decision's note may. */
export const GATE_OVERRIDE_NOTE_MAX = 2_000;

/**
 * One step to the next or the previous section. `expectedSectionId` is the current section as the caller saw it (null
 * before the start): when the clock has moved since (a second click on Next, another window), the step is ignored
 * and the agenda is answered as it is, so a step takes effect once however often it is sent.
 */
export const timerStepInput = z.strictObject({
  meetingId: id,
  expectedSectionId: id.nullable().optional(),
});

/** Passes a gated section that has no approve / revise decision yet; recorded on the section with the reason given. */
const overrideGate = z.strictObject({ note: optionalText(GATE_OVERRIDE_NOTE_MAX).optional() }).optional();

export const timerNextInput = timerStepInput.extend({ overrideGate });

/** Finishing on an undecided review gate passes it too, so it takes the same override as Next. */
export const timerFinishInput = meetingAgendaInput.extend({ overrideGate });

export const timerSoundInput = z.strictObject({ meetingId: id, enabled: z.boolean() });

export const listTemplatesInput = z.strictObject({}).optional();

export const saveTemplateInput = z.strictObject({
  meetingId: id,
  name: requiredText(TEMPLATE_NAME_MAX),
});

export const templateIdInput = z.strictObject({ id: requiredText(100) });

const agendaChange = { result: returns<AgendaState>(), noteTaker: { access: 'refused', because: 'the agenda is run by the facilitator' } } as const;

export const agendaMethods = {
  // Read to show the current section and the clock; every change to them is the facilitator's.
  'agenda.get': { input: meetingAgendaInput, result: returns<AgendaState>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'agenda.applyTemplate': { ...agendaChange, input: applyTemplateInput, resend: 'never' },
  'agenda.addSection': { ...agendaChange, input: addSectionInput, resend: 'never' },
  'agenda.updateSection': { ...agendaChange, input: updateSectionInput, resend: 'always' },
  'agenda.removeSection': { ...agendaChange, input: sectionIdInput, resend: 'never' },
  'agenda.moveSection': { ...agendaChange, input: moveSectionInput, resend: 'never' },
  'agenda.decide': { ...agendaChange, input: decideSectionInput, resend: 'never' },
} as const satisfies MethodDeclarations;

const timerStep = { result: returns<AgendaState>(), noteTaker: { access: 'refused', because: 'the timer is run by the facilitator' } } as const;

export const timerMethods = {
  /** Starts the meeting at the first section, or resumes a paused clock. */
  'timer.start': { ...timerStep, input: meetingAgendaInput, resend: 'never' },
  'timer.pause': { ...timerStep, input: meetingAgendaInput, resend: 'never' },
  /**
   * Moves to the next section (the clock keeps its running or paused state); past the last one it finishes. A gated
   * section without an approve / revise decision holds it back unless `overrideGate` is given.
   */
  'timer.next': { ...timerStep, input: timerNextInput, resend: 'never' },
  /** Goes back one section, e.g. to undo an accidental advance; that section's time carries on from where it was. */
  'timer.previous': { ...timerStep, input: timerStepInput, resend: 'never' },
  'timer.extend': { ...timerStep, input: extendTimerInput, resend: 'never' },
  'timer.restartSection': { ...timerStep, input: meetingAgendaInput, resend: 'never' },
  'timer.finish': { ...timerStep, input: timerFinishInput, resend: 'never' },
  'timer.setSound': { ...timerStep, input: timerSoundInput, resend: 'always' },
} as const satisfies MethodDeclarations;

export const templateMethods = {
  'templates.list': {
    input: listTemplatesInput,
    result: returns<AgendaTemplate[]>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'agenda templates are the facilitator’s' },
  },
  'templates.saveFromMeeting': {
    input: saveTemplateInput,
    result: returns<AgendaTemplate>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
  'templates.delete': {
    input: templateIdInput,
    result: returns<{ id: string }>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
} as const satisfies MethodDeclarations;
