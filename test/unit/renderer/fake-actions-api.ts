import type { ApiClient, ClientEvent } from '../../../src/renderer/api/client.ts';
import { clientOverHandlers, type FakeHandlers } from './fake-client.ts';
import type { Method } from '../../../src/shared/api/contract.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';

/**
 * An in-memory stand-in for the action-item methods of the service, shared by several windows: each window gets its
 * own client, and every change is pushed to all of them as the service would.
 */
export function fakeActionsApi() {
  let clock = Date.UTC(2026, 10, 23, 12, 0, 0);
  let revision = 1;
  const items = new Map<string, ActionItem>();
  const dismissed = new Map<string, Set<string>>();
  const listeners = new Set<(event: ClientEvent) => void>();
  const calls: Method[] = [];

  const ordered = (meetingId: string) => [...items.values()].filter((item) => item.meetingId === meetingId).sort((a, b) => a.position - b.position);
  const renumber = (meetingId: string, order: readonly ActionItem[]) => order.forEach((item, position) => items.set(item.id, { ...item, position }));
  const keysOf = (meetingId: string) => [...(dismissed.get(meetingId) ?? [])].sort();
  const emit = (meetingId: string, entity: 'action_item' | 'action_check', entityId: string, op: 'created' | 'updated' | 'deleted') => {
    revision += 1;
    for (const listener of [...listeners]) setTimeout(() => listener({ event: 'changed', payload: { meetingId, revision, entity, entityId, op } }), 0);
  };
  const requireItem = (id: string) => items.get(id) ?? (() => { throw new ApiError('not_found', `No action item with id ${id}`); })();

  const handlers: FakeHandlers = {
    'actions.list': ({ meetingId }) => ordered(meetingId),
    'actions.add': (input) => {
      const existing = input.id ? items.get(input.id) : undefined;
      if (existing) return existing;
      clock += 1000;
      const order = ordered(input.meetingId);
      const item: ActionItem = {
        id: input.id ?? `a-${items.size + 1}`,
        meetingId: input.meetingId,
        position: order.length,
        title: input.title.trim(),
        owner: (input.owner ?? '').trim(),
        dueOn: input.dueOn ?? null,
        priority: input.priority ?? 'P1',
        horizon: input.horizon ?? 'short_term',
        category: input.category ?? null,
        status: input.status ?? 'open',
        whyId: input.whyId ?? null,
        noteId: input.noteId ?? null,
        author: (input.author ?? '').trim(),
        createdAt: clock,
        updatedAt: clock,
      };
      order.splice(Math.min(input.position ?? order.length, order.length), 0, item);
      renumber(input.meetingId, order);
      emit(item.meetingId, 'action_item', item.id, 'created');
      return requireItem(item.id);
    },
    'actions.update': ({ id, patch }) => {
      clock += 1000;
      const item = { ...requireItem(id), ...patch, updatedAt: clock };
      if (patch.owner !== undefined) item.owner = patch.owner.trim();
      items.set(id, item);
      emit(item.meetingId, 'action_item', id, 'updated');
      return item;
    },
    'actions.delete': ({ id }) => {
      const item = requireItem(id);
      items.delete(id);
      renumber(item.meetingId, ordered(item.meetingId));
      emit(item.meetingId, 'action_item', id, 'deleted');
      return { id, meetingId: item.meetingId, revision };
    },
    'actions.move': ({ id, position }) => {
      const item = requireItem(id);
      const order = ordered(item.meetingId).filter((other) => other.id !== id);
      order.splice(Math.min(position, order.length), 0, item);
      renumber(item.meetingId, order);
      emit(item.meetingId, 'action_item', id, 'updated');
      return ordered(item.meetingId);
    },
    'actions.listDismissedChecks': ({ meetingId }) => keysOf(meetingId),
    'whys.list': () => [],
    'notes.list': () => [],
    'actions.dismissCheck': ({ meetingId, key }) => {
      dismissed.set(meetingId, new Set([...(dismissed.get(meetingId) ?? []), key]));
      emit(meetingId, 'action_check', key, 'created');
      return keysOf(meetingId);
    },
    'actions.restoreCheck': ({ meetingId, key }) => {
      dismissed.get(meetingId)?.delete(key);
      emit(meetingId, 'action_check', key, 'deleted');
      return keysOf(meetingId);
    },
  };

  const newClient = (): ApiClient => clientOverHandlers(handlers, listeners, (method) => calls.push(method));

  return { newClient, calls, items };
}

/** Lets queued promise callbacks and pushed events run. */
export async function settle(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
