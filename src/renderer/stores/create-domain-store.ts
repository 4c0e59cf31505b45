import { useStore } from 'zustand';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

export type UseDomainStore<State> = <Selected>(selector: (state: State) => Selected) => Selected;

/**
 * One store per domain. Returns the React hook for views and the plain store for everything else
 * (commands, event handlers, tests), both over the same state.
 */
export function createDomainStore<State>(initializer: StateCreator<State>): readonly [UseDomainStore<State>, StoreApi<State>] {
  const store = createStore<State>()(initializer);
  const useDomainStore: UseDomainStore<State> = (selector) => useStore(store, selector);
  return [useDomainStore, store] as const;
}
