export const CHANGED_ENTITIES = ['meeting', 'timeline_event', 'participant'] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];
export type ChangeOperation = 'created' | 'updated' | 'deleted';

/** Pushed to every connected view after a mutation has been committed. */
export interface ChangeEvent {
  meetingId: string;
  revision: number;
  entity: ChangedEntity;
  entityId: string;
  op: ChangeOperation;
}

/** The pushed-event map: event name -> payload. */
export interface ServerEvents {
  changed: ChangeEvent;
}

export type ServerEventName = keyof ServerEvents;
export type ServerEvent = { [K in ServerEventName]: { event: K; payload: ServerEvents[K] } }[ServerEventName];
