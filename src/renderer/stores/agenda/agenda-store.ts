import type { Method, MethodInput } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import type { AgendaSection, AgendaState, AgendaTemplate, GateDecision, SectionKind } from '../../../shared/domain/agenda.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { sameFocus, type ScreenFocus, type SharedScreen } from '../../../shared/domain/screen.ts';
import { clockStatus, estimateClockOffset } from '../../../shared/timer/clock.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import type { LoadState } from '../meeting-collection.ts';
import { createMeetingCollection, describeError, type CollectionState, type CollectionTools } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

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
/** The service picks a new section's id; `id` names its draft until the answer comes. */
type AddInput = MethodInput<'agenda.addSection'> & { id: string };

/**
 * The agenda of the open meeting: its sections are the collection's items (`update` and `remove` save them with a
 * per-row state, and a removal goes on the undo stack), and the timer, the chime, gate decisions and templates are
 * this store's own. `items` always equals `agenda.sections`; views read `agenda`, which the clock is derived from.
 */
export interface AgendaStoreState extends CollectionState<AgendaSection, SectionField, SectionPatch> {
  /** The agenda and timer as the service last answered them. */
  agenda: AgendaState | null;
  /**
   * How far the service's clock is ahead of this one, in ms: add it to Date.now() before deriving the clock, so every
   * screen shows the same remaining time whatever its own clock says. Taken from the quickest round trip so far.
   */
  offsetMs: number;
  /** The round trip the offset was estimated from; null before the first answer. */
  offsetRttMs: number | null;
  /** Why the last timer or agenda action was refused, shown next to the controls. */
  actionError: string | null;
  /** A Next or Previous is on its way: the buttons wait for it, and a second step is not sent meanwhile. */
  stepping: boolean;
  templates: AgendaTemplate[];
  templatesState: LoadState;

  refresh(): Promise<void>;

  runTimer(action: TimerAction): Promise<void>;
  /** Passes the current gated section without a decision, after the facilitator confirmed it; the reason is recorded. */
  /** Leaves an undecided review gate anyway, by Next or by finishing the meeting on it, recording the reason. */
  overrideGate(note: string, leaving?: 'next' | 'finish'): Promise<void>;
  startPause(): Promise<void>;
  extend(seconds: number): Promise<void>;
  setSound(enabled: boolean): Promise<void>;

  addSection(fields: NewSection): Promise<ActionResult<SectionField>>;
  moveSection(id: string, position: number): Promise<void>;
  decide(id: string, decision: GateDecision | null, note?: string): Promise<void>;

  /** Points the shared screen at one item of the meeting, or at none; `agenda.screen` shows it at once. */
  focusScreen(focus: ScreenFocus | null): Promise<void>;
  /** Turns the shared screen's read-back to `page` (0-based), from which it pages on by itself; shown at once. */
  turnPage(page: number): Promise<void>;

  loadTemplates(): Promise<void>;
  applyTemplate(templateId: string): Promise<ActionResult<never>>;
  saveTemplate(name: string): Promise<ActionResult<TemplateField, AgendaTemplate>>;
  deleteTemplate(id: string): Promise<void>;

  dismissActionError(): void;
}

type AgendaOwn = Omit<AgendaStoreState, keyof CollectionState<AgendaSection, SectionField, SectionPatch>>;

/** Methods whose answer is the whole agenda state, with the service's clock reading. */
type AgendaMethod = {
  [M in Method]: M extends `agenda.${string}` | `timer.${string}` | `screen.${string}` ? M : never;
}[Method];

const TIMER_METHODS: Readonly<Record<TimerAction, AgendaMethod>> = {
  start: 'timer.start',
  pause: 'timer.pause',
  next: 'timer.next',
  previous: 'timer.previous',
  restartSection: 'timer.restartSection',
  finish: 'timer.finish',
};

/** The undo stack's name for one meeting's agenda. */
const agendaList = (meetingId: string) => `agenda:${meetingId}`;

const bySection = (sections: readonly AgendaSection[], section: AgendaSection) =>
  [...sections.filter((other) => other.id !== section.id), section].sort((a, b) => a.position - b.position);

/**
 * The agenda and the meeting clock of the open meeting. The clock itself is never stored as a countdown: views derive
 * it from the schedule in `agenda` and Date.now() + `offsetMs` (see use-clock.ts).
 */
export function createAgendaStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  // Every agenda call answers with the whole agenda: the collection's calls and this store's own share one path,
  // bound to the store once `extend` has it.
  let store!: CollectionTools<AgendaSection, AddInput, AgendaStoreState>;
  const isCurrent = (meetingId: string) => store.isCurrent(meetingId);

  /** Screen changes of this window still on their way to the service. */
  let screenChangesSent = 0;

  /**
   * The newer of an answer and what is shown: replies can overtake each other, and a later revision wins. While this
   * window's own screen changes are on their way, the screen it shows is newer than any answer (J pressed three times
   * quickly must not step back to the first answer's focus).
   */
  const newest = (answer: AgendaState) => {
    const shown = store.get().agenda;
    const chosen = shown && shown.meetingId === answer.meetingId && shown.revision > answer.revision ? shown : answer;
    return shown && screenChangesSent > 0 && shown.meetingId === chosen.meetingId && chosen !== shown ? { ...chosen, screen: shown.screen } : chosen;
  };

  /** Keeps the offset from the quickest round trip: the shorter the trip, the less the guess about when the server read its clock can be off. */
  const noteClock = (serverNow: number, sentAt: number, receivedAt: number) => {
    const rtt = Math.max(0, receivedAt - sentAt);
    const best = store.get().offsetRttMs;
    if (best !== null && rtt >= best) return;
    store.set({ offsetMs: estimateClockOffset(serverNow, sentAt, receivedAt), offsetRttMs: rtt });
  };

  const callAgenda = async <M extends AgendaMethod>(method: M, input: MethodInput<M>): Promise<AgendaState> => {
    const sentAt = now();
    const answer = (await client.call(method, input)) as AgendaState;
    noteClock(answer.serverNow, sentAt, now());
    const agenda = newest(answer);
    if (isCurrent(answer.meetingId)) store.set({ agenda, items: agenda.sections, loadState: 'ready', loadError: null });
    return answer;
  };

  /** A refused section write is also said next to the controls, where the agenda's refusals have always shown. */
  const said = async <T>(meetingId: string, write: Promise<T>, unless?: (error: unknown) => boolean): Promise<T> => {
    try {
      const result = await write;
      if (isCurrent(meetingId) && store.get().actionError) store.set({ actionError: null });
      return result;
    } catch (error) {
      if (isCurrent(meetingId) && !unless?.(error)) store.set({ actionError: describeError(error) });
      throw error;
    }
  };

  const sectionIn = (agenda: AgendaState, id: string) => {
    const section = agenda.sections.find((candidate) => candidate.id === id);
    if (!section) throw new ApiError('not_found', 'That section is no longer on the agenda.');
    return section;
  };

  return createMeetingCollection<AgendaSection, AddInput, SectionField, SectionPatch, AgendaOwn>(
    client,
    undo,
    {
      entity: 'agenda',
      refetchOn: ['timer', 'screen'],
      async load(meetingId) {
        const agenda = newest(await callAgenda('agenda.get', { meetingId }));
        return { items: agenda.sections, more: { agenda } };
      },
      place: bySection,
      async add({ id: _draft, ...input }) {
        const agenda = await said(input.meetingId, callAgenda('agenda.addSection', input));
        // The service put the new section at the asked position, or last.
        const last = agenda.sections.length - 1;
        const added = agenda.sections.find((section) => section.position === Math.min(input.position ?? last, last));
        if (!added) throw new ApiError('not_found', 'The section was added but could not be read back.');
        return added;
      },
      checkUpdate: (id, patch) => checkInput('agenda.updateSection', { id, patch }),
      update: async (id, patch) => sectionIn(newest(await callAgenda('agenda.updateSection', { id, patch })), id),
      delete: (id) =>
        said(store.get().meetingId ?? '', callAgenda('agenda.removeSection', { id }), (error) => error instanceof ApiError && error.code === 'not_found'),
      restoreInput: ({ id, meetingId, title, kind, plannedSeconds, perspective, gated, position }) => ({
        id,
        meetingId,
        title,
        kind,
        plannedSeconds,
        perspective,
        gated,
        position,
      }),
      deletedText: (section) => section.title,
      deletedVerb: 'Removed the section',
      undoList: (section) => agendaList(section.meetingId),
      formFields: SECTION_FORM_FIELDS,
    },
    (tools) => {
      store = tools;
      const { set, get, refetch, keepAcrossMeetings } = tools;
      // The clock offset belongs to the service and saved templates to no meeting: opening another one keeps them.
      keepAcrossMeetings('offsetMs', 'offsetRttMs', 'templates', 'templatesState');

      const fetchTemplates = coalescedRefetch(async () => {
        try {
          const templates = await client.call('templates.list', {});
          set({ templates, templatesState: 'ready' });
        } catch {
          set({ templatesState: 'error' });
        }
      });
      client.subscribe((event: ClientEvent) => {
        if (get().templatesState === 'idle') return;
        if (event.event === 'resync' || (event.event === 'changed' && event.payload.entity === 'template')) void fetchTemplates();
      });

      /** Runs an action on the open meeting; a refusal is shown next to the controls rather than thrown. */
      const act = async (run: (meetingId: string) => Promise<unknown>) => {
        const meetingId = get().meetingId;
        if (!meetingId) return;
        await said(meetingId, run(meetingId)).catch(() => undefined);
      };

      /**
       * Shows a change of the shared screen before the service has it, so the console marks what is on screen at once,
       * and takes it back if the call is refused (unless something newer has been shown meanwhile). The answer, a
       * whole agenda, then replaces it as every agenda answer does.
       */
      const changeScreen = async <M extends 'screen.focus' | 'screen.turnPage'>(
        method: M,
        input: MethodInput<M>,
        change: (screen: SharedScreen, at: number) => SharedScreen,
      ) => {
        const invalid = checkInput(method, input);
        if (invalid) throw invalid;
        const agenda = get().agenda;
        const shown = agenda?.meetingId === input.meetingId ? change(agenda.screen, now() + get().offsetMs) : null;
        if (agenda && shown && shown !== agenda.screen) set({ agenda: { ...agenda, screen: shown } });
        screenChangesSent += 1;
        try {
          await callAgenda(method, input);
        } catch (error) {
          const current = get().agenda;
          if (agenda && current && shown !== agenda.screen && current.screen === shown) set({ agenda: { ...current, screen: agenda.screen } });
          throw error;
        } finally {
          screenChangesSent -= 1;
        }
        // The last answer is the service's word on the screen (its clock stamps the page turn every screen pages from).
        if (screenChangesSent === 0 && isCurrent(input.meetingId)) await refetch();
      };

      /**
       * One step to the next or previous section, once: a step is not sent while another is on its way, and each names
       * the section it leaves, so the service ignores it if the clock has moved since (a double click, another window).
       */
      const step = async (action: 'next' | 'previous', overrideGate?: { note: string }) => {
        if (get().stepping) return;
        const expectedSectionId = get().agenda?.timer.currentSectionId ?? null;
        set({ stepping: true });
        try {
          await act((meetingId) =>
            action === 'next'
              ? callAgenda('timer.next', overrideGate ? { meetingId, expectedSectionId, overrideGate } : { meetingId, expectedSectionId })
              : callAgenda('timer.previous', { meetingId, expectedSectionId }),
          );
        } finally {
          set({ stepping: false });
        }
      };

      return {
        agenda: null,
        offsetMs: 0,
        offsetRttMs: null,
        actionError: null,
        stepping: false,
        templates: [],
        templatesState: 'idle',

        refresh: refetch,

        runTimer: (action) =>
          action === 'next' || action === 'previous' ? step(action) : act((meetingId) => callAgenda(TIMER_METHODS[action], { meetingId })),

        overrideGate: (note, leaving = 'next') =>
          leaving === 'finish' ? act((meetingId) => callAgenda('timer.finish', { meetingId, overrideGate: { note } })) : step('next', { note }),

        startPause() {
          const agenda = get().agenda;
          return get().runTimer(agenda && clockStatus(agenda.timer) === 'running' ? 'pause' : 'start');
        },

        extend: (seconds) => act((meetingId) => callAgenda('timer.extend', { meetingId, seconds })),

        setSound: (enabled) => act((meetingId) => callAgenda('timer.setSound', { meetingId, enabled })),

        // Waits for the service, whose answer places the new section: the form stays filled until it is stored.
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

        moveSection: (id, position) => act(() => callAgenda('agenda.moveSection', { id, position: Math.max(0, position) })),

        decide: (id, decision, note) => act(() => callAgenda('agenda.decide', note === undefined ? { id, decision } : { id, decision, note })),

        focusScreen: (focus) =>
          act((meetingId) =>
            changeScreen('screen.focus', { meetingId, focus }, (screen, at) =>
              // The service keeps the time of a focus that did not change, so this window does too.
              sameFocus(screen.focus, focus) ? screen : { ...screen, focus, focusedAt: at },
            ),
          ),

        turnPage: (page) => act((meetingId) => changeScreen('screen.turnPage', { meetingId, page }, (screen, at) => ({ ...screen, page, pageTurnedAt: at }))),

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
            return failed<never>({ field: null, message: describeError(error) });
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
            set({ actionError: describeError(error) });
          }
        },

        dismissActionError: () => set({ actionError: null }),
      };
    },
  );
}
