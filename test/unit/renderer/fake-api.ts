import type { Method, MethodInput, MethodResult } from '../../../src/shared/api/contract.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';
import type { Meeting, MeetingSummary } from '../../../src/shared/domain/meeting.ts';
import { compareTimelineEvents, type TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import type { ApiClient, ClientEvent } from '../../../src/renderer/api/client.ts';

type Handler<M extends Method> = (input: MethodInput<M>) => MethodResult<M>;

/**
 * An in-memory stand-in for the service behind the API client: enough of meetings and timeline to drive
 * the stores, with hooks to fail or hold a call, and to push change events as another window would cause.
 */
export function fakeApi(startAt = Date.UTC(2026, 1, 3, 15, 0, 0)) {
  let clock = startAt;
  const now = () => (clock += 1000);
  const meetings = new Map<string, Meeting>();
  const events = new Map<string, TimelineEvent>();
  const listeners = new Set<(event: ClientEvent) => void>();
  const calls: { method: Method; input: unknown }[] = [];
  const failures = new Map<Method, unknown>();
  const holds = new Map<Method, Promise<void>>();
  let revision = 1;

  const emit = (payload: Omit<ChangeEvent, 'revision'>) => {
    for (const listener of [...listeners]) listener({ event: 'changed', payload: { ...payload, revision: ++revision } });
  };

  const requireEvent = (id: string) => {
    const event = events.get(id);
    if (!event) throw new ApiError('not_found', `timeline event ${id} not found`);
    return event;
  };

  const handlers: { [M in Method]?: Handler<M> } = {
    'meetings.list': () =>
      [...meetings.values()].map(
        (meeting): MeetingSummary => ({
          id: meeting.id,
          incidentId: meeting.incidentId,
          title: meeting.title,
          severity: meeting.severity,
          status: meeting.status,
          timelineEventCount: [...events.values()].filter((event) => event.meetingId === meeting.id).length,
          revision: meeting.revision,
          createdAt: meeting.createdAt,
          updatedAt: meeting.updatedAt,
        }),
      ),
    'meetings.get': ({ id }) => {
      const meeting = meetings.get(id);
      if (!meeting) throw new ApiError('not_found', `meeting ${id} not found`);
      return meeting;
    },
    'meetings.create': (input) => {
      const at = now();
      const meeting = makeMeeting({ id: input.id ?? `m-${meetings.size + 1}`, title: input.title.trim(), incidentId: input.incidentId ?? '', severity: input.severity ?? null, timeZone: input.timeZone ?? 'UTC', createdAt: at, updatedAt: at });
      meetings.set(meeting.id, meeting);
      emit({ meetingId: meeting.id, entity: 'meeting', entityId: meeting.id, op: 'created' });
      return meeting;
    },
    'timeline.list': ({ meetingId }) => [...events.values()].filter((event) => event.meetingId === meetingId).sort(compareTimelineEvents),
    'timeline.get': ({ id }) => requireEvent(id),
    'timeline.add': (input) => {
      const existing = input.id ? events.get(input.id) : undefined;
      if (existing) return existing;
      const at = now();
      const event: TimelineEvent = {
        id: input.id ?? `e-${events.size + 1}`,
        meetingId: input.meetingId,
        occurredAt: input.occurredAt,
        precision: input.precision ?? 'minute',
        description: input.description.trim(),
        actor: (input.actor ?? '').trim(),
        phase: input.phase ?? 'other',
        source: input.source ?? 'manual',
        author: input.author ?? '',
        createdAt: at,
        updatedAt: at,
      };
      events.set(event.id, event);
      emit({ meetingId: event.meetingId, entity: 'timeline_event', entityId: event.id, op: 'created' });
      return event;
    },
    'timeline.update': ({ id, patch }) => {
      const event = { ...requireEvent(id), ...patch, updatedAt: now() };
      events.set(id, event);
      emit({ meetingId: event.meetingId, entity: 'timeline_event', entityId: id, op: 'updated' });
      return event;
    },
    'timeline.delete': ({ id }) => {
      const event = requireEvent(id);
      events.delete(id);
      emit({ meetingId: event.meetingId, entity: 'timeline_event', entityId: id, op: 'deleted' });
      return { id, meetingId: event.meetingId, revision };
    },
  };

  const client: ApiClient = {
    async call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      calls.push({ method, input });
      await Promise.resolve();
      const hold = holds.get(method);
      if (hold) await hold;
      const failure = failures.get(method);
      if (failure !== undefined) {
        failures.delete(method);
        throw failure;
      }
      const handler = handlers[method] as Handler<M> | undefined;
      if (!handler) throw new Error(`the fake API has no ${method}`);
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
    meetings,
    events,
    calls,
    callsTo: (method: Method) => calls.filter((call) => call.method === method).map((call) => call.input),
    /** The next call to `method` throws `error`. */
    failNext(method: Method, error: unknown) {
      failures.set(method, error);
    },
    /** Calls to `method` wait until the returned function is called. */
    hold(method: Method): () => void {
      let release!: () => void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    /** What another window's change looks like from here. */
    changedElsewhere: emit,
    /** A reconnect; `caughtUp` names the meetings whose missed changes the client delivered just before. */
    resync(caughtUp?: ReadonlySet<string>) {
      for (const listener of [...listeners]) listener(caughtUp ? { event: 'resync', caughtUp } : { event: 'resync' });
    },
    addMeeting(fields: Partial<Meeting> & { id: string }) {
      const meeting = makeMeeting({ createdAt: startAt, updatedAt: startAt, ...fields });
      meetings.set(meeting.id, meeting);
      return meeting;
    },
  };
}

/** Lets queued promise callbacks (replies, refetches) run. */
export async function settle(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

function makeMeeting(fields: Partial<Meeting> & { id: string }): Meeting {
  return {
    incidentId: '',
    title: 'Untitled',
    severity: null,
    status: 'draft',
    templateId: 'standard',
    timeZone: 'UTC',
    scheduledAt: null,
    incidentStartedAt: null,
    incidentEndedAt: null,
    summary: '',
    usersAffected: '',
    revenueImpact: '',
    sloBudgetConsumed: '',
    dataLoss: '',
    customerCommunication: '',
    author: '',
    reviewers: '',
    reviewedOn: null,
    followUpReviewOn: null,
    revision: 1,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
