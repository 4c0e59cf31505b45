import { useEffect, useState } from 'react';
import type { Evidence } from '../../../shared/domain/evidence.ts';
import { evidenceStore, useEvidence } from '../../app/services.ts';

/** One image (thumbnail, description that can be edited) or link, with its upload state and a Remove button. */
export function EvidenceItem({ item }: { item: Evidence }) {
  const status = useEvidence((state) => state.statuses[item.id]);
  const progress = useEvidence((state) => state.progress[item.id]);
  const imageUrl = useEvidence((state) => state.imageUrls[item.id]);
  const store = evidenceStore.getState;

  useEffect(() => {
    if (item.kind === 'image') void store().loadImage(item.id);
  }, [item.id, item.kind, store]);

  const saving = status?.state === 'saving';
  const refusedAdd = status?.state === 'error' && status.canRetry;
  return (
    <li className={`evidence__item evidence__item--${item.kind}`} data-status={status?.state ?? 'saved'} data-testid="evidence-item">
      {item.kind === 'image' ? (
        <figure className="evidence__figure">
          {imageUrl ? (
            <img className="evidence__thumbnail" src={imageUrl} alt={item.caption} />
          ) : (
            <span className="evidence__thumbnail evidence__thumbnail--empty" />
          )}
          <CaptionField item={item} />
        </figure>
      ) : (
        <a className="evidence__link" href={item.url ?? undefined} target="_blank" rel="noopener noreferrer" dir="auto">
          {item.caption}
        </a>
      )}
      {saving ? (
        <span className="evidence__state" role="status">
          {item.kind === 'image' ? `Uploading${progress === undefined ? '…' : ` ${Math.round(progress * 100)}%`}` : 'Saving…'}
        </span>
      ) : null}
      {refusedAdd ? (
        <>
          <button type="button" className="button button--small" onClick={() => store().retry(item.id)} aria-label={`Retry: ${item.caption}`}>
            Retry
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => store().dismissError(item.id)}
            aria-label={`Discard: ${item.caption}`}
          >
            Discard
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small button--quiet button--danger"
          disabled={saving}
          onClick={() => void store().remove(item.id)}
          aria-label={`Remove ${item.kind === 'image' ? 'image' : 'link'}: ${item.caption}`}
        >
          Remove
        </button>
      )}
      {status?.state === 'error' ? (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      ) : null}
    </li>
  );
}

/** The image's description (its alt text), saved when the field is left or Enter is pressed; Escape puts it back. */
function CaptionField({ item }: { item: Evidence }) {
  // What is being typed; null when the field shows the stored description.
  const [typed, setTyped] = useState<string | null>(null);
  const save = () => {
    if (typed !== null && typed.trim() !== '' && typed !== item.caption) void evidenceStore.getState().update(item.id, { caption: typed });
    setTyped(null);
  };
  return (
    <figcaption>
      <input
        className="text-input evidence__caption"
        dir="auto"
        aria-label={`Description of the image ${item.fileName ?? ''}`.trim()}
        value={typed ?? item.caption}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') setTyped(null);
        }}
      />
    </figcaption>
  );
}
