import { useEffect, useMemo } from 'react';
import { evidenceStore, useEvidence } from '../../app/services.ts';

/** The images attached to the focused item, large, so the room sees the graph being talked about. */
export function AudienceEvidence({ meetingId, targetId }: { meetingId: string; targetId: string }) {
  const items = useEvidence((state) => state.items);
  const imageUrls = useEvidence((state) => state.imageUrls);
  const images = useMemo(() => items.filter((item) => item.targetId === targetId && item.kind === 'image'), [items, targetId]);

  useEffect(() => {
    if (evidenceStore.getState().meetingId !== meetingId) void evidenceStore.getState().open(meetingId);
  }, [meetingId]);
  useEffect(() => {
    for (const image of images) void evidenceStore.getState().loadImage(image.id);
  }, [images]);

  if (images.length === 0) return null;
  return (
    <span className="audience-evidence" data-testid="audience-evidence">
      {images.map((image) =>
        imageUrls[image.id] ? <img key={image.id} className="audience-evidence__image" src={imageUrls[image.id]} alt={image.caption} /> : null,
      )}
    </span>
  );
}

/** Which of the item's images are ready to show: part of what a fitted list measures, since an image takes room. */
export function useEvidenceKey(targetId: string | null): string {
  return useEvidence((state) =>
    targetId === null
      ? ''
      : state.items
          .filter((item) => item.targetId === targetId && item.kind === 'image' && state.imageUrls[item.id])
          .map((item) => item.id)
          .join(','),
  );
}
