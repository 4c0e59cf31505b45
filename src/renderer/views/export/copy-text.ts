/**
 * Puts the text on the clipboard. The Clipboard API needs a secure context and permission; where it is missing or
 * refused, a selected hidden textarea and the older copy command still work. The textarea goes inside `container`
 * because a modal dialog makes the rest of the page inert, where nothing can be selected.
 */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'copy-buffer';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  container.append(area);
  area.select();
  let copied: boolean;
  try {
    // Deprecated but still the only way without the Clipboard API.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
