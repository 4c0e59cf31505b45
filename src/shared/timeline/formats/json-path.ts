/** A JSON object as JSON.parse returns it. */
export type JsonRecord = Record<string, unknown>;

export const isJsonRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How deep field paths are followed into nested objects, and how many distinct paths are collected. */
const DEPTH_MAX = 8;
const PATHS_MAX = 500;
const KEY_LENGTH_MAX = 200;

/**
 * Adds the dotted path of every leaf of `record` to `paths` (in the order first seen): nested objects are flattened
 * with '.', while arrays, strings, numbers, booleans and null are leaves (journalctl writes binary values and
 * repeated fields as arrays). Stops deepening at DEPTH_MAX and collecting at PATHS_MAX, so a hostile record costs
 * little.
 */
export function collectPaths(record: JsonRecord, paths: Set<string>, prefix = '', depth = 0): void {
  for (const key of Object.keys(record)) {
    if (paths.size >= PATHS_MAX) return;
    if (key.length > KEY_LENGTH_MAX) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = record[key];
    if (isJsonRecord(value) && depth < DEPTH_MAX && Object.keys(value).length > 0) collectPaths(value, paths, path, depth + 1);
    else paths.add(path);
  }
}

/**
 * Reads a dotted path such as `kubernetes.container_name` in one record. A key may itself hold dots (Elastic's
 * `{"log.level": "info"}`), so at each level the longest key that matches wins. Only own properties count, so a path
 * such as `constructor` never reaches Object.prototype. Undefined when the path is not there.
 */
export function valueAtPath(record: JsonRecord, parts: readonly string[], start = 0): unknown {
  for (let end = parts.length; end > start; end -= 1) {
    const key = end === start + 1 ? (parts[start] ?? '') : parts.slice(start, end).join('.');
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (end === parts.length) return value;
    if (isJsonRecord(value)) {
      const found = valueAtPath(value, parts, end);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A reader for one path, split once. */
export function pathReader(path: string): (record: JsonRecord) => unknown {
  if (!path.includes('.')) return (record) => (Object.hasOwn(record, path) ? record[path] : undefined);
  const parts = path.split('.');
  return (record) => valueAtPath(record, parts);
}
