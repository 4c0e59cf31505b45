import { findingKey, findSensitive, REPLACEMENTS, replaceSensitive, type SensitiveKind } from './detect.ts';

/** Where a string sits in an object: its keys and array indexes from the root. */
export type StringPath = ReadonlyArray<string | number>;

export interface StringWalkOptions {
  /** Paths whose strings are not the users' text (ids, image bytes, format markers): neither scanned nor changed. */
  skip?: (path: StringPath) => boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/** Calls `visit` with every string inside `value` (objects and arrays, depth first, in key order). */
export function forEachString(value: unknown, visit: (text: string, path: StringPath) => void, options: StringWalkOptions = {}, path: StringPath = []): void {
  if (options.skip?.(path)) return;
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => forEachString(item, visit, options, [...path, index]));
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) forEachString(item, visit, options, [...path, key]);
}

/** A copy of `value` with every string passed through `map`; anything else (numbers, null, skipped paths) as it was. */
export function mapStrings<T>(value: T, map: (text: string, path: StringPath) => string, options: StringWalkOptions = {}, path: StringPath = []): T {
  if (options.skip?.(path)) return value;
  if (typeof value === 'string') return map(value, path) as T;
  if (Array.isArray(value)) return value.map((item: unknown, index) => mapStrings(item, map, options, [...path, index])) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map, options, [...path, key])])) as T;
  }
  return value;
}

/** Every place one finding occurs. */
export interface FindingPlace {
  path: StringPath;
  /** How many times in that string. */
  count: number;
}

/** One value found, with every place it occurs: one decision (replace or keep) covers all of them. */
export interface Finding {
  key: string;
  kind: SensitiveKind;
  /** The text as first found (names and e-mail addresses group ignoring case). */
  value: string;
  replacement: string;
  /** Occurrences in all places together. */
  count: number;
  places: FindingPlace[];
}

/** Every finding in the strings of `value`, in the order first met. */
export function scanStrings(value: unknown, names: RegExp | null, options: StringWalkOptions = {}): Finding[] {
  const findings = new Map<string, Finding>();
  forEachString(
    value,
    (text, path) => {
      const counts = new Map<string, number>();
      for (const match of findSensitive(text, names)) {
        const key = findingKey(match.kind, match.value);
        if (!findings.has(key)) findings.set(key, { key, kind: match.kind, value: match.value, replacement: REPLACEMENTS[match.kind], count: 0, places: [] });
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const [key, count] of counts) {
        const finding = findings.get(key);
        if (!finding) continue;
        finding.count += count;
        finding.places.push({ path, count });
      }
    },
    options,
  );
  return [...findings.values()];
}

/**
 * A copy of `value` with every finding replaced except those whose key is in `kept`. Detection runs again on each
 * string, so what is replaced is exactly what scanStrings reported for the same names.
 */
export function redactStrings<T>(value: T, names: RegExp | null, kept: ReadonlySet<string>, options: StringWalkOptions = {}): T {
  return mapStrings(value, (text) => replaceSensitive(text, findSensitive(text, names), (key) => !kept.has(key)), options);
}
