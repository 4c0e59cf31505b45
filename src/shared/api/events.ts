export const CHANGED_ENTITIES = [
  'meeting',
  'timeline_event',
  'participant',
  'agenda',
  'timer',
  'screen',
  'template',
  'action_item',
  'action_check',
  'why',
  'note',
  'conflict',
  'evidence',
  'timeline_import',
  'joining',
  'review',
  'effectiveness',
  'person',
  'redaction_term',
  'factor',
  'tag',
  'library_source',
] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];
export type ChangeOperation = 'created' | 'updated' | 'deleted';

/** Pushed to every connected view after a mutation has been committed. */
export interface ChangeEvent {
  /** The meeting the change belongs to; empty for a change outside any meeting (a saved template deleted). */
  meetingId: string;
  revision: number;
  entity: ChangedEntity;
  entityId: string;
  op: ChangeOperation;
  /** The note-taker whose call made the change; absent when it was the facilitator. */
  by?: string;
}

/** A command chosen from the desktop app's menu, for the focused window's command registry to perform. */
export interface MenuCommandEvent {
  commandId: string;
}

/** The pushed-event map: event name -> payload. */
export interface ServerEvents {
  changed: ChangeEvent;
  command: MenuCommandEvent;
}

export type ServerEventName = keyof ServerEvents;
export type ServerEvent = { [K in ServerEventName]: { event: K; payload: ServerEvents[K] } }[ServerEventName];
