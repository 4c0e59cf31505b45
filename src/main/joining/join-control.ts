import type { JoinStatus, NetworkChoice } from '../../shared/joining/joining.ts';

/**
 * What the service's joining.* handlers ask of the join server. Every call answers at once; opening the port happens
 * afterwards and is reported as a 'joining' change with the new status ('on', or 'failed' with the problem).
 */
export interface JoinControl {
  networks(): NetworkChoice[];
  status(meetingId: string): JoinStatus;
  enable(meetingId: string, address: string, port?: number): JoinStatus;
  disable(meetingId: string): JoinStatus;
  rotateCode(meetingId: string): JoinStatus;
  removePerson(meetingId: string, sessionId: string): JoinStatus;
  showOnAudience(meetingId: string, show: boolean): JoinStatus;
  /** Hears every change of a meeting's join status (state, code, people); returns the function that stops listening. */
  onStatusChange(listener: (status: JoinStatus) => void): () => void;
}
