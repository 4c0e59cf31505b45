import { createDomainStore } from './create-domain-store.ts';

export interface BlameDismissalsState {
  /** Keys from `dismissalKey`; kept for the session only, never saved. */
  dismissed: ReadonlySet<string>;
  dismiss(key: string): void;
  reset(): void;
}

export function createBlameDismissalsStore() {
  return createDomainStore<BlameDismissalsState>((set) => ({
    dismissed: new Set<string>(),
    dismiss: (key) => set((state) => ({ dismissed: new Set(state.dismissed).add(key) })),
    reset: () => set({ dismissed: new Set<string>() }),
  }));
}

/** One per window: a hint waved away stays away until the app is reloaded. */
export const [useBlameDismissals, blameDismissalsStore] = createBlameDismissalsStore();
