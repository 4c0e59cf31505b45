import type { Method, MethodInput, MethodResult } from '../../../src/shared/api/contract.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';
import type { AgendaSection, AgendaState, AgendaTemplate } from '../../../src/shared/domain/agenda.ts';
import * as transitions from '../../../src/shared/timer/transitions.ts';
import type { ApiClient, ClientEvent } from '../../../src/renderer/api/client.ts';

type Handler<M extends Method> = (input: MethodInput<M>) => MethodResult<M>;

export const MEETING = '00000000-0000-4000-8000-000000000001';
export const OTHER_MEETING = '00000000-0000-4000-8000-000000000002';

export function section(index: number, fields: Partial<AgendaSection> = {}): AgendaSection {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
    meetingId: MEETING,
    position: index,
    kind: 'custom',
    title: `Section ${index + 1}`,
    perspective: null,
    plannedSeconds: 300,
    extensionSeconds: 0,
    elapsedMs: 0,
    startedAt: null,
    endedAt: null,
    gated: false,
    decision: null,
    decisionNote: '',
    ...fields,
  };
}

/**
 * The agenda side of the service, in memory: its clock is `serverClock` (which may be minutes off the client's), the
 * timer moves with the shared pure transitions, and every answer carries serverNow as the real one does.
 */
export function fakeAgendaApi(options: { serverClock: () => number; sections?: AgendaSection[] }) {
  let sections = options.sections ?? [section(0), section(1), section(2)];
  let timer: AgendaState['timer'] = {
    meetingId: MEETING,
    currentSectionId: null,
    runningSince: null,
    meetingStartedAt: null,
    meetingEndedAt: null,
    soundEnabled: false,
  };
  let revision = 1;
  const listeners = new Set<(event: ClientEvent) => void>();
  const calls: { method: Method; input: unknown }[] = [];
  const templates: AgendaTemplate[] = [];
  let nextId = 200;

  const state = (): AgendaState => ({ meetingId: MEETING, revision, templateId: 'blameless-60', sections, timer, serverNow: options.serverClock() });
  const commit = (entity: ChangeEvent['entity'], next: { sections: AgendaSection[]; timer: AgendaState['timer'] }) => {
    sections = next.sections.map((s, position) => ({ ...s, position }));
    timer = next.timer;
    revision += 1;
    const answer = state();
    const payload: ChangeEvent = { meetingId: MEETING, revision, entity, entityId: MEETING, op: 'updated' };
    // Like the real service: the event goes out after the transaction, on its own, not inside the caller's reply.
    setTimeout(() => {
      for (const listener of [...listeners]) listener({ event: 'changed', payload });
    }, 0);
    return answer;
  };
  const clock = () => ({ sections, timer });

  const handlers: { [M in Method]?: Handler<M> } = {
    'agenda.get': ({ meetingId }) => {
      if (meetingId !== MEETING) throw new ApiError('not_found', `meeting ${meetingId} not found`);
      return state();
    },
    'timer.start': () => commit('timer', transitions.start(clock(), options.serverClock())),
    'timer.pause': () => commit('timer', transitions.pause(clock(), options.serverClock())),
    'timer.next': () => commit('timer', transitions.next(clock(), options.serverClock())),
    'timer.previous': () => commit('timer', transitions.previous(clock(), options.serverClock())),
    'timer.extend': ({ seconds }) => commit('timer', transitions.extend(clock(), seconds)),
    'timer.restartSection': () => commit('timer', transitions.restartSection(clock(), options.serverClock())),
    'timer.finish': () => commit('timer', transitions.finish(clock(), options.serverClock())),
    'timer.setSound': ({ enabled }) => commit('timer', { sections, timer: { ...timer, soundEnabled: enabled } }),
    'agenda.addSection': (input) => {
      const added = section(0, { id: `00000000-0000-4000-8000-000000000${nextId++}`, title: input.title.trim(), plannedSeconds: input.plannedSeconds, kind: input.kind ?? 'custom' });
      const at = input.position ?? sections.length;
      return commit('agenda', { sections: [...sections.slice(0, at), added, ...sections.slice(at)], timer });
    },
    'agenda.removeSection': ({ id }) => commit('agenda', { sections: sections.filter((s) => s.id !== id), timer }),
    'agenda.moveSection': ({ id, position }) => {
      const moving = sections.find((s) => s.id === id);
      if (!moving) throw new ApiError('not_found', 'no such section');
      const rest = sections.filter((s) => s.id !== id);
      return commit('agenda', { sections: [...rest.slice(0, position), moving, ...rest.slice(position)], timer });
    },
    'templates.list': () => templates,
    'templates.saveFromMeeting': ({ name }) => {
      const template: AgendaTemplate = { id: `t-${templates.length + 1}`, name: name.trim(), description: '', builtIn: false, sections: [], createdAt: 1 };
      templates.push(template);
      return template;
    },
  };

  const client: ApiClient = {
    async call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      calls.push({ method, input });
      await Promise.resolve();
      const handler = handlers[method] as Handler<M> | undefined;
      if (!handler) throw new Error(`the fake agenda API has no ${method}`);
      return structuredClone(handler(input));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchConnection: () => () => {},
    connectionStatus: 'open',
  };

  return {
    client,
    calls,
    callsTo: (method: Method) => calls.filter((call) => call.method === method).map((call) => call.input),
    emit(payload: Omit<ChangeEvent, 'revision'>) {
      for (const listener of [...listeners]) listener({ event: 'changed', payload: { ...payload, revision: ++revision } });
    },
    resync() {
      for (const listener of [...listeners]) listener({ event: 'resync' });
    },
    command(commandId: string) {
      for (const listener of [...listeners]) listener({ event: 'command', payload: { commandId } });
    },
    state,
  };
}
