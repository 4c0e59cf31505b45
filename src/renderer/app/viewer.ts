import { JOIN_PATHS, type NoteTakerSession } from '../../shared/joining/joining.ts';

/** Who this page is for, decided once before the app starts. */
export type Viewer = { kind: 'facilitator' } | { kind: 'note_taker'; session: NoteTakerSession } | { kind: 'pairing' };

let current: Viewer = { kind: 'facilitator' };

/**
 * The desktop app and the loopback server are the facilitator's. The join server answers /join/session: with the
 * session of a paired note-taker, or 401 for a browser that has not paired yet. Anywhere else that path is unknown.
 */
export async function detectViewer(hasBridge: boolean, fetchSession: () => Promise<Response>): Promise<Viewer> {
  if (hasBridge) return { kind: 'facilitator' };
  try {
    const response = await fetchSession();
    if (response.status === 401) return { kind: 'pairing' };
    if (response.ok) {
      const session = (await response.json()) as NoteTakerSession;
      if (session.role === 'note_taker') return { kind: 'note_taker', session };
    }
  } catch {
    // No answer at all: the facilitator's own server is the only one that serves the app without it.
  }
  return { kind: 'facilitator' };
}

export const fetchJoinSession = (): Promise<Response> => fetch(JOIN_PATHS.session, { credentials: 'same-origin' });

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
