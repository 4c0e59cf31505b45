import { useRef, useState } from 'react';
import type { Meeting, MetricChange } from '../../../shared/domain/meeting.ts';
import { factsStore } from '../../app/services.ts';
import { FormMessage } from '../common/FormMessage.tsx';

const COLUMNS = [
  ['metric', 'Metric'],
  ['before', 'Before'],
  ['after', 'After'],
] as const;

/**
 * INC-2's metrics: what was measured, before and after the mitigation, one row each. Rows are edited here and saved
 * together when a field is left; a row needs its metric's name.
 */
export function MetricsEditor({ idPrefix, meeting }: { idPrefix: string; meeting: Meeting }) {
  const [rows, setRowsState] = useState<MetricChange[] | null>(null);
  // What is typed now, so a save that returns after more typing does not throw the newer typing away.
  const latest = useRef<MetricChange[] | null>(null);
  const setRows = (next: MetricChange[] | null) => {
    latest.current = next;
    setRowsState(next);
  };
  const [message, setMessage] = useState<string | null>(null);
  const shown = rows ?? meeting.metrics;

  const save = async (next: MetricChange[]) => {
    const filled = next.filter((row) => row.metric.trim() !== '' || row.before.trim() !== '' || row.after.trim() !== '');
    if (filled.some((row) => row.metric.trim() === '')) {
      setMessage('Each metric needs a name: what was measured.');
      return;
    }
    const result = await factsStore.getState().update(meeting.id, { metrics: filled });
    if (result.ok) {
      if (latest.current === next) setRows(null);
      setMessage(null);
    } else setMessage(`Metrics ${result.error.message}.`);
  };

  const edit = (index: number, field: keyof MetricChange, value: string) => setRows(shown.map((row, at) => (at === index ? { ...row, [field]: value } : row)));

  return (
    <div className="metrics-editor" data-testid="metrics">
      <h4 id={`${idPrefix}-metrics-heading`}>Metrics, before → after</h4>
      <table className="metrics-editor__table" aria-labelledby={`${idPrefix}-metrics-heading`}>
        <thead>
          <tr>
            {COLUMNS.map(([, label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={index}>
              {COLUMNS.map(([field, label]) => (
                <td key={field}>
                  <input
                    type="text"
                    dir="auto"
                    autoComplete="off"
                    aria-label={`${label} of metric ${index + 1}`}
                    value={row[field]}
                    onChange={(event) => edit(index, field, event.target.value)}
                    onBlur={() => {
                      if (rows) void save(rows);
                    }}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove metric ${index + 1}`}
                  onClick={() => void save(shown.filter((_, at) => at !== index))}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => setRows([...shown, { metric: '', before: '', after: '' }])}>
        Add a metric
      </button>
      <FormMessage message={message} />
    </div>
  );
}
