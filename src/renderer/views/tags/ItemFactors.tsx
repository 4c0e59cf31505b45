import { useEffect } from 'react';
import type { TagItemKind } from '../../../shared/domain/factors.ts';
import { tagsStore, useTags } from '../../app/services.ts';
import { FactorPicker, useFactorNames } from './FactorPicker.tsx';

/**
 * The contributing factors of a why or a finding, folded under one line that names them; unfolded, a picker. Shown on
 * the active item and on items that have factors, so a long tree stays quiet. Nothing shows where the taxonomy cannot
 * be read (a note-taker's page).
 */
export function ItemFactors({
  meetingId,
  itemKind,
  itemId,
  itemLabel,
  show,
}: {
  meetingId: string;
  itemKind: TagItemKind;
  itemId: string;
  itemLabel: string;
  show: boolean;
}) {
  const ready = useTags((state) => state.loadState === 'ready' && state.meetingId === meetingId);
  const names = useFactorNames(itemKind, itemId);
  useEffect(() => tagsStore.getState().followMeeting(meetingId), [meetingId]);
  if (!ready || (!show && names.length === 0)) return null;
  return (
    <details className="why-factors" data-testid="item-factors">
      <summary>
        {names.length === 0 ? (
          'Contributing factors'
        ) : (
          <>
            Contributing factors: <bdi>{names.join(', ')}</bdi>
          </>
        )}
      </summary>
      <FactorPicker itemKind={itemKind} itemId={itemId} legend={`Contributing factors of “${itemLabel}”`} showLegend={false} />
    </details>
  );
}
