/** A call whose answer never came because the connection dropped; the change may or may not have been saved. */
export class ConnectionLostError extends Error {
  constructor(method: string) {
    super(`The connection to Debrief closed before "${method}" was answered. It may not have been saved; try again.`);
    this.name = 'ConnectionLostError';
  }
}
