import { useId, useState } from 'react';
import type { GitCommitResult, PublishResult } from '../../../shared/api/publish.ts';
import { REVIEW_STATE_LABELS, type ReviewState } from '../../../shared/domain/review.ts';
import type { PublishSource } from '../../../shared/publish/publication.ts';
import type { ReportLayout } from '../../../shared/report/layouts.ts';
import { publishStore, usePublish } from '../../app/services.ts';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'working'; message: string }
  | { kind: 'published'; result: PublishResult; git: GitCommitResult | null }
  | { kind: 'error'; message: string };

const reviewsText = (count: number) => (count === 1 ? '1 review' : `${count} reviews`);

/**
 * Publishing into a shared folder (a clone of the team's post-mortem repository, say): the report in Markdown and
 * Word and the archive in a folder of their own, and a row in the folder's README. The main process writes them; the
 * desktop app offers its folder picker, the browser page takes a typed path. A review not yet published is offered to
 * be marked published first; after publishing into a git working copy, a commit is offered.
 */
export function PublishPanel({
  meetingId,
  layout,
  keyMoments,
  reviewState,
  redact,
}: {
  meetingId: string;
  layout: ReportLayout;
  /** The key-moments option chosen above it in the export dialog. */
  keyMoments: boolean;
  reviewState: ReviewState;
  /** The redaction chosen above it in the export dialog. */
  redact(source: PublishSource): PublishSource;
}) {
  const id = useId();
  const folder = usePublish((state) => state.folder);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const pickFolder = window.debrief?.pickFolder;
  const busy = step.kind === 'working';

  const publish = async (markPublished: boolean) => {
    setStep({ kind: 'working', message: 'Publishing…' });
    const outcome = await publishStore.getState().publish({ meetingId, layout, keyMoments, markPublished, redact });
    setStep(outcome.ok ? { kind: 'published', result: outcome.value, git: null } : { kind: 'error', message: `Not published: ${outcome.message}` });
  };

  const start = () => {
    if (folder.trim() === '' || busy) return;
    if (reviewState === 'published') void publish(false);
    else setStep({ kind: 'confirm' });
  };

  const commit = async (result: PublishResult) => {
    setStep({ kind: 'working', message: 'Committing…' });
    const outcome = await publishStore.getState().commit(result.folder);
    setStep(
      outcome.ok ? { kind: 'published', result, git: outcome.value } : { kind: 'published', result, git: { committed: false, message: outcome.message } },
    );
  };

  const choose = async () => {
    const chosen = await pickFolder?.('publish');
    if (chosen) publishStore.getState().setFolder(chosen);
  };

  return (
    <section className="publish-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Publish to a shared folder</h3>
      <p className="field__hint" id={`${id}-hint`}>
        Writes the report in Markdown and Word and the review&rsquo;s archive into a folder of their own, and lists the review in the folder&rsquo;s README.md.
        The files record the review&rsquo;s state, and the sensitive text chosen above is replaced in all of them.
      </p>
      <div className="field">
        <label htmlFor={`${id}-folder`}>Folder</label>
        <div className="publish-panel__folder">
          <input
            id={`${id}-folder`}
            type="text"
            dir="auto"
            spellCheck={false}
            autoComplete="off"
            placeholder={pickFolder ? 'Choose a folder' : 'Full path, such as /home/me/postmortems'}
            aria-describedby={`${id}-hint`}
            value={folder}
            onChange={(event) => {
              publishStore.getState().setFolder(event.target.value);
              if (step.kind !== 'working') setStep({ kind: 'idle' });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') start();
            }}
            data-testid="publish-folder"
          />
          {pickFolder ? (
            <button type="button" className="button button--small" onClick={() => void choose()} disabled={busy}>
              Choose…
            </button>
          ) : null}
        </div>
      </div>
      {step.kind === 'confirm' ? (
        <div className="publish-panel__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>This review is {REVIEW_STATE_LABELS[reviewState]}. Mark it published as well?</p>
          <button type="button" className="button button--primary button--small" onClick={() => void publish(true)}>
            Mark published and publish
          </button>
          <button type="button" className="button button--small" onClick={() => void publish(false)}>
            Publish as {REVIEW_STATE_LABELS[reviewState]}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={start} disabled={busy || folder.trim() === ''} data-testid="publish-button">
          {step.kind === 'working' ? step.message : 'Publish to folder'}
        </button>
      )}
      <p role="status" className="publish-panel__status" data-testid="publish-status">
        {step.kind === 'published' ? (
          <>
            Published to <bdi>{step.result.path}</bdi>; the folder&rsquo;s index lists {reviewsText(step.result.indexed)}.
            {step.git ? ` ${step.git.message}` : ''}
          </>
        ) : null}
      </p>
      {step.kind === 'published' && step.result.gitWorkTree && !step.git?.committed ? (
        <div className="publish-panel__git">
          <p className="field__hint">This folder is in a git working copy. Commit the files written, with your own git name and e-mail? Nothing is pushed.</p>
          <button type="button" className="button button--small" onClick={() => void commit(step.result)} data-testid="publish-commit">
            Commit to git
          </button>
        </div>
      ) : null}
      {step.kind === 'error' ? (
        <p className="form-message" role="alert">
          {step.message}
        </p>
      ) : null}
    </section>
  );
}
