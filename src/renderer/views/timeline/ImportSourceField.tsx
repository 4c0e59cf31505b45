import { useState, type DragEvent } from 'react';
import type { ImportSource } from './import-source.ts';

interface ImportSourceFieldProps {
  source: ImportSource;
  placeholder: string;
  onChange(source: ImportSource): void;
  onUnreadable(message: string): void;
}

/** Reads a chosen or dropped file whole, as bytes: a Slack export is a ZIP, not text. */
async function fileSource(file: File): Promise<ImportSource> {
  return { kind: 'file', file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}

/** Where the timeline comes from: a file (chosen, or dropped anywhere on this area) or pasted text. */
export function ImportSourceField({ source, placeholder, onChange, onUnreadable }: ImportSourceFieldProps) {
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChange(await fileSource(file));
    } catch {
      onUnreadable(`${file.name} could not be read.`);
    }
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`import-dialog__drop${dragging ? ' import-dialog__drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="import-drop"
    >
      <div className="field">
        <label htmlFor="import-file">File</label>
        <input
          id="import-file"
          type="file"
          aria-describedby="import-file-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void take(file);
          }}
        />
        <p id="import-file-hint" className="field__hint">
          {source.kind === 'file' ? (
            <>
              Read from <bdi>{source.file.name}</bdi> ({(source.file.bytes.byteLength / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KB)
            </>
          ) : (
            'Or drop a file here: CSV, chat lines, a Slack export ZIP, or JSON from PagerDuty, Opsgenie, Alertmanager or GitHub, or a JSON Lines log.'
          )}
        </p>
      </div>
      <div className="field">
        <label htmlFor="import-text">Or paste here</label>
        <textarea
          id="import-text"
          className="import-dialog__text"
          value={source.kind === 'paste' ? source.text : ''}
          onChange={(event) => onChange({ kind: 'paste', text: event.target.value })}
          rows={6}
          spellCheck={false}
          placeholder={placeholder}
        />
      </div>
    </div>
  );
}
