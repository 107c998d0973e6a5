import type { FieldChange } from './records';

type Plain = Readonly<Record<string, unknown>>;

/** Fields every record has that are bookkeeping, not content: never listed as changes. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version']);

/**
 * Lists the top-level fields whose values differ between `before` and `after` (null `before` means created),
 * each with old and new values as JSON text. Values are compared by their JSON form with object keys sorted,
 * so arrays and nested objects compare by content: DynamoDB does not keep the order of a map's keys.
 */
export function diffRecords(before: Plain | null, after: Plain | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    if (BOOKKEEPING.has(field)) continue;
    const oldValue = toJson(before?.[field]);
    const newValue = toJson(after?.[field]);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  return changes;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}
