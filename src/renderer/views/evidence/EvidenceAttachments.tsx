import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';
import { IMAGE_MEDIA_TYPES, type Evidence, type EvidenceTarget } from '../../../shared/domain/evidence.ts';
import { evidenceStore, useEvidence } from '../../app/services.ts';
import type { PickedFile } from '../../stores/evidence/evidence-store.ts';
import { EvidenceItem } from './EvidenceItem.tsx';

interface EvidenceAttachmentsProps {
  meetingId: string;
  target: EvidenceTarget;
  targetId: string;
  /** What the evidence is attached to, as the buttons name it for a screen reader ("Replication lag alert"). */
  itemLabel: string;
}

async function readFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name || 'Pasted image', bytes: new Uint8Array(await file.arrayBuffer()) })));
}

const ACCEPT = IMAGE_MEDIA_TYPES.join(',');

/** Follows the meeting's evidence; whether this item has any. For lists too long to show the controls on every item. */
export function useHasEvidence(meetingId: string, targetId: string): boolean {
  useEffect(() => {
    if (evidenceStore.getState().meetingId !== meetingId) void evidenceStore.getState().open(meetingId);
  }, [meetingId]);
  return useEvidence(
    (state) => state.items.some((item) => item.targetId === targetId) || Object.values(state.drafts).some((item) => item.targetId === targetId),
  );
}

/**
 * Evidence on one item: its images (thumbnails with their descriptions) and links, an Attach button (file picker), a
 * link form, and pasting or dropping an image anywhere in it. An image is checked here first (type from its content,
 * 10 MB); a refusal names the file and says why.
 */
export function EvidenceAttachments({ meetingId, target, targetId, itemLabel }: EvidenceAttachmentsProps) {
  const items = useEvidence((state) => state.items);
  const drafts = useEvidence((state) => state.drafts);
  const hidden = useEvidence((state) => state.hidden);
  const [problem, setProblem] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (evidenceStore.getState().meetingId !== meetingId) void evidenceStore.getState().open(meetingId);
  }, [meetingId]);

  const mine = useMemo(() => {
    const attached = (item: Evidence) => item.target === target && item.targetId === targetId && !hidden[item.id];
    const stored = new Set(items.map((item) => item.id));
    return [...items.filter(attached), ...Object.values(drafts).filter((draft) => attached(draft) && !stored.has(draft.id))];
  }, [items, drafts, hidden, target, targetId]);

  const attach = async (files: Iterable<File>) => {
    const picked = await readFiles(files);
    const refusals: string[] = [];
    for (const file of picked) {
      const result = evidenceStore.getState().attachImage(target, targetId, file);
      if (!result.ok) refusals.push(result.error.message);
    }
    setProblem(refusals.length > 0 ? refusals.join(' ') : null);
  };

  const imageFiles = (list: FileList | null | undefined): File[] => [...(list ?? [])];

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const files = imageFiles(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    void attach(files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const files = imageFiles(event.dataTransfer.files);
    if (files.length === 0) return;
    event.preventDefault();
    void attach(files);
  };

  return (
    <div
      className={`evidence${dragging ? ' evidence--dragging' : ''}`}
      role="group"
      aria-label={`Evidence for ${itemLabel}`}
      data-testid="evidence"
      onPaste={onPaste}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {mine.length > 0 ? (
        <ul className="evidence__list">
          {mine.map((item) => (
            <EvidenceItem key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      <div className="evidence__controls">
        <button type="button" className="button button--small button--quiet" aria-describedby={hintId} onClick={() => fileInput.current?.click()}>
          Attach image
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          data-testid="evidence-file"
          onChange={(event) => {
            const files = imageFiles(event.currentTarget.files);
            event.currentTarget.value = '';
            void attach(files);
          }}
        />
        <button type="button" className="button button--small button--quiet" aria-expanded={linking} onClick={() => setLinking(!linking)}>
          Add link
        </button>
        <span id={hintId} className="visually-hidden">
          PNG, JPEG, GIF or WebP, up to 10 MB. You can also paste or drop an image here.
        </span>
      </div>
      {linking ? (
        <LinkForm
          itemLabel={itemLabel}
          onAdd={(url, caption) => {
            const result = evidenceStore.getState().addLink(target, targetId, url, caption);
            if (result.ok) setLinking(false);
            return result.ok ? null : result.error.message;
          }}
          onCancel={() => setLinking(false)}
        />
      ) : null}
      {problem ? (
        <p className="field-error evidence__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function LinkForm({ itemLabel, onAdd, onCancel }: { itemLabel: string; onAdd(url: string, caption: string): string | null; onCancel(): void }) {
  const [url, setUrl] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  const urlId = useId();
  const captionId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onAdd(url, caption);
    setError(problem ? `The address ${problem}.` : null);
  };
  return (
    <form className="evidence__link-form" aria-label={`Add a link to ${itemLabel}`} onSubmit={submit}>
      <label htmlFor={urlId}>Address</label>
      <input
        id={urlId}
        className="text-input"
        type="url"
        inputMode="url"
        placeholder="https://grafana.example.com/d/…"
        value={url}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
        autoFocus
      />
      <label htmlFor={captionId}>Text (optional)</label>
      <input id={captionId} className="text-input" dir="auto" value={caption} onChange={(event) => setCaption(event.target.value)} />
      <button type="submit" className="button button--small">
        Add link
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
