import { useEffect, type RefObject } from 'react';
import { uiStore, useUi } from '../../app/services.ts';
import type { FocusTarget } from '../../stores/ui-store.ts';

/** Focuses the element when a command asks for `target`, once it is on screen. */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const request = useUi((state) => state.focusRequest);
  useEffect(() => {
    if (!request || request.target !== target || !ref.current) return;
    ref.current.focus();
    uiStore.getState().focusHandled(request.nonce);
  }, [request, target, ref]);
}
