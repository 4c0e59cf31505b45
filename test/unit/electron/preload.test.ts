import type { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_SAVE_FILE_CHANNEL,
  IPC_PICK_FOLDER_CHANNEL,
  IPC_UPLOAD_CHANNEL,
  type DebriefBridge,
} from '../../../src/shared/api/bridge.ts';
import type { ServerEvent } from '../../../src/shared/api/events.ts';

// ipcRenderer as a real emitter, so subscribe/unsubscribe are tested against real listener bookkeeping.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: null as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> },
  };
});
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn(async () => ({ ok: true, result: 'pong' })) });
  electron.ipcRenderer = ipcRenderer;
  return { contextBridge: electron.contextBridge, ipcRenderer };
});

let bridge: DebriefBridge;

beforeAll(async () => {
  await import('../../../src/preload/index.ts');
  bridge = electron.exposed.get('debrief') as DebriefBridge;
});

const change: ServerEvent = {
  event: 'changed',
  payload: { meetingId: 'm1', revision: 2, entity: 'meeting', entityId: 'm1', op: 'updated' },
};

describe('the preload bridge', () => {
  it('exposes window.debrief and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['debrief']);
  });

  it('exposes exactly call, pickFolder, saveFile, subscribe and upload, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(['call', 'pickFolder', 'saveFile', 'subscribe', 'upload']);
    expect(typeof bridge.pickFolder).toBe('function');
    expect(typeof bridge.upload).toBe('function');
    expect(typeof bridge.call).toBe('function');
    expect(typeof bridge.subscribe).toBe('function');
    expect(typeof bridge.saveFile).toBe('function');
    expect(Object.values(bridge).some((value) => value === electron.ipcRenderer)).toBe(false);
  });

  it('call invokes the call channel with { method, input } and resolves with the reply', async () => {
    await expect(bridge.call('meetings.get', { id: 'm1' })).resolves.toEqual({ ok: true, result: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, { method: 'meetings.get', input: { id: 'm1' } });
  });

  it('saveFile invokes the save channel with the name, bytes and filters only', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const filters = [{ name: 'Markdown', extensions: ['md'] }];
    await bridge.saveFile?.({ suggestedName: 'INC-1.md', data, filters, extra: 'dropped' } as Parameters<NonNullable<DebriefBridge['saveFile']>>[0]);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_SAVE_FILE_CHANNEL, { suggestedName: 'INC-1.md', data, filters });
  });

  it('pickFolder invokes the folder channel with the purpose only', async () => {
    await bridge.pickFolder?.('publish');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_PICK_FOLDER_CHANNEL, 'publish');
  });

  it('upload invokes the upload channel with the input, bytes included', async () => {
    const input = { meetingId: 'm1', target: 'why', targetId: 'w1', caption: 'Graph', bytes: new Uint8Array([0x89, 0x50]) } as const;
    await bridge.upload?.(input);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_UPLOAD_CHANNEL, input);
  });

  it('subscribe passes only the event payload, never the IPC event object', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    const ipcEvent = { sender: electron.ipcRenderer, senderFrame: {} };
    electron.ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, change);
    expect(listener).toHaveBeenCalledExactlyOnceWith(change);
    unsubscribe();
  });

  it('unsubscribe removes exactly its own listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const before = electron.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL);
    const unsubscribeFirst = bridge.subscribe(first);
    const unsubscribeSecond = bridge.subscribe(second);
    expect(electron.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(before + 2);

    unsubscribeFirst();
    expect(electron.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(before + 1);
    electron.ipcRenderer.emit(IPC_EVENT_CHANNEL, {}, change);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();

    unsubscribeFirst();
    expect(electron.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(before + 1);
    unsubscribeSecond();
    expect(electron.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(before);
  });

  it('the same listener subscribed twice is two subscriptions, each removable on its own', () => {
    const listener = vi.fn();
    const unsubscribeOne = bridge.subscribe(listener);
    const unsubscribeTwo = bridge.subscribe(listener);
    unsubscribeOne();
    electron.ipcRenderer.emit(IPC_EVENT_CHANNEL, {}, change);
    expect(listener).toHaveBeenCalledOnce();
    unsubscribeTwo();
  });
});
