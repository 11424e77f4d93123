/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, arrays in order. The same value
 * always gives the same text, so it can be compared and hashed (records chain hashes of it).
 * Anything JSON cannot carry faithfully throws a TypeError instead of being dropped silently.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), '$');
}

function write(value: unknown, ancestors: Set<object>, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      return writeContainer(value, ancestors, path);
    default:
      throw new TypeError(`canonicalJson: ${path} is ${typeof value}, which JSON cannot carry`);
  }
}

function writeContainer(value: object, ancestors: Set<object>, path: string): string {
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: ${path} refers to itself`);
  ancestors.add(value);
  const text = Array.isArray(value)
    ? writeArray(value, ancestors, path)
    : writeObject(value, ancestors, path);
  ancestors.delete(value);
  return text;
}

function writeArray(items: readonly unknown[], ancestors: Set<object>, path: string): string {
  const parts: string[] = [];
  // index loop, not map: map skips holes, which must throw like undefined does
  for (let i = 0; i < items.length; i++) parts.push(write(items[i], ancestors, `${path}[${i}]`));
  return `[${parts.join(',')}]`;
}

function writeObject(value: object, ancestors: Set<object>, path: string): string {
  const prototype = Object.getPrototypeOf(value);
  // Dates, Maps, class instances would turn into `{}` or a lossy string: refuse them
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`canonicalJson: ${path} is not a plain object`);
  }
  const entries = Object.entries(value);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = entries.map(
    ([key, item]) => `${JSON.stringify(key)}:${write(item, ancestors, `${path}.${key}`)}`,
  );
  return `{${parts.join(',')}}`;
}
