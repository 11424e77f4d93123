/** The operations of an OpenAPI document as the bad-input sweep reads them: narrowed from unknown, no trust. */

export type JsonSchema = Record<string, unknown>;

export interface SweptParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: JsonSchema;
}

export interface SweptOperation {
  id: string;
  method: string;
  path: string;
  /** No security requirement, or an empty one among them: anyone may call it. */
  anonymous: boolean;
  parameters: SweptParameter[];
  /** The JSON body schema, when the operation documents one. */
  body: JsonSchema | null;
}

export const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectAt = (value: unknown, key: string): JsonSchema => {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : {};
};

function parameterOf(value: unknown): SweptParameter | null {
  if (!isObject(value) || typeof value.name !== 'string') return null;
  const where = value.in;
  if (where !== 'path' && where !== 'query' && where !== 'header') return null;
  return { name: value.name, in: where, schema: objectAt(value, 'schema') };
}

function operationOf(path: string, method: string, value: JsonSchema): SweptOperation {
  const security = Array.isArray(value.security) ? value.security : [];
  const parameters = (Array.isArray(value.parameters) ? value.parameters : [])
    .map(parameterOf)
    .filter((p): p is SweptParameter => p !== null);
  const media = objectAt(objectAt(value, 'requestBody'), 'content');
  const json = objectAt(media, 'application/json');
  return {
    id: typeof value.operationId === 'string' ? value.operationId : `${method} ${path}`,
    method: method.toUpperCase(),
    path,
    anonymous: security.length === 0 || security.some((s) => isObject(s) && Object.keys(s).length === 0),
    parameters,
    body: 'schema' in json && isObject(json.schema) ? json.schema : null,
  };
}

const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every (path, method) of the document, in document order. */
export function operationsOf(document: unknown): SweptOperation[] {
  const operations: SweptOperation[] = [];
  for (const [path, item] of Object.entries(objectAt(document, 'paths'))) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (methods.has(method) && isObject(operation)) operations.push(operationOf(path, method, operation));
    }
  }
  return operations;
}

/** The schema's own type, or the first type of its anyOf/oneOf branches. */
export function typeOf(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t): t is string => t !== 'null');
  if ('const' in schema) return typeof schema.const;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const type = isObject(branch) ? typeOf(branch) : undefined;
      if (type && type !== 'null') return type;
    }
  }
  return undefined;
}

/** The first branch of a union, or the schema itself. */
function branchOf(schema: JsonSchema): JsonSchema {
  for (const key of ['anyOf', 'oneOf']) {
    const branches = schema[key];
    const first = Array.isArray(branches) ? branches.find((b) => isObject(b) && typeOf(b) !== 'null') : null;
    if (isObject(first)) return first;
  }
  return schema;
}

const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function plausibleString(schema: JsonSchema, name: string, ids: Record<string, string>): string {
  if (ids[name] !== undefined) return ids[name];
  if (schema.format === 'uuid' || /id$/i.test(name)) return crypto.randomUUID();
  if (schema.format === 'email') return `sweep.${crypto.randomUUID().slice(0, 6)}@htx.test`;
  if (schema.format === 'date-time') return new Date(Date.UTC(2025, 0, 1)).toISOString();
  if (schema.format === 'date') return '2025-01-01';
  if (Array.isArray(schema.enum) && typeof schema.enum[0] === 'string') return schema.enum[0];
  const min = number(schema.minLength) ?? 1;
  return 'Sweep'.padEnd(Math.max(min, 5), 'x').slice(0, number(schema.maxLength) ?? 5);
}

/** Required properties, those of the first `anyOf` branch, and optional ones up to `minProperties`. */
function plausibleObject(schema: JsonSchema, ids: Record<string, string>, depth: number) {
  const properties = objectAt(schema, 'properties');
  const wanted = new Set(Array.isArray(schema.required) ? schema.required : []);
  const firstBranch = Array.isArray(schema.anyOf) && isObject(schema.anyOf[0]) ? schema.anyOf[0] : {};
  for (const key of Array.isArray(firstBranch.required) ? firstBranch.required : []) wanted.add(key);
  const min = number(schema.minProperties) ?? 0;
  for (const key of Object.keys(properties)) if (wanted.size < min) wanted.add(key);
  const value: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (wanted.has(key) && isObject(property)) value[key] = plausibleValue(property, key, ids, depth + 1);
  }
  return value;
}

/**
 * A value of the shape the schema asks for, so that one bad part at a time reaches the service:
 * not always valid (patterns and formats are guessed), never meant to be.
 */
export function plausibleValue(
  raw: JsonSchema,
  name: string,
  ids: Record<string, string>,
  depth = 0,
): unknown {
  const schema = branchOf(raw);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'string':
      return plausibleString(schema, name, ids);
    case 'integer':
    case 'number':
      if (ids[name] !== undefined) return Number(ids[name]);
      return Math.max(number(schema.minimum) ?? 1, 1);
    case 'boolean':
      return false;
    case 'array': {
      const min = number(schema.minItems) ?? 0;
      const items = isObject(schema.items) ? schema.items : {};
      return Array.from({ length: min }, () => plausibleValue(items, name, ids, depth + 1));
    }
    case 'object':
      return depth > 6 ? {} : plausibleObject(schema, ids, depth);
    default:
      return null;
  }
}
