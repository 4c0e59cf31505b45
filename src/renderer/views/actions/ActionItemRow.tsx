import type { KeyboardEvent } from 'react';
import {
  ACTION_CATEGORIES,
  ACTION_CATEGORY_LABELS,
  ACTION_HORIZON_LABELS,
  ACTION_HORIZONS,
  ACTION_PRIORITIES,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
} from '../../../shared/domain/actions.ts';
import { actionsStore } from '../../app/services.ts';
import type { ActionRow } from '../../stores/actions/action-rows.ts';
import type { ActionPatch } from '../../stores/actions/actions-store.ts';
import { EntryStatusLabel } from '../timeline/EntryStatusLabel.tsx';
import { ActionOptionSelect } from './ActionOptionSelect.tsx';
import { ActionTextCell } from './ActionTextCell.tsx';
import { FindingSelect } from './FindingSelect.tsx';
import { ShowOnScreenButton } from '../audience/ShowOnScreenButton.tsx';

interface ActionItemRowProps {
  row: ActionRow;
  index: number;
  count: number;
  /** The datalist of participant names offered as owners (see OwnerNames). */
  ownerListId?: string;
}

/** One item, every field editable in place; Alt+Up and Alt+Down move it in the list. */
export function ActionItemRow({ row, index, count, ownerListId }: ActionItemRowProps) {
  const { item, status } = row;
  const store = actionsStore.getState;
  const save = (patch: ActionPatch) => store().update(item.id, patch);
  const name = item.title || 'this item';

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const target = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (target < 0 || target >= count) return;
    const focused = document.activeElement;
    void store()
      .move(item.id, target)
      .then(() => {
        if (focused instanceof HTMLElement) focused.focus();
      });
  };

  return (
    <li className="action-row" data-testid="action-row" data-status={item.status} data-action-id={item.id} onKeyDown={onKeyDown}>
      <span className="action-row__number" aria-hidden="true">
        {index + 1}
      </span>
      <ActionTextCell
        itemId={item.id}
        field="title"
        label="Action"
        value={item.title}
        blameFieldId={`action-title-${item.id}`}
        onCommit={(title) => save({ title })}
      />
      <ActionTextCell
        itemId={item.id}
        field="owner"
        label={`Owner of ${name}`}
        value={item.owner}
        placeholder="Owner"
        list={ownerListId}
        onCommit={(owner) => save({ owner })}
      />
      <ActionTextCell
        itemId={item.id}
        field="dueOn"
        label={`Due date of ${name}`}
        value={item.dueOn ?? ''}
        placeholder="YYYY-MM-DD"
        onCommit={(text) => save({ dueOn: text.trim() === '' ? null : text.trim() })}
      />
      <span className="action-row__choices">
        <ActionOptionSelect
          label={`Priority of ${name}`}
          value={item.priority}
          options={ACTION_PRIORITIES}
          onValueChange={(priority) => priority && void save({ priority })}
        />
        <ActionOptionSelect
          label={`Horizon of ${name}`}
          value={item.horizon}
          options={ACTION_HORIZONS}
          labels={ACTION_HORIZON_LABELS}
          onValueChange={(horizon) => horizon && void save({ horizon })}
        />
        <ActionOptionSelect
          label={`Category of ${name}`}
          value={item.category}
          options={ACTION_CATEGORIES}
          labels={ACTION_CATEGORY_LABELS}
          emptyLabel="No category"
          onValueChange={(category) => void save({ category })}
        />
        <ActionOptionSelect
          label={`Status of ${name}`}
          value={item.status}
          options={ACTION_STATUSES}
          labels={ACTION_STATUS_LABELS}
          onValueChange={(value) => value && void save({ status: value })}
        />
        <FindingSelect
          className="action-row__finding"
          label={`Finding addressed by ${name}`}
          link={{ whyId: item.whyId, noteId: item.noteId }}
          onLinkChange={(link) => void save(link)}
        />
      </span>
      <span className="action-row__end">
        <EntryStatusLabel status={status} />
        {status.state === 'error' && status.canRetry ? (
          <button type="button" className="button button--small" onClick={() => store().retry(item.id)}>
            Retry
          </button>
        ) : null}
        {status.state === 'saved' ? <ShowOnScreenButton focus={{ kind: 'action_item', id: item.id }} label={name} /> : null}
        <button
          type="button"
          className="button button--small button--quiet button--danger"
          aria-label={`Delete ${name}`}
          onClick={() => void store().remove(item.id)}
        >
          Delete
        </button>
      </span>
      {status.state === 'error' ? (
        <p className="action-row__error" role="alert">
          {status.message}
        </p>
      ) : null}
    </li>
  );
}
