import type { AudienceTheme } from '../routing/routes.ts';
import { createDomainStore } from './create-domain-store.ts';

/** Elements a command can ask to focus once they are on screen. */
export type FocusTarget = 'new-meeting' | 'quick-add' | 'library-search';

/** How the facilitator leaves an undecided review gate. */
export type GateLeaving = 'next' | 'finish';

export interface UiState {
  helpOpen: boolean;
  /** The console's Prepare drawer: agenda editing, templates, incident facts, joining. */
  prepareOpen: boolean;
  /** The confirmation for passing a review gate without a decision. */
  gateConfirmOpen: boolean;
  /** Whether that confirmation leaves the gate by Next or by finishing the meeting on it. */
  gateConfirmLeaving: GateLeaving;
  /** The nonce makes asking twice for the same target count twice. */
  focusRequest: { target: FocusTarget; nonce: number } | null;
  /** The theme the audience screen opens with; null follows the projecting computer's light or dark setting. */
  audienceTheme: AudienceTheme | null;
  openHelp(): void;
  closeHelp(): void;
  setPrepareOpen(open: boolean): void;
  setGateConfirmOpen(open: boolean, leaving?: GateLeaving): void;
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
    gateConfirmLeaving: 'next',
    focusRequest: null,
    audienceTheme: null,
    openHelp: () => set({ helpOpen: true }),
    closeHelp: () => set({ helpOpen: false }),
    setPrepareOpen: (prepareOpen) => set({ prepareOpen }),
    setGateConfirmOpen: (gateConfirmOpen, leaving = 'next') => set({ gateConfirmOpen, gateConfirmLeaving: leaving }),
    requestFocus: (target) => set({ focusRequest: { target, nonce: ++lastNonce } }),
    focusHandled: (nonce) => {
      if (get().focusRequest?.nonce === nonce) set({ focusRequest: null });
    },
    setAudienceTheme: (audienceTheme) => set({ audienceTheme }),
  }));
}
