import { readableFormats } from '../../../shared/timeline/formats/registry.ts';
import type { ReaderChoices, TimelineFormat } from '../../../shared/timeline/formats/timeline-reader.ts';
import type { FormatChoice } from './import-source.ts';

export interface ReaderSettings {
  choice: FormatChoice;
  /** Slack channels left out; every other channel is read. */
  skippedChannels: readonly string[];
  timeField: string;
  messageField: string;
  actorField: string;
  from: string;
  until: string;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  choice: 'auto',
  skippedChannels: [],
  timeField: '',
  messageField: '',
  actorField: '',
  from: '',
  until: '',
};

interface ImportReaderOptionsProps {
  settings: ReaderSettings;
  /** The format the file is read as now (recognised or chosen). */
  format: TimelineFormat | null;
  choices: ReaderChoices;
  /** Why From or Until cannot be read, by field. */
  windowErrors: { from: string | null; until: string | null };
  timeZone: string;
  onChange(settings: ReaderSettings): void;
}

const FIELD_CHOICES = [
  ['timeField', 'Time field'],
  ['messageField', 'Message field'],
  ['actorField', 'Actor field'],
] as const;

/** How to read the file: its format, and what that format lets a person choose (channels, fields, a time window). */
export function ImportReaderOptions({ settings, format, choices, windowErrors, timeZone, onChange }: ImportReaderOptionsProps) {
  const readers = readableFormats();
  const recognised = settings.choice === 'auto' && format ? readers.find((reader) => reader.format === format)?.label : null;
  const set = (patch: Partial<ReaderSettings>) => onChange({ ...settings, ...patch });
  return (
    <div className="import-dialog__options">
      <div className="field">
        <label htmlFor="import-format">Read as</label>
        <select
          id="import-format"
          value={settings.choice}
          onChange={(event) => set({ choice: event.target.value as FormatChoice })}
          aria-describedby="import-format-hint"
        >
          <option value="auto">Recognise the format</option>
          {readers.map((reader) => (
            <option key={reader.format} value={reader.format}>
              {reader.label}
            </option>
          ))}
        </select>
        <p id="import-format-hint" className="field__hint" aria-live="polite">
          {recognised ? `Recognised as ${recognised}.` : ''}
        </p>
      </div>

      {choices.channels && choices.channels.length > 0 ? (
        <fieldset className="import-dialog__channels">
          <legend>Channels</legend>
          {choices.channels.map((channel) => (
            <label key={channel.name}>
              <input
                type="checkbox"
                checked={!settings.skippedChannels.includes(channel.name)}
                onChange={(event) =>
                  set({
                    skippedChannels: event.target.checked
                      ? settings.skippedChannels.filter((name) => name !== channel.name)
                      : [...settings.skippedChannels, channel.name],
                  })
                }
              />
              <bdi>#{channel.name}</bdi> ({channel.messages.toLocaleString('en-US')} {channel.messages === 1 ? 'message' : 'messages'})
            </label>
          ))}
        </fieldset>
      ) : null}

      {choices.fields && choices.fields.length > 0 ? (
        <fieldset className="import-dialog__fields">
          <legend>Fields of each line</legend>
          {FIELD_CHOICES.map(([key, label]) => (
            <div className="field" key={key}>
              <label htmlFor={`import-${key}`}>{label}</label>
              <select id={`import-${key}`} value={settings[key] || choices.suggested?.[key] || ''} onChange={(event) => set({ [key]: event.target.value })}>
                {key === 'actorField' ? <option value="">None</option> : null}
                {choices.fields?.map((field) => (
                  <option key={field} value={field}>
                    {field}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}

      <fieldset className="import-dialog__window">
        <legend>Only events between (optional, {timeZone} unless an offset is given)</legend>
        {(['from', 'until'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`import-${key}`}>{key === 'from' ? 'From' : 'Until'}</label>
            <input
              id={`import-${key}`}
              type="text"
              value={settings[key]}
              placeholder="2017-01-31 23:00"
              aria-invalid={windowErrors[key] !== null}
              aria-describedby={windowErrors[key] !== null ? `import-${key}-error` : undefined}
              onChange={(event) => set({ [key]: event.target.value })}
            />
            {windowErrors[key] !== null ? (
              <p id={`import-${key}-error`} className="field__error">
                {key === 'from' ? 'From' : 'Until'} {windowErrors[key]}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
    </div>
  );
}
