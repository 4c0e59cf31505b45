/** Whether keys are shown the Mac way (⌘ rather than Ctrl), read once from the browser. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The undo shortcut as people on this platform know it. */
export const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
