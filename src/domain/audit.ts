import type { FieldChange } from './records';

type Plain = Readonly<Record<string, unknown>>;

/** Fields every record has that are bookkeeping, not content: never listed as changes. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version']);

/**
 * Lists the top-level fields whose values differ between `before` and `after` (null `before` means created),
 * each with old and new values as JSON text. Values are compared by their JSON form, so arrays and nested
 * objects compare by content.
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
  return value === undefined || value === null ? null : JSON.stringify(value);
}
