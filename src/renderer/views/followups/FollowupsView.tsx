import { FormMessage } from '../common/FormMessage.tsx';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ACTION_PRIORITIES, ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionPriority, type ActionStatus } from '../../../shared/domain/actions.ts';
import { EFFECTIVENESS_FILTERS, STALE_DAYS_MAX } from '../../../shared/api/followups.ts';
import { EFFECTIVENESS_OUTCOME_LABELS, EFFECTIVENESS_OUTCOMES } from '../../../shared/domain/effectiveness.ts';
import { localTimeZone } from '../../../shared/time/zoned-time.ts';
import { followupsStore, meetingsStore, tagsStore, useFollowups, useMeetings, useTags } from '../../app/services.ts';
import { LEDGER_COLUMNS } from './ledger-columns.tsx';
import { LedgerExport } from './LedgerExport.tsx';
import { OwnerCountsPanel } from './OwnerCountsPanel.tsx';

const ROW_HEIGHT = 48;
/** A bulk change this large asks first. */
const CONFIRM_FROM = 25;

const count = (value: number, one: string, many: string) => `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

/** The follow-ups ledger (issue 15): every action item of every review, filtered, sorted, changed in bulk, exported. */
export function FollowupsView() {
  useEffect(() => followupsStore.getState().open(), []);
  useEffect(() => {
    document.title = 'Follow-ups · Debrief';
    void meetingsStore.getState().loadList();
    void meetingsStore.getState().loadServiceNames();
  }, []);

  return (
    <div className="ledger page">
      <div className="page__heading">
        <h1>Follow-ups</h1>
        <p className="page__lede">Every action item from every review on this computer: what is still open, what is late, and what nobody has touched.</p>
      </div>
      <div className="ledger__layout">
        <div className="ledger__main">
          <LedgerFilters />
          <LedgerTable />
        </div>
        <OwnerCountsPanel />
      </div>
    </div>
  );
}

function LedgerFilters() {
  const id = useId();
  const filter = useFollowups((state) => state.filter);
  const staleDays = useFollowups((state) => state.staleDays);
  const summaries = useMeetings((state) => state.summaries);
  const serviceNames = useMeetings((state) => state.serviceNames);
  const factors = useTags((state) => state.factors);
  useEffect(() => void tagsStore.getState().load(), []);
  const owners = useFollowups((state) => state.owners);
  const store = followupsStore.getState();
  const reviews = useMemo(() => [...summaries].sort((a, b) => (a.incidentId || a.title).localeCompare(b.incidentId || b.title)), [summaries]);

  const toggleIn = <T extends string>(list: readonly T[] | undefined, value: T, all: readonly T[]): T[] | undefined => {
    const current = new Set(list ?? []);
    if (current.has(value)) current.delete(value);
    else current.add(value);
    return current.size === 0 ? undefined : all.filter((candidate) => current.has(candidate));
  };

  return (
    <section className="panel ledger__filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Filters
      </h2>
      <div className="ledger__filter-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select
            id={`${id}-owner`}
            value={filter.owner ?? '\u0000any'}
            onChange={(event) => store.setFilter({ owner: event.target.value === '\u0000any' ? undefined : event.target.value })}
          >
            <option value={'\u0000any'}>Anyone</option>
            <option value="">Nobody yet</option>
            {owners
              .filter((owner) => owner.owner !== '')
              .map((owner) => (
                <option key={owner.owner} value={owner.owner}>
                  {owner.owner}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review</label>
          <select id={`${id}-review`} value={filter.meetingId ?? ''} onChange={(event) => store.setFilter({ meetingId: event.target.value || undefined })}>
            <option value="">All reviews</option>
            {reviews.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {[meeting.incidentId, meeting.title].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-service`}>Service affected</label>
          <select id={`${id}-service`} value={filter.service ?? ''} onChange={(event) => store.setFilter({ service: event.target.value || undefined })}>
            <option value="">Any service</option>
            {serviceNames.map((service) => (
              <option key={service.name} value={service.name}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-factor`}>Contributing factor</label>
          <select id={`${id}-factor`} value={filter.factor ?? ''} onChange={(event) => store.setFilter({ factor: event.target.value || undefined })}>
            <option value="">Any factor</option>
            {factors.map((factor) => (
              <option key={factor.id} value={factor.id}>
                {factor.retiredAt === null ? factor.name : `${factor.name} (retired)`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-effectiveness`}>Effectiveness</label>
          <select
            id={`${id}-effectiveness`}
            value={filter.effectiveness ?? ''}
            onChange={(event) => store.setFilter({ effectiveness: EFFECTIVENESS_FILTERS.find((value) => value === event.target.value) })}
          >
            <option value="">Checked or not</option>
            <option value="checked">Checked</option>
            <option value="not_checked">Not checked</option>
            {EFFECTIVENESS_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {EFFECTIVENESS_OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        </div>
        <div className="field ledger__stale-days">
          <label htmlFor={`${id}-stale-days`}>Stale after (days)</label>
          <input
            id={`${id}-stale-days`}
            type="number"
            min={1}
            max={STALE_DAYS_MAX}
            defaultValue={staleDays}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
            onBlur={(event) => {
              const days = Number(event.target.value);
              if (Number.isInteger(days) && days >= 1 && days <= STALE_DAYS_MAX && days !== staleDays) store.setStaleDays(days);
            }}
          />
        </div>
      </div>
      <div className="ledger__filter-row">
        <fieldset className="ledger__chips">
          <legend>Status</legend>
          {ACTION_STATUSES.map((status) => (
            <label key={status} className="ledger__chip">
              <input
                type="checkbox"
                checked={filter.status?.includes(status) ?? false}
                onChange={() => store.setFilter({ status: toggleIn<ActionStatus>(filter.status, status, ACTION_STATUSES) })}
              />
              {ACTION_STATUS_LABELS[status]}
            </label>
          ))}
        </fieldset>
        <fieldset className="ledger__chips">
          <legend>Priority</legend>
          {ACTION_PRIORITIES.map((priority) => (
            <label key={priority} className="ledger__chip">
              <input
                type="checkbox"
                checked={filter.priority?.includes(priority) ?? false}
                onChange={() => store.setFilter({ priority: toggleIn<ActionPriority>(filter.priority, priority, ACTION_PRIORITIES) })}
              />
              {priority}
            </label>
          ))}
        </fieldset>
        <fieldset className="ledger__chips">
          <legend>Needs attention</legend>
          <label className="ledger__chip">
            <input type="checkbox" checked={filter.overdue === true} onChange={(event) => store.setFilter({ overdue: event.target.checked })} />
            Overdue
          </label>
          <label className="ledger__chip">
            <input type="checkbox" checked={filter.dueThisWeek === true} onChange={(event) => store.setFilter({ dueThisWeek: event.target.checked })} />
            Due this week
          </label>
          <label className="ledger__chip">
            <input type="checkbox" checked={filter.stale === true} onChange={(event) => store.setFilter({ stale: event.target.checked })} />
            Stale
          </label>
        </fieldset>
        {Object.keys(filter).length > 0 ? (
          <button type="button" className="button button--small button--quiet ledger__clear" onClick={() => store.clearFilters()}>
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  );
}

function LedgerTable() {
  const id = useId();
  const rows = useFollowups((state) => state.rows);
  const total = useFollowups((state) => state.total);
  const loadState = useFollowups((state) => state.loadState);
  const error = useFollowups((state) => state.error);
  const sort = useFollowups((state) => state.sort);
  const selected = useFollowups((state) => state.selected);
  const filtered = useFollowups((state) => Object.keys(state.filter).length > 0);
  const store = followupsStore.getState();
  const timeZone = useMemo(() => localTimeZone(), []);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders the list on scroll by design
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) store.ensureRange(first, last);
  }, [first, last, total, store]);

  const selectedCount = Object.keys(selected).length;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <section className="panel ledger__list" aria-labelledby={`${id}-heading`}>
      <div className="ledger__list-heading">
        <h2 id={`${id}-heading`}>Action items</h2>
        <p className="muted" role="status" data-testid="ledger-count">
          {loadState === 'loading' && total === 0 ? 'Reading…' : `${count(total, 'item matches', 'items match')}`}
        </p>
      </div>
      <BulkBar selectedCount={selectedCount} total={total} />
      <FormMessage message={error} />
      {loadState === 'ready' && total === 0 ? (
        <div className="empty-state" data-testid="ledger-empty">
          <p className="empty-state__title">{filtered ? 'No action items match these filters' : 'No action items yet'}</p>
          <p>
            {filtered
              ? 'Loosen a filter, or clear them all, to see more of the ledger.'
              : 'Action items agreed in a review appear here, with every other review’s, until they are done.'}
          </p>
        </div>
      ) : null}
      {total > 0 ? (
        <div className="ledger__scroller" ref={scroller} data-testid="ledger-scroller">
          <table className="ledger__table" aria-rowcount={total + 1} aria-labelledby={`${id}-heading`}>
            <colgroup>
              <col style={{ width: '2.75rem' }} />
              {LEDGER_COLUMNS.map((column) => (
                <col key={column.key} style={column.width ? { width: column.width } : undefined} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">
                  <span className="visually-hidden">Ticked</span>
                </th>
                {LEDGER_COLUMNS.map((column) => {
                  const { sortBy } = column;
                  if (sortBy === undefined) {
                    return (
                      <th key={column.key} scope="col">
                        <span className="ledger__sort">{column.label}</span>
                      </th>
                    );
                  }
                  const sorted = sort.column === sortBy;
                  return (
                    <th key={column.key} scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                      <button type="button" className="ledger__sort" onClick={() => store.sortBy(sortBy)}>
                        {column.label}
                        <span aria-hidden="true" className="ledger__sort-mark">
                          {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {before > 0 ? (
                <tr aria-hidden="true" className="ledger__spacer">
                  <td colSpan={LEDGER_COLUMNS.length + 1} style={{ height: before }} />
                </tr>
              ) : null}
              {items.map((virtual) => {
                const row = rows[virtual.index];
                if (!row) {
                  return (
                    <tr key={`pending-${virtual.index}`} aria-rowindex={virtual.index + 2} style={{ height: ROW_HEIGHT }}>
                      <td colSpan={LEDGER_COLUMNS.length + 1} className="muted">
                        Reading…
                      </td>
                    </tr>
                  );
                }
                const ticked = Object.hasOwn(selected, row.item.id);
                return (
                  <tr
                    key={row.item.id}
                    aria-rowindex={virtual.index + 2}
                    style={{ height: ROW_HEIGHT }}
                    className={[ticked ? 'is-selected' : '', row.overdue ? 'is-overdue' : ''].filter(Boolean).join(' ')}
                    data-testid="ledger-row"
                  >
                    <td>
                      <input type="checkbox" checked={ticked} onChange={() => store.toggle(row)} aria-label={`Tick “${row.item.title}”`} />
                    </td>
                    {LEDGER_COLUMNS.map((column) => (
                      <td key={column.key} data-column={column.key}>
                        {column.cell(row, timeZone)}
                      </td>
                    ))}
                  </tr>
                );
              })}
              {after > 0 ? (
                <tr aria-hidden="true" className="ledger__spacer">
                  <td colSpan={LEDGER_COLUMNS.length + 1} style={{ height: after }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : null}
      <LedgerExport total={total} />
    </section>
  );
}

function BulkBar({ selectedCount, total }: { selectedCount: number; total: number }) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus>('done');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const store = followupsStore.getState();

  const apply = async () => {
    setConfirming(false);
    const result = await store.applyStatus(status);
    setMessage({ ok: result.ok, text: result.message });
  };

  return (
    <div className="ledger__bulk" role="group" aria-label="Change many at once">
      <span className="ledger__bulk-count" data-testid="ledger-selected">
        {selectedCount === 0 ? 'None ticked' : `${count(selectedCount, 'item', 'items')} ticked`}
      </span>
      <button type="button" className="button button--small" onClick={() => void store.selectAllMatching()} disabled={total === 0}>
        Tick all {count(total, 'match', 'matches')}
      </button>
      {selectedCount > 0 ? (
        <button type="button" className="button button--small button--quiet" onClick={() => store.clearSelection()}>
          Untick all
        </button>
      ) : null}
      <span className="ledger__bulk-change">
        <label htmlFor={`${id}-status`}>Set status to</label>
        <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {ACTION_STATUS_LABELS[candidate]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={selectedCount === 0}
          onClick={() => (selectedCount >= CONFIRM_FROM ? setConfirming(true) : void apply())}
        >
          Apply to ticked
        </button>
      </span>
      {confirming ? (
        <div className="ledger__confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Set {count(selectedCount, 'item', 'items')} to {ACTION_STATUS_LABELS[status]}? You can undo it right after.
          </p>
          <button type="button" className="button button--small button--primary" onClick={() => void apply()} autoFocus>
            Set {count(selectedCount, 'item', 'items')}
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p className={message.ok ? 'field__hint' : 'form-message'} role={message.ok ? 'status' : 'alert'} data-testid="ledger-bulk-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
