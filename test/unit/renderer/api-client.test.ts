import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../../src/shared/api/events.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';
import { createApiClient, type ClientEvent } from '../../../src/renderer/api/client.ts';
import { createIpcTransport } from '../../../src/renderer/api/ipc-transport.ts';

function bridgeAnswering(response: CallResponse) {
  const calls: [string, unknown][] = [];
  let listener: ((event: ServerEvent) => void) | null = null;
  return {
    calls,
    push: (event: ServerEvent) => listener?.(event),
    bridge: {
      call: async (method: string, input: unknown) => {
        calls.push([method, input]);
        return response;
      },
      subscribe: (next: (event: ServerEvent) => void) => {
        listener = next;
        return () => {
          listener = null;
        };
      },
    },
  };
}

describe('API client', () => {
  it('resolves with the result of an ok reply', async () => {
    const fake = bridgeAnswering({ ok: true, result: [{ id: 'm' }] });
    const client = createApiClient(createIpcTransport(fake.bridge));
    await expect(client.call('meetings.list', {})).resolves.toEqual([{ id: 'm' }]);
    expect(fake.calls).toEqual([['meetings.list', {}]]);
  });

  it('throws an ApiError carrying code and field for an error reply', async () => {
    const fake = bridgeAnswering({ ok: false, error: { code: 'invalid_input', message: 'title: must not be empty', field: 'title' } });
    const client = createApiClient(createIpcTransport(fake.bridge));
    const failure = client.call('meetings.create', { title: '' }).catch((error: unknown) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'title', message: 'title: must not be empty' });
  });

  it('hands change events to subscribers until they unsubscribe', () => {
    const fake = bridgeAnswering({ ok: true, result: null });
    const client = createApiClient(createIpcTransport(fake.bridge));
    const heard: ClientEvent[] = [];
    const unsubscribe = client.subscribe((event) => heard.push(event));
    const payload = { meetingId: 'm', revision: 2, entity: 'meeting', entityId: 'm', op: 'updated' } as const;
    fake.push({ event: 'changed', payload });
    unsubscribe();
    fake.push({ event: 'changed', payload });
    expect(heard).toEqual([{ event: 'changed', payload }]);
  });

  it('hands menu commands to subscribers, so the window performs them through its command registry', () => {
    const fake = bridgeAnswering({ ok: true, result: null });
    const client = createApiClient(createIpcTransport(fake.bridge));
    const heard: ClientEvent[] = [];
    client.subscribe((event) => heard.push(event));
    fake.push({ event: 'command', payload: { commandId: 'timer-start-pause' } });
    expect(heard).toEqual([{ event: 'command', payload: { commandId: 'timer-start-pause' } }]);
  });
});
