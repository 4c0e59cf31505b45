import { centredIn, reachableBounds, type Rectangle } from './window-bounds.ts';

/** The part of Electron's Display the placement needs. */
export interface DisplayArea {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface AudiencePlacement {
  /** Where the window opens; on a second display also where it returns to when it leaves fullscreen. */
  bounds: Rectangle | null;
  fullscreen: boolean;
}

const DEFAULT_SIZE = { width: 1280, height: 720 };

function contains(area: Rectangle, bounds: Rectangle): boolean {
  return bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
}

/**
 * With a second display (the room's projector) the audience screen goes fullscreen on it: on the display its saved
 * bounds are on, when that is one of the non-primary displays, else on the first non-primary one. With one display it
 * is a normal window at its saved bounds, if they are still reachable, else centred on that display.
 */
export function audiencePlacement(displays: readonly DisplayArea[], primaryId: number, saved: unknown): AudiencePlacement {
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0];
  if (primary === undefined) return { bounds: null, fullscreen: false };
  const restored = reachableBounds(
    saved,
    displays.map((display) => display.workArea),
  );
  const secondary = displays.filter((display) => display !== primary);

  if (secondary.length === 0) {
    return { bounds: restored?.bounds ?? centredIn(primary.workArea, DEFAULT_SIZE), fullscreen: false };
  }
  const target = secondary.find((display) => restored !== null && contains(display.workArea, restored.bounds)) ?? secondary[0];
  if (target === undefined) return { bounds: null, fullscreen: false };
  const onTarget = restored !== null && contains(target.workArea, restored.bounds);
  return { bounds: onTarget ? restored.bounds : centredIn(target.workArea, DEFAULT_SIZE), fullscreen: true };
}
