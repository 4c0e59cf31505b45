import type { AudienceTheme } from '../routing/routes.ts';
import { createDomainStore } from './create-domain-store.ts';

/** Elements a command can ask to focus once they are on screen. */
export type FocusTarget = 'new-meeting' | 'quick-add';

export interface UiState {
  helpOpen: boolean;
  /** The console's Prepare drawer: agenda editing, templates, incident facts, joining. */
  prepareOpen: boolean;
  /** The confirmation for passing a review gate without a decision. */
  gateConfirmOpen: boolean;
  /** The nonce makes asking twice for the same target count twice. */
  focusRequest: { target: FocusTarget; nonce: number } | null;
  /** The theme the audience screen opens with; null follows the projecting computer's light or dark setting. */
  audienceTheme: AudienceTheme | null;
  openHelp(): void;
  closeHelp(): void;
  setPrepareOpen(open: boolean): void;
  setGateConfirmOpen(open: boolean): void;
  requestFocus(target: FocusTarget): void;
  focusHandled(nonce: number): void;
  setAudienceTheme(theme: AudienceTheme | null): void;
}

/** Window-only state that is not data: which overlay is open, where focus should go next. */
export function createUiStore() {
  let lastNonce = 0;
  return createDomainStore<UiState>((set, get) => ({
    helpOpen: false,
    prepareOpen: false,
    gateConfirmOpen: false,
    focusRequest: null,
    audienceTheme: null,
    openHelp: () => set({ helpOpen: true }),
    closeHelp: () => set({ helpOpen: false }),
    setPrepareOpen: (prepareOpen) => set({ prepareOpen }),
    setGateConfirmOpen: (gateConfirmOpen) => set({ gateConfirmOpen }),
    requestFocus: (target) => set({ focusRequest: { target, nonce: ++lastNonce } }),
    focusHandled: (nonce) => {
      if (get().focusRequest?.nonce === nonce) set({ focusRequest: null });
    },
    setAudienceTheme: (audienceTheme) => set({ audienceTheme }),
  }));
}
