import { useMemo, type SelectHTMLAttributes } from 'react';
import { useActions } from '../../app/services.ts';
import { findingLink, findingOptions, findingValue, type FindingLink } from './finding-options.ts';

interface FindingSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  label: string;
  link: FindingLink;
  onLinkChange(link: FindingLink): void;
}

/** Picks the root cause, contributing factor or note an item addresses, grouped by kind. */
export function FindingSelect({ label, link, onLinkChange, ...selectProps }: FindingSelectProps) {
  const whys = useActions((state) => state.whys);
  const notes = useActions((state) => state.notes);
  const options = useMemo(() => findingOptions(whys, notes, link), [whys, notes, link]);
  const groups = [...new Set(options.map((option) => option.group))];
  return (
    <select {...selectProps} aria-label={label} value={findingValue(link)} onChange={(event) => onLinkChange(findingLink(event.target.value))}>
      <option value="">No finding</option>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {options
            .filter((option) => option.group === group)
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
