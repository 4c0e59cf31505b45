import type { ServerEvent } from '../../shared/api/events.ts';
import type { CallResponse } from '../../shared/api/wire.ts';

/** 'ended': the server closed the connection on purpose and would refuse another; nothing is tried again. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'ended';

/** What a transport tells the client besides replies. */
export type TransportNotice =
  | { kind: 'event'; event: ServerEvent }
  /** The connection came back after a gap: events may have been missed, so every view must refetch. */
  | { kind: 'resync' }
  /** `endedWith`: the close code that ended the connection, with status 'ended'. */
  | { kind: 'status'; status: ConnectionStatus; endedWith?: number };

/** Carries calls to the service and notices back; IPC in Electron, WebSocket in a browser. */
export interface Transport {
  call(method: string, input: unknown): Promise<CallResponse>;
  listen(listener: (notice: TransportNotice) => void): () => void;
  readonly status: ConnectionStatus;
}
