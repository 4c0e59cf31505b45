import type { Method, MethodInput } from '../../../shared/api/contract.ts';
import type { AgendaSection, AgendaState, AgendaTemplate, GateDecision, SectionKind } from '../../../shared/domain/agenda.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { clockStatus, estimateClockOffset } from '../../../shared/timer/clock.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { followMeeting } from '../follow-meeting.ts';
import type { LoadState } from '../library/meetings-store.ts';
import type { UndoStack } from '../undo-stack.ts';
import { errorMessage } from '../../../shared/error-message.ts';

/** The fields of the section forms (add, rename, re-time) and of the save-as-template form. */
export type SectionField = 'title' | 'minutes';
export type TemplateField = 'name';

export const SECTION_FORM_FIELDS: Readonly<Record<string, SectionField>> = { title: 'title', plannedSeconds: 'minutes' };
export const TEMPLATE_FORM_FIELDS: Readonly<Record<string, TemplateField>> = { name: 'name' };

export type TimerAction = 'start' | 'pause' | 'next' | 'previous' | 'restartSection' | 'finish';

export interface NewSection {
  title: string;
  plannedSeconds: number;
  kind?: SectionKind;
  perspective?: Perspective | null;
  gated?: boolean;
  position?: number;
}

export type SectionPatch = MethodInput<'agenda.updateSection'>['patch'];

export interface AgendaStoreState {
  /** The meeting whose agenda and clock this window shows. */
  meetingId: string | null;
  /** The agenda and timer as the service last answered them. */
  agenda: AgendaState | null;
  loadState: LoadState;
  loadError: string | null;
  /**
   * How far the service's clock is ahead of this one, in ms: add it to Date.now() before deriving the clock, so every
   * screen shows the same remaining time whatever its own clock says. Taken from the quickest round trip so far.
   */
  offsetMs: number;
  /** The round trip the offset was estimated from; null before the first answer. */
  offsetRttMs: number | null;
  /** Why the last timer or agenda action was refused, shown next to the controls. */
  actionError: string | null;
  templates: AgendaTemplate[];
  templatesState: LoadState;

  open(meetingId: string): Promise<void>;
  close(): void;
  refresh(): Promise<void>;

  runTimer(action: TimerAction): Promise<void>;
  startPause(): Promise<void>;
  extend(seconds: number): Promise<void>;
  setSound(enabled: boolean): Promise<void>;

  addSection(fields: NewSection): Promise<ActionResult<SectionField>>;
  updateSection(id: string, patch: SectionPatch): Promise<ActionResult<SectionField>>;
  removeSection(id: string): Promise<void>;
  moveSection(id: string, position: number): Promise<void>;
  decide(id: string, decision: GateDecision | null, note?: string): Promise<void>;

  loadTemplates(): Promise<void>;
  applyTemplate(templateId: string): Promise<ActionResult<never>>;
  saveTemplate(name: string): Promise<ActionResult<TemplateField, AgendaTemplate>>;
  deleteTemplate(id: string): Promise<void>;

  dismissError(): void;
}

const describe = (error: unknown) => errorMessage(error, 'Something went wrong.');

/** Methods whose answer is the whole agenda state, with the service's clock reading. */
type AgendaMethod = {
  [M in Method]: M extends `agenda.${string}` | `timer.${string}` ? M : never;
}[Method];

const TIMER_METHODS: Readonly<Record<TimerAction, AgendaMethod>> = {
  start: 'timer.start',
  pause: 'timer.pause',
  next: 'timer.next',
  previous: 'timer.previous',
  restartSection: 'timer.restartSection',
  finish: 'timer.finish',
};

/**
 * The agenda and the meeting clock of the open meeting. The clock itself is never stored as a countdown: views derive
 * it from the schedule in `agenda` and Date.now() + `offsetMs` (see use-clock.ts).
 */
/** The undo stack's name for one meeting's agenda. */
const agendaList = (meetingId: string) => `agenda:${meetingId}`;

export function createAgendaStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  return createDomainStore<AgendaStoreState>((set, get) => {
    const isCurrent = (meetingId: string) => get().meetingId === meetingId;

    /** Takes an answer unless an answer about a later revision has already arrived (replies can overtake each other). */
    const apply = (state: AgendaState) => {
      if (!isCurrent(state.meetingId)) return;
      const shown = get().agenda;
      if (shown && shown.meetingId === state.meetingId && shown.revision > state.revision) return;
      set({ agenda: state, loadState: 'ready', loadError: null });
    };

    /** Keeps the offset from the quickest round trip: the shorter the trip, the less the guess about when the server read its clock can be off. */
    const noteClock = (serverNow: number, sentAt: number, receivedAt: number) => {
      const rtt = Math.max(0, receivedAt - sentAt);
      const best = get().offsetRttMs;
      if (best !== null && rtt >= best) return;
      set({ offsetMs: estimateClockOffset(serverNow, sentAt, receivedAt), offsetRttMs: rtt });
    };

    const callAgenda = async <M extends AgendaMethod>(method: M, input: MethodInput<M>): Promise<AgendaState> => {
      const sentAt = now();
      const state = (await client.call(method, input)) as AgendaState;
      noteClock(state.serverNow, sentAt, now());
      apply(state);
      return state;
    };

    const fetchAgenda = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        await callAgenda('agenda.get', { meetingId });
      } catch (error) {
        if (isCurrent(meetingId)) set({ loadState: 'error', loadError: describe(error) });
      }
    });

    const fetchTemplates = coalescedRefetch(async () => {
      try {
        const templates = await client.call('templates.list', {});
        set({ templates, templatesState: 'ready' });
      } catch {
        set({ templatesState: 'error' });
      }
    });

    /** Runs an action on the open meeting; a refusal is shown next to the controls rather than thrown. */
    const act = async (run: (meetingId: string) => Promise<unknown>) => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        await run(meetingId);
        if (isCurrent(meetingId) && get().actionError) set({ actionError: null });
      } catch (error) {
        if (isCurrent(meetingId)) set({ actionError: describe(error) });
      }
    };

    followMeeting(client, {
      meetingId: () => get().meetingId,
      entities: ['agenda', 'timer'],
      onChange: () => void fetchAgenda(),
      onResync: (caughtUp) => {
        if (!caughtUp) void fetchAgenda();
      },
    });
    // Saved templates belong to no meeting.
    client.subscribe((event: ClientEvent) => {
      if (get().templatesState === 'idle') return;
      if (event.event === 'resync' || (event.event === 'changed' && event.payload.entity === 'template')) void fetchTemplates();
    });

    /** Adds a removed section back in its place, if its meeting is still the one shown. */
    const restore = (meetingId: string, section: AgendaSection) => {
      if (!isCurrent(meetingId)) return;
      void act(() =>
        callAgenda('agenda.addSection', {
          meetingId,
          title: section.title,
          kind: section.kind,
          plannedSeconds: section.plannedSeconds,
          perspective: section.perspective,
          gated: section.gated,
          position: section.position,
        }),
      );
    };

    return {
      meetingId: null,
      agenda: null,
      loadState: 'idle',
      loadError: null,
      offsetMs: 0,
      offsetRttMs: null,
      actionError: null,
      templates: [],
      templatesState: 'idle',

      async open(meetingId) {
        if (get().meetingId !== meetingId) {
          set({ meetingId, agenda: null, loadState: 'loading', loadError: null, actionError: null });
        }
        await fetchAgenda();
      },

      close() {
        set({ meetingId: null, agenda: null, loadState: 'idle', loadError: null, actionError: null });
      },

      refresh: () => fetchAgenda(),

      runTimer: (action) => act((meetingId) => callAgenda(TIMER_METHODS[action], { meetingId })),

      startPause() {
        const agenda = get().agenda;
        return get().runTimer(agenda && clockStatus(agenda.timer) === 'running' ? 'pause' : 'start');
      },

      extend: (seconds) => act((meetingId) => callAgenda('timer.extend', { meetingId, seconds })),

      setSound: (enabled) => act((meetingId) => callAgenda('timer.setSound', { meetingId, enabled })),

      async addSection(fields) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<SectionField>({ field: null, message: 'Open a meeting before changing its agenda.' });
        const input = { meetingId, ...fields };
        const invalid = checkInput('agenda.addSection', input);
        if (invalid) return failed(toFormError(invalid, SECTION_FORM_FIELDS));
        try {
          await callAgenda('agenda.addSection', input);
          return succeeded(undefined);
        } catch (error) {
          return failed(toFormError(error, SECTION_FORM_FIELDS));
        }
      },

      async updateSection(id, patch) {
        const input = { id, patch };
        const invalid = checkInput('agenda.updateSection', input);
        if (invalid) return failed(toFormError(invalid, SECTION_FORM_FIELDS));
        try {
          await callAgenda('agenda.updateSection', input);
          return succeeded(undefined);
        } catch (error) {
          return failed(toFormError(error, SECTION_FORM_FIELDS));
        }
      },

      async removeSection(id) {
        const section = get().agenda?.sections.find((candidate) => candidate.id === id);
        await act(async (meetingId) => {
          await callAgenda('agenda.removeSection', { id });
          if (section && isCurrent(meetingId)) undo.getState().push({ verb: 'Removed the section', text: section.title, list: agendaList(meetingId), restore: () => restore(meetingId, section) });
        });
      },

      moveSection: (id, position) => act(() => callAgenda('agenda.moveSection', { id, position: Math.max(0, position) })),

      decide: (id, decision, note) =>
        act(() => callAgenda('agenda.decide', note === undefined ? { id, decision } : { id, decision, note })),

      async loadTemplates() {
        if (get().templatesState === 'idle') set({ templatesState: 'loading' });
        await fetchTemplates();
      },

      async applyTemplate(templateId) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<never>({ field: null, message: 'Open a meeting before choosing its agenda.' });
        try {
          await callAgenda('agenda.applyTemplate', { meetingId, templateId });
          // The template replaced every section: a removed one put back would join an agenda it was never part of.
          undo.getState().forget(agendaList(meetingId));
          return succeeded(undefined);
        } catch (error) {
          return failed<never>({ field: null, message: describe(error) });
        }
      },

      async saveTemplate(name) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<TemplateField>({ field: null, message: 'Open a meeting before saving its agenda.' });
        const input = { meetingId, name };
        const invalid = checkInput('templates.saveFromMeeting', input);
        if (invalid) return failed(toFormError(invalid, TEMPLATE_FORM_FIELDS));
        try {
          const template = await client.call('templates.saveFromMeeting', input);
          set((state) => ({ templates: [...state.templates.filter((candidate) => candidate.id !== template.id), template] }));
          return succeeded(template);
        } catch (error) {
          return failed(toFormError(error, TEMPLATE_FORM_FIELDS));
        }
      },

      async deleteTemplate(id) {
        try {
          await client.call('templates.delete', { id });
          set((state) => ({ templates: state.templates.filter((candidate) => candidate.id !== id), actionError: null }));
        } catch (error) {
          set({ actionError: describe(error) });
        }
      },

      dismissError: () => set({ actionError: null }),
    };
  });
}
