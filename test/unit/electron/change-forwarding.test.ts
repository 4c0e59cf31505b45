import { describe, expect, it, vi } from 'vitest';
import { forwardChanges, type EventReceiver } from '../../../src/main/electron/change-forwarding.ts';
import { IPC_EVENT_CHANNEL } from '../../../src/shared/api/bridge.ts';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';

const TRUSTED = ['app://debrief', 'http://localhost:5173'];
const change: ChangeEvent = { meetingId: 'm1', revision: 3, entity: 'timeline_event', entityId: 't1', op: 'created' };

function receiver(url: string, destroyed = false) {
  return { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn<EventReceiver['send']>() };
}

function fakeService(): { onChange: (listener: (event: ChangeEvent) => void) => () => void; emit: (event: ChangeEvent) => void } {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event) => listeners.forEach((listener) => listener(event)),
  };
}

describe('forwardChanges', () => {
  it('sends each change to every window on a trusted page, as a ServerEvent', () => {
    const service = fakeService();
    const windows = [receiver('app://debrief/index.html'), receiver('http://localhost:5173/?view=audience')];
    forwardChanges({ onChange: service.onChange, receivers: () => windows, trustedOrigins: TRUSTED });
    service.emit(change);
    for (const window of windows) expect(window.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, { event: 'changed', payload: change });
  });

  it('skips destroyed windows and windows showing anything else', () => {
    const service = fakeService();
    const destroyed = receiver('app://debrief/index.html', true);
    const foreign = receiver('https://example.com/');
    const blank = receiver('');
    forwardChanges({ onChange: service.onChange, receivers: () => [destroyed, foreign, blank], trustedOrigins: TRUSTED });
    service.emit(change);
    expect(destroyed.send).not.toHaveBeenCalled();
    expect(foreign.send).not.toHaveBeenCalled();
    expect(blank.send).not.toHaveBeenCalled();
  });

  it('reaches windows opened after it started, and stops when asked', () => {
    const service = fakeService();
    const windows: EventReceiver[] = [];
    const stop = forwardChanges({ onChange: service.onChange, receivers: () => windows, trustedOrigins: TRUSTED });
    const late = receiver('app://debrief/index.html');
    windows.push(late);
    service.emit(change);
    expect(late.send).toHaveBeenCalledOnce();
    stop();
    service.emit(change);
    expect(late.send).toHaveBeenCalledOnce();
  });
});
