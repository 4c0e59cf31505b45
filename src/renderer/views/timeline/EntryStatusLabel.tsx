import type { EntryStatus } from '../../stores/timeline/timeline-rows.ts';

const TEXT: Record<EntryStatus['state'], string> = {
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

export function EntryStatusLabel({ status }: { status: EntryStatus }) {
  return (
    <span className={`entry-status entry-status--${status.state}`} data-status={status.state}>
      <span className="entry-status__dot" aria-hidden="true" />
      {TEXT[status.state]}
    </span>
  );
}
