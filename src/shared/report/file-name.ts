import { INVISIBLE_CHARACTERS } from '../text/blank-text.ts';
import type { ReportFormat } from './layouts.ts';
import type { ReportDocument } from './nodes.ts';

export const FALLBACK_FILE_BASE_NAME = 'debrief-report';
const MAX_LENGTH = 80;

/**
 * Characters Windows, macOS or Linux refuse in a name, and every character that shows nothing (see blank-text.ts): a
 * right-to-left override makes the rest of a name display backwards (so `.md` can end up looking like `exe`), and
 * zero-width characters make two names that look the same. Letters, marks and digits of any script stay.
 */
const FORBIDDEN = new RegExp(String.raw`[/\\:*?"<>|${INVISIBLE_CHARACTERS}]`, 'gu');
export const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

const trimEnds = (text: string): string => text.replace(/^[\s.-]+|[\s.-]+$/gu, '');

/** A name part safe on every file system: forbidden characters dropped, spaces as dashes, no dots or spaces at the ends. */
export function safeNamePart(text: string, maxLength: number): string {
  const cleaned = trimEnds(text.replace(FORBIDDEN, '').replace(/\s+/gu, '-').replace(/-{2,}/g, '-'));
  return trimEnds(Array.from(cleaned).slice(0, maxLength).join(''));
}

/**
 * "INC-2041-2026-11-20": the incident id and the date, safe on every file system, at most 80 characters (the date is
 * kept whole when the id is long), "debrief-report" when nothing usable is left.
 */
export function fileBaseName(incidentId: string, date: string | null): string {
  const datePart = date === null ? '' : safeNamePart(date, 10);
  const idPart = safeNamePart(incidentId, datePart === '' ? MAX_LENGTH : MAX_LENGTH - datePart.length - 1);
  const base = [idPart, datePart].filter((part) => part !== '').join('-');
  if (base === '') return FALLBACK_FILE_BASE_NAME;
  return RESERVED_ON_WINDOWS.test(base) ? `${base}-report` : base;
}

/** The file name to save a report as: "INC-2041-2026-11-20.md". */
export function reportFileName(doc: ReportDocument, format: ReportFormat): string {
  return `${doc.fileBaseName || FALLBACK_FILE_BASE_NAME}.${format}`;
}
