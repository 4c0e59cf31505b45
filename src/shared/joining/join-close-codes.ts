/**
 * Why the join server closed a note-taker's live connection: WebSocket close codes from the application range
 * (4000–4999), which a browser's transport takes as final (trying again would only be refused).
 */
export const JOIN_CLOSE_CODES = {
  /** This person's session ended: the facilitator removed them, or they left. */
  sessionEnded: 4401,
  /** Joining ended for everyone: turned off, moved to another meeting or address, the meeting deleted, the app quit. */
  joiningEnded: 4410,
} as const;

export type JoinCloseCode = (typeof JOIN_CLOSE_CODES)[keyof typeof JOIN_CLOSE_CODES];
