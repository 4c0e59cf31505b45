import type { MethodInput } from '../../../shared/api/contract.ts';
import { MAX_IMAGE_BYTES, type Evidence, type EvidenceTarget } from '../../../shared/domain/evidence.ts';
import { captionFromFileName } from '../../../shared/evidence/link-url.ts';
import { notAnImageMessage, sniffImageType } from '../../../shared/evidence/sniff-image.ts';
import { uploadTooLargeMessage } from '../../../shared/evidence/upload-request.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { createMeetingCollection, type CollectionState } from '../meeting-collection.ts';
import { withoutKey } from '../records.ts';
import type { UndoStack } from '../undo-stack.ts';

export type EvidenceField = 'url' | 'caption' | 'file';

const EVIDENCE_FORM_FIELDS: Readonly<Record<string, EvidenceField>> = { url: 'url', caption: 'caption', bytes: 'file', fileName: 'file' };

export type EvidencePatch = MethodInput<'evidence.update'>['patch'];

/** An add of either kind: a link carries its url; an image's bytes wait in the store until the upload takes them. */
interface AddInput {
  id: string;
  meetingId: string;
  target: EvidenceTarget;
  targetId: string;
  caption: string;
  createdAt?: number;
  fileName?: string;
  url?: string;
}

/** A file the person picked, pasted or dropped, read into memory. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface EvidenceState extends CollectionState<Evidence, EvidenceField, EvidencePatch> {
  /** Share of an upload sent so far (0 to 1), by evidence id, while it is on its way. */
  progress: Record<string, number>;
  /** Object URLs of images read back, by evidence id, for thumbnails. */
  imageUrls: Record<string, string>;

  /** Checks the file (type from its content, size) and uploads it; a refusal names the file and the reason. */
  attachImage(target: EvidenceTarget, targetId: string, file: PickedFile, caption?: string): ActionResult<EvidenceField, string>;
  addLink(target: EvidenceTarget, targetId: string, url: string, caption?: string): ActionResult<EvidenceField, string>;
  /** Reads an image's bytes for its thumbnail, once. */
  loadImage(id: string): Promise<void>;
}

type EvidenceOwn = Pick<EvidenceState, 'progress' | 'imageUrls' | 'attachImage' | 'addLink' | 'loadImage'>;

const byCreation = (items: readonly Evidence[], item: Evidence) =>
  [...items.filter((other) => other.id !== item.id), item].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

/** Object URLs of images in a browser; none where there is no URL.createObjectURL (unit tests in Node). */
function objectUrl(bytes: Uint8Array, mediaType: string): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
}

/**
 * The evidence of the open meeting: images and links on timeline events, whys and notes. Images go up by the client's
 * upload route; their bytes stay here while the upload runs, and are read back before a delete so that undo can put
 * the same image back.
 */
export function createEvidenceStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  /** Image bytes held for an upload on its way, or for undoing a delete. */
  const heldBytes = new Map<string, Uint8Array<ArrayBuffer>>();

  const made = createMeetingCollection<Evidence, AddInput, EvidenceField, EvidencePatch, EvidenceOwn>(
    client,
    undo,
    {
      entity: 'evidence',
      load: async (meetingId) => ({ items: await client.call('evidence.list', { meetingId }) }),
      fetchOne: (id) => client.call('evidence.get', { id }),
      place: byCreation,
      add: async ({ url, fileName, ...input }) => {
        if (url !== undefined) return client.call('evidence.addLink', { ...input, url });
        const bytes = heldBytes.get(input.id);
        if (!bytes) throw new Error(`The image "${input.caption}" is no longer here to send: attach it again.`);
        const stored = await client.upload({ ...input, ...(fileName ? { fileName } : {}), bytes }, (sent) => setProgress(input.id, sent));
        heldBytes.delete(input.id);
        return stored;
      },
      checkUpdate: (id, patch) => checkInput('evidence.update', { id, patch }),
      update: (id, patch) => client.call('evidence.update', { id, patch }),
      patchLocally: (item, patch) => ({ ...item, ...patch }),
      delete: async (id) => {
        const item = store.getState().items.find((candidate) => candidate.id === id);
        // Read the image before it goes, so that undo uploads the very same bytes again.
        if (item?.kind === 'image' && !heldBytes.has(id)) heldBytes.set(id, new Uint8Array((await client.image(id)).bytes));
        return client.call('evidence.delete', { id });
      },
      restoreInput: ({ id, meetingId, target, targetId, caption, createdAt, fileName, url }) => ({
        id,
        meetingId,
        target,
        targetId,
        caption,
        createdAt,
        ...(fileName ? { fileName } : {}),
        ...(url ? { url } : {}),
      }),
      deletedText: (item) => item.caption,
      deletedVerb: 'Removed',
      formFields: EVIDENCE_FORM_FIELDS,
    },
    ({ set, get, send }) => {
      const draftOf = (input: AddInput, kind: Evidence['kind'], extra: Partial<Evidence>): Evidence => ({
        id: input.id,
        meetingId: input.meetingId,
        target: input.target,
        targetId: input.targetId,
        kind,
        caption: input.caption,
        url: input.url ?? null,
        mediaType: null,
        byteSize: null,
        fileName: input.fileName ?? null,
        createdAt: input.createdAt ?? now(),
        updatedAt: now(),
        ...extra,
      });

      return {
        progress: {},
        imageUrls: {},

        attachImage(target, targetId, file, caption) {
          const meetingId = get().meetingId;
          if (!meetingId) return failed({ field: 'file', message: 'Open a meeting before attaching an image.' });
          if (file.bytes.byteLength > MAX_IMAGE_BYTES) return failed({ field: 'file', message: uploadTooLargeMessage(file.name) });
          const mediaType = sniffImageType(file.bytes);
          if (!mediaType) return failed({ field: 'file', message: notAnImageMessage(file.name, file.bytes) });
          const input: AddInput = { id: newId(), meetingId, target, targetId, caption: caption?.trim() || captionFromFileName(file.name), fileName: file.name };
          const invalid = checkInput('evidence.upload', { ...input, bytes: file.bytes });
          if (invalid) return failed(toFormError(invalid, EVIDENCE_FORM_FIELDS));
          heldBytes.set(input.id, file.bytes);
          const url = objectUrl(file.bytes, mediaType);
          if (url) set((state) => ({ imageUrls: { ...state.imageUrls, [input.id]: url } }));
          send(input, draftOf(input, 'image', { mediaType, byteSize: file.bytes.byteLength }));
          return succeeded(input.id);
        },

        addLink(target, targetId, url, caption) {
          const meetingId = get().meetingId;
          if (!meetingId) return failed({ field: 'url', message: 'Open a meeting before adding a link.' });
          const text = caption?.trim();
          const input: AddInput = { id: newId(), meetingId, target, targetId, url: url.trim(), caption: text || url.trim() };
          const invalid = checkInput('evidence.addLink', { ...input, url: input.url ?? '' });
          if (invalid) return failed(toFormError(invalid, EVIDENCE_FORM_FIELDS));
          send(input, draftOf(input, 'link', {}));
          return succeeded(input.id);
        },

        async loadImage(id) {
          if (Object.hasOwn(get().imageUrls, id)) return;
          const held = heldBytes.get(id);
          const item = get().items.find((candidate) => candidate.id === id);
          try {
            const image = held && item?.mediaType ? { bytes: held, mediaType: item.mediaType } : await client.image(id);
            const url = objectUrl(image.bytes, image.mediaType);
            if (url) set((state) => ({ imageUrls: { ...state.imageUrls, [id]: url } }));
          } catch {
            // The thumbnail shows its caption instead; the item itself is listed as usual.
          }
        },
      };
    },
  );

  const [, store] = made;
  return made;

  function setProgress(id: string, sent: number): void {
    store.setState((state) => ({ progress: sent >= 1 ? withoutKey(state.progress, id) : { ...state.progress, [id]: sent } }));
  }
}
