import type { CallResponse } from '../../shared/api/wire.ts';
import type { NoteTakerSession, ViewerSession } from '../../shared/joining/joining.ts';

/** Who this page is for, decided once before the app starts. */
export type Viewer = { kind: 'facilitator' } | { kind: 'note_taker'; session: NoteTakerSession } | { kind: 'pairing' };

let current: Viewer = { kind: 'facilitator' };

/**
 * The desktop app is the facilitator's. In a browser the server answers session.me for the caller it recognised: the
 * facilitator (the launch token) or a paired note-taker; 401 for a browser that has not paired yet.
 */
export async function detectViewer(hasBridge: boolean, askSession: () => Promise<Response>): Promise<Viewer> {
  if (hasBridge) return { kind: 'facilitator' };
  try {
    const response = await askSession();
    if (response.status === 401) return { kind: 'pairing' };
    if (response.ok) {
      const answer = (await response.json()) as CallResponse;
      const session = answer.ok ? (answer.result as ViewerSession) : undefined;
      if (session?.role === 'note_taker') return { kind: 'note_taker', session };
    }
  } catch {
    // No answer at all: the facilitator's own server is the only one that serves the app without it.
  }
  return { kind: 'facilitator' };
}

/** session.me over HTTP, since it is asked before the live connection opens (and 401 keeps it from opening). */
export const askSessionMe = (): Promise<Response> =>
  fetch('/api/call/session.me', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin' });

export function setViewer(viewer: Viewer): void {
  current = viewer;
}

/** A paired note-taker: the capture tools of one meeting, no agenda, timer, export or library. */
export function isNoteTaker(): boolean {
  return current.kind === 'note_taker';
}

export function viewer(): Viewer {
  return current;
}
