/** How an item's value reads in a table cell or a history line; '' for nothing. */
export function formatItemValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map(formatItemValue).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const record: Record<string, unknown> = { ...value };
    if (typeof record.label === 'string') return record.label;
    if (typeof record.lat === 'number' && typeof record.lon === 'number') {
      return `${record.lat.toFixed(5)}, ${record.lon.toFixed(5)}`;
    }
    return Object.values(record).map(formatItemValue).filter(Boolean).join(', ');
  }
  return '';
}

export interface ItemChange {
  key: string;
  before: string;
  after: string;
}

/** What changed between two versions of an item's data, field by field, in the order the fields come. */
export function itemChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  order: readonly string[] = [],
): ItemChange[] {
  const keys = [...new Set([...order, ...Object.keys(before ?? {}), ...Object.keys(after)])];
  return keys
    .map((key) => ({
      key,
      before: formatItemValue(before?.[key]),
      after: formatItemValue(after[key]),
    }))
    .filter((change) => change.before !== change.after);
}

/** Server field errors of an item (`/data/ho_ten`) as `ho_ten -> message`. */
export function itemFieldErrors(errors: readonly { path: string; message: string }[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const error of errors) {
    const key = error.path.replace(/^\/data\/?/, '').split('/')[0] ?? '';
    if (!result.has(key)) result.set(key, error.message);
  }
  return result;
}
