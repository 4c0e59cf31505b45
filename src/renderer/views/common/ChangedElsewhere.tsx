/** The small mark next to a field whose words someone else just replaced. */
export function ChangedElsewhereMark({ show, by, detail }: { show: boolean; by: string; detail?: string }) {
  if (!show) return null;
  return (
    <span className="changed-elsewhere" role="status" data-testid="changed-elsewhere">
      Changed by {by}
      {detail ? `: ${detail}` : ''}
    </span>
  );
}
