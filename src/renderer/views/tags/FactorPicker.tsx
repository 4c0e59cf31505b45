import { useId } from 'react';
import type { TagItemKind } from '../../../shared/domain/factors.ts';
import { tagsStore, useTags } from '../../app/services.ts';

interface FactorPickerProps {
  itemKind: TagItemKind;
  itemId: string;
  /** Names the group for screen readers, e.g. "Contributing factors of this review". */
  legend: string;
  /** Shows the legend; a compact picker (on a why) keeps it for screen readers only. */
  showLegend?: boolean;
}

/**
 * Checkboxes for the contributing factors on one item (the review, a why, a finding): every offered factor, and a
 * retired one only while the item still has it. Each change is saved at once; a refusal (a published review) is said.
 */
export function FactorPicker({ itemKind, itemId, legend, showLegend = true }: FactorPickerProps) {
  const id = useId();
  const factors = useTags((state) => state.factors);
  const chosen = useTags((state) => state.tags.find((item) => item.itemKind === itemKind && item.itemId === itemId)?.factorIds ?? NONE);
  const shown = factors.filter((factor) => factor.retiredAt === null || chosen.includes(factor.id));

  const toggle = (factorId: string, on: boolean) => {
    const next = on ? [...chosen, factorId] : chosen.filter((each) => each !== factorId);
    void tagsStore.getState().setTags(itemKind, itemId, next);
  };

  return (
    <fieldset className="factor-picker" data-testid="factor-picker">
      <legend className={showLegend ? 'factor-picker__legend' : 'visually-hidden'}>{legend}</legend>
      {shown.length === 0 ? <p className="muted">No contributing factors are offered. Add some in the list of contributing factors.</p> : null}
      <ul className="factor-picker__options">
        {shown.map((factor) => (
          <li key={factor.id}>
            <label className="factor-picker__option" htmlFor={`${id}-${factor.id}`}>
              <input
                id={`${id}-${factor.id}`}
                type="checkbox"
                checked={chosen.includes(factor.id)}
                onChange={(event) => toggle(factor.id, event.target.checked)}
              />{' '}
              <bdi>{factor.name}</bdi>
              {factor.retiredAt !== null ? <span className="muted"> (retired)</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const NONE: string[] = [];

/** The names of the factors on an item, for a summary line. */
export function useFactorNames(itemKind: TagItemKind, itemId: string): string[] {
  const factors = useTags((state) => state.factors);
  const chosen = useTags((state) => state.tags.find((item) => item.itemKind === itemKind && item.itemId === itemId)?.factorIds ?? NONE);
  return chosen.map((factorId) => factors.find((factor) => factor.id === factorId)?.name ?? '').filter((name) => name !== '');
}
