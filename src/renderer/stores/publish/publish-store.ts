import type { GitCommitResult, PublishResult } from '../../../shared/api/publish.ts';
import type { PublishSource } from '../../../shared/publish/publication.ts';
import type { ReviewState } from '../../../shared/domain/review.ts';
import type { ReportLayout } from '../../../shared/report/layouts.ts';
import type { ApiClient } from '../../api/client.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { describeError } from '../meeting-collection.ts';

/** The folder last published into, offered next time (per window's storage, like the export dialog's choices). */
export const PUBLISH_FOLDER_KEY = 'debrief.publish.folder';

export type Outcome<Value> = { ok: true; value: Value } | { ok: false; message: string };

export interface PublishState {
  /** The folder typed or picked; remembered once something was published into it. */
  folder: string;
  setFolder(folder: string): void;
  /**
   * Publishes the meeting into `folder`: marks it published first when asked (through in review, the one way the
   * lifecycle allows), reads its archive afresh so the files record the state it is in, builds the files with the one
   * pipeline and has the main process write them. `redact` is the export dialog's redaction, applied to what was read
   * so every file carries the same text.
   */
  publish(request: {
    meetingId: string;
    layout: ReportLayout;
    /** The export dialog's "key moments only, full timeline as an appendix". */
    keyMoments?: boolean;
    markPublished: boolean;
    redact?: (source: PublishSource) => PublishSource;
  }): Promise<Outcome<PublishResult>>;
  /** Commits the folder's files and the README with the user's git. */
  commit(folder: string): Promise<Outcome<GitCommitResult>>;
}

function rememberedFolder(): string {
  try {
    return localStorage.getItem(PUBLISH_FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The states a review passes through on its way to published, from `state`. */
export function stepsToPublished(state: ReviewState): ReviewState[] {
  if (state === 'draft') return ['in_review', 'published'];
  if (state === 'in_review') return ['published'];
  return [];
}

export function createPublishStore(client: ApiClient) {
  return createDomainStore<PublishState>((set, get) => ({
    folder: rememberedFolder(),
    setFolder: (folder) => set({ folder }),
    async publish({ meetingId, layout, keyMoments = false, markPublished, redact = (source) => source }) {
      const dir = get().folder.trim();
      try {
        if (markPublished) {
          const review = await client.call('review.get', { meetingId });
          for (const state of stepsToPublished(review.state)) await client.call('review.setState', { meetingId, state });
        }
        const [archive, backlog] = await Promise.all([client.call('archive.export', { meetingId }), client.call('actions.openFromEarlier', { meetingId })]);
        // The Word writer and its library load only when something is first published, as for Export.
        const { publicationFiles } = await import('../../../shared/publish/publication.ts');
        const result = await client.call('publish.write', await publicationFiles(redact({ archive, backlog }), dir, layout, keyMoments));
        try {
          localStorage.setItem(PUBLISH_FOLDER_KEY, dir);
        } catch {
          // Not remembered: the folder is typed again next time.
        }
        return { ok: true, value: result };
      } catch (error) {
        return { ok: false, message: describeError(error) };
      }
    },
    async commit(folder) {
      try {
        return { ok: true, value: await client.call('publish.commit', { dir: get().folder.trim(), folder }) };
      } catch (error) {
        return { ok: false, message: describeError(error) };
      }
    },
  }));
}
