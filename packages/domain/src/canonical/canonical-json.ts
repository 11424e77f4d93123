/**
 * Canonical JSON as RFC 8785 (JSON Canonicalization Scheme, JCS): object keys sorted by UTF-16 code units,
 * no whitespace, arrays in order, numbers as ECMAScript writes them, strings escaped as JSON.stringify does.
 * The same value always gives the same text, so it can be compared and hashed (records chain hashes of it).
 * Anything JCS cannot carry faithfully (a lone surrogate, NaN, undefined...) throws a TypeError naming its
 * path instead of being dropped or replaced silently.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), '$');
}

// A high surrogate not followed by a low one, or a low one not after a high one: not Unicode text (RFC 8785 §3.2.2.2).
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function writeString(text: string, path: string): string {
  const lone = loneSurrogate.exec(text)?.[0];
  if (lone !== undefined) {
    const code = (lone.codePointAt(0) ?? 0).toString(16);
    throw new TypeError(
      `canonicalJson: ${path} holds a lone surrogate \\u${code}, which is not Unicode text`,
    );
  }
  // for well-formed text, JSON.stringify escapes exactly as JCS says: \b \t \n \f \r \" \\ and \u00xx
  return JSON.stringify(text);
}

function write(value: unknown, ancestors: Set<object>, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return writeString(value, path);
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      // ECMAScript Number::toString, -0 as 0: the JCS number form
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
  // < on strings compares UTF-16 code units, the order JCS sorts keys in (not code points, not locale)
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = entries.map(([key, item]) => {
    const itemPath = `${path}.${key}`;
    return `${writeString(key, itemPath)}:${write(item, ancestors, itemPath)}`;
  });
  return `{${parts.join(',')}}`;
}
