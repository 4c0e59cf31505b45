import { hrefFor, type AudienceTheme } from '../routing/routes.ts';

/** The window name the Electron shell recognises and places on the second display; reusing it never opens a second one. */
export const AUDIENCE_WINDOW_NAME = 'debrief-audience';

/**
 * Opens (or brings back) the shared screen for the projector. In Electron the main process allows exactly this and puts
 * it on the second display; in a browser it is a new tab to drag to the projector.
 */
export function openAudienceWindow(meetingId: string, theme: AudienceTheme | null): void {
  window.open(hrefFor({ name: 'audience', meetingId, theme }), AUDIENCE_WINDOW_NAME);
}
