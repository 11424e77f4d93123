import { maxSchemaStringLength } from './form-keywords';
import { type FormProblem, formProblem } from './form-problem';
import { isRecord, pointer } from './json-utils';

/** JSON nesting (objects and arrays) a form may reach; compiled forms need at most 13. */
export const maxFormDepth = 16;
/** Canonical JSON of schema + uiSchema, in UTF-8 bytes. */
export const maxFormBytes = 512 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

/** Bytes of a primitive in canonical JSON, or a problem when it is not JSON or too long. */
function leafSize(value: unknown, path: string): number | FormProblem {
  if (value === null) return 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? String(value).length
      : formProblem('invalid_schema', path, { reason: 'not_json' });
  }
  if (typeof value === 'string') {
    if (value.length > maxSchemaStringLength)
      return formProblem('string_too_long', path, { limit: maxSchemaStringLength });
    return utf8Length(JSON.stringify(value));
  }
  return formProblem('invalid_schema', path, { reason: 'not_json' });
}

/** Queues a container's children; returns the bytes of its brackets, commas, keys and colons. */
function expand(value: object, item: Pending, stack: Pending[], budget: number): number | FormProblem {
  const depth = item.depth + 1;
  if (item.depth > maxFormDepth) return formProblem('too_deep', item.path, { limit: maxFormDepth });
  if (Array.isArray(value)) {
    // Refuse a huge array before queueing its items.
    if (value.length > budget) return formProblem('schema_too_large', item.path, { limit: maxFormBytes });
    for (let i = value.length - 1; i >= 0; i -= 1)
      stack.push({ value: value[i], path: pointer(item.path, i), depth });
    return 2 + Math.max(0, value.length - 1);
  }
  if (!isRecord(value)) return formProblem('invalid_schema', item.path, { reason: 'not_json' });
  const keys = Object.keys(value);
  if (keys.length > budget) return formProblem('schema_too_large', item.path, { limit: maxFormBytes });
  let bytes = 2 + Math.max(0, keys.length - 1);
  for (const key of keys) {
    const path = pointer(item.path, key.slice(0, 100));
    if (key.length > maxSchemaStringLength)
      return formProblem('string_too_long', path, { limit: maxSchemaStringLength });
    bytes += utf8Length(JSON.stringify(key)) + 1;
    stack.push({ value: value[key], path, depth });
  }
  return bytes;
}

/**
 * Walks untrusted schema + uiSchema without recursion and stops at the first sign of hostility: too deep,
 * too large, too long a string, a value that is not JSON, or an object met twice (cycles, shared refs).
 * After it passes, recursive parsing is safe.
 */
export function guardFormInput(schema: unknown, uiSchema: unknown): FormProblem | null {
  const stack: Pending[] = [
    { value: uiSchema ?? {}, path: 'uiSchema', depth: 1 },
    { value: schema, path: 'schema', depth: 1 },
  ];
  const seen = new Set<object>();
  let bytes = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { value, path } = item;
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return formProblem('invalid_schema', path, { reason: 'cycle' });
      seen.add(value);
    }
    const size =
      typeof value === 'object' && value !== null
        ? expand(value, item, stack, maxFormBytes - bytes)
        : leafSize(value, path);
    if (typeof size !== 'number') return size;
    bytes += size;
    if (bytes > maxFormBytes) return formProblem('schema_too_large', path, { limit: maxFormBytes });
  }
  return null;
}
