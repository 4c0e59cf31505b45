/** The bits of an event target that tell whether keys typed into it are text. */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key press goes into a text field, where single-letter shortcuts must stay quiet. */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

/**
 * True when Space on this element toggles it (a checkbox, a radio button, a switch), so the global Space shortcut
 * leaves the key alone. Buttons are not spared: on the console Space always starts or pauses the clock, even right
 * after a button was clicked (which leaves the focus on it); Enter still presses a focused button.
 */
export function togglesWithSpace(target: (TargetLike & { getAttribute?(name: string): string | null }) | null): boolean {
  if (!target) return false;
  if (target.tagName?.toUpperCase() === 'INPUT') return true;
  const role = target.getAttribute?.('role');
  return role === 'checkbox' || role === 'switch' || role === 'radio';
}

/** The bits of an element that tell whether it is a scrolling pane. */
export interface ScrollableLike {
  parentElement: ScrollableLike | null;
  tagName?: string;
}

/**
 * True when the focus is on a pane that scrolls (overflow auto or scroll) or inside one, so Page Down / Page Up
 * belong to it, even while its content happens to fit. The page itself (body, html) does not count: the console
 * fits the window, and a key pressed with nothing focused is the presenter clicker's.
 */
export function inScrollingPane(target: ScrollableLike | null, overflowOf: (element: ScrollableLike) => string): boolean {
  for (let element = target; element; element = element.parentElement) {
    const tag = element.tagName?.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (/(auto|scroll)/.test(overflowOf(element))) return true;
  }
  return false;
}
