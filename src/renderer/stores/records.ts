/** A copy of the record without `key`, or the same record if it had none (so selectors see no change). */
export function withoutKey<Value>(record: Readonly<Record<string, Value>>, key: string): Record<string, Value> {
  if (!Object.hasOwn(record, key)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
