/** Small helpers for reading untrusted JSON without prototype surprises. */

export type JsonRecord = Record<string, unknown>;

/** A plain JSON object (not an array, not a class instance). */
export function isRecord(value: unknown): value is JsonRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `record[key]` only when it is the record's own property (so `__proto__` reads nothing). */
export function own(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `record[key] = value` that defines an own property even for `__proto__`. */
export function setOwn(record: JsonRecord, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Appends a JSON pointer segment, escaped per RFC 6901. */
export function pointer(path: string, segment: string | number): string {
  return `${path}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
