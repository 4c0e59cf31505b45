import type { Method, MethodInput, MethodResult } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ChangeEvent, MenuCommandEvent } from '../../shared/api/events.ts';
import type { EvidenceUploadInput } from '../../shared/api/bridge.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import type { Evidence, EvidenceImage } from '../../shared/domain/evidence.ts';
import { takesLargeInput } from '../../shared/api/message-limits.ts';
import { callFileTransport, type FileTransport } from './file-transport.ts';
import { createRevisionTracker } from './revision-tracker.ts';
import type { ConnectionStatus, Transport } from './transport.ts';

/**
 * What stores and the window hear from the client: a committed change, "you may have missed changes" after a
 * reconnect, or a command chosen in the desktop app's menu (performed through the window's command registry).
 * A resync lists the meetings whose missed changes were delivered just before it as `changed` events: a store
 * following one of those is up to date; any other reads everything again.
 */
export type ClientEvent =
  { event: 'changed'; payload: ChangeEvent } | { event: 'resync'; caughtUp?: ReadonlySet<string> } | { event: 'command'; payload: MenuCommandEvent };

export interface ApiClient {
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe(listener: (event: ClientEvent) => void): () => void;
  /** `endedWith`: the server's close code, when it ended the connection for good (status 'ended'). */
  watchConnection(listener: (status: ConnectionStatus, endedWith?: number) => void): () => void;
  readonly connectionStatus: ConnectionStatus;
  /** Stores an image as evidence by the upload route (never inside a call's message); `onProgress` hears 0 to 1. */
  upload(input: EvidenceUploadInput, onProgress?: (sent: number) => void): Promise<Evidence>;
  /** Reads a stored image back, to show it or to export it. */
  image(id: string): Promise<EvidenceImage>;
}

/** `files` carries images; by default they go through `transport` itself, which only an in-process transport can carry. */
export function createApiClient(transport: Transport, files: FileTransport = callFileTransport(transport)): ApiClient {
  const listeners = new Set<(event: ClientEvent) => void>();
  const deliver = (event: ClientEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const call = async <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const response = takesLargeInput(method) ? await files.callLarge(method, input) : await transport.call(method, input);
    if (!response.ok) throw ApiError.fromBody(response.error);
    // The service produced this result for `method`; the contract's result map names its type.
    const result = response.result as MethodResult<M>;
    // A meeting read is where a window starts following it: its revision is where catching up would start.
    if (method === 'meetings.get') {
      const meeting = result as MethodResult<'meetings.get'>;
      revisions.saw(meeting.id, meeting.revision);
    }
    return result;
  };

  const revisions = createRevisionTracker((meetingId, revision) => call('changes.since', { meetingId, revision }));

  transport.listen((notice) => {
    if (notice.kind === 'event') {
      const { event } = notice;
      if (event.event === 'changed') {
        revisions.saw(event.payload.meetingId, event.payload.revision);
        deliver({ event: 'changed', payload: event.payload });
      } else if (event.event === 'command') deliver({ event: 'command', payload: event.payload });
    } else if (notice.kind === 'resync') {
      void revisions.catchUp().then(({ missed, caughtUp }) => {
        for (const payload of missed) deliver({ event: 'changed', payload });
        deliver({ event: 'resync', caughtUp });
      });
    }
  });

  return {
    call,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    watchConnection(listener) {
      return transport.listen((notice) => {
        if (notice.kind === 'status') listener(notice.status, notice.endedWith);
      });
    },

    get connectionStatus() {
      return transport.status;
    },

    upload: async (input, onProgress) => resultOf<'evidence.upload'>(await files.upload(input, onProgress)),
    image: async (id) => resultOf<'evidence.image'>(await files.image(id)),
  };
}

function resultOf<M extends Method>(response: CallResponse): MethodResult<M> {
  if (!response.ok) throw ApiError.fromBody(response.error);
  return response.result as MethodResult<M>;
}
