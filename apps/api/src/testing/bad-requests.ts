import { isObject, type JsonSchema, type SweptOperation, typeOf } from './openapi-operations';

/** One request the sweep sends: a single part made bad, the rest as plausible as the schema allows. */
export interface BadRequest {
  label: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A JSON text spliced in raw where JSON.stringify cannot say it (1e309, 2^53 + 1, thousands deep). */
class RawJson {
  constructor(readonly text: string) {}
}

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function numberValues(schema: JsonSchema): [string, unknown][] {
  const values: [string, unknown][] = [];
  for (const [label, bound, step] of [
    ['minimum', schema.minimum, -1],
    ['maximum', schema.maximum, 1],
    ['exclusiveMinimum', schema.exclusiveMinimum, 0],
    ['exclusiveMaximum', schema.exclusiveMaximum, 0],
  ] as const) {
    if (typeof bound === 'number') values.push([`${label} ${step >= 0 ? '+' : ''}${step}`, bound + step]);
  }
  values.push(
    ['2^31', 2 ** 31],
    ['-2^31 - 1', -(2 ** 31) - 1],
    ['2^53 + 1', new RawJson('9007199254740993')],
    ['1e309', new RawJson('1e309')],
    ['-1e309', new RawJson('-1e309')],
    ['-1', -1],
    ['0.5', 0.5],
  );
  return values;
}

/** Bad stand-ins for a value of this schema: wrong types, edges of its ranges, bad text, size and nesting. */
export function badValues(schema: JsonSchema): [string, unknown][] {
  const type = typeOf(schema);
  const values: [string, unknown][] = [
    ['null', null],
    ['NUL in text', 'a\u0000b'],
    ['lone surrogate', 'a\ud800b'],
    ['nested 6,000 deep', new RawJson(deepArray(6000))],
    ['object nested 6,000 deep', new RawJson(deepObject(6000))],
  ];
  if (type !== 'string') values.push(['a string', 'x'], ['empty string', '']);
  if (type !== 'object') values.push(['an object', { a: 1 }]);
  if (type !== 'array') values.push(['an array', [1]]);
  if (type === 'string') {
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : 20_000;
    values.push(['a number', 42], ['a boolean', true], ['too long', 'x'.repeat(max + 1)]);
  }
  if (type === 'integer' || type === 'number') values.push(...numberValues(schema));
  if (type === 'array') values.push(['10,000 items', new Array(10_000).fill(0)]);
  if (type === 'object' && schema.additionalProperties !== false) {
    values.push(
      ['free-form: NUL key', { 'a\u0000': 1 }],
      ['free-form: lone surrogate value', { a: 'x\udc00' }],
      ['free-form: 1e309', new RawJson('{"a":1e309}')],
      ['free-form: deep', new RawJson(`{"a":${deepArray(6000)}}`)],
    );
  }
  return values;
}

/** JSON text of `base` with the value at `at` replaced (raw JSON spliced in by a unique marker). */
function withValue(base: unknown, at: string[], value: unknown): string {
  const marker = `__sweep_${crypto.randomUUID()}__`;
  const copy: unknown = structuredClone(base);
  let holder: unknown = copy;
  for (const key of at.slice(0, -1)) holder = isObject(holder) ? holder[key] : undefined;
  const last = at.at(-1);
  if (last === undefined) return value instanceof RawJson ? value.text : JSON.stringify(value);
  if (!isObject(holder)) return JSON.stringify(copy);
  holder[last] = value instanceof RawJson ? marker : value;
  const text = JSON.stringify(copy);
  return value instanceof RawJson ? text.replace(`"${marker}"`, value.text) : text;
}

/** Body schemas' properties, top level and one level down, with their paths. */
function propertiesOf(schema: JsonSchema, base: unknown, at: string[] = []): [string[], JsonSchema][] {
  const found: [string[], JsonSchema][] = [];
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [key, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    found.push([[...at, key], property]);
    const child = isObject(base) ? base[key] : undefined;
    if (at.length === 0 && isObject(child)) found.push(...propertiesOf(property, child, [key]));
  }
  return found;
}

const json = { 'content-type': 'application/json' };

function bodyRequests(schema: JsonSchema, base: unknown, path: string): BadRequest[] {
  const text = JSON.stringify(base);
  const requests: BadRequest[] = [
    { label: 'malformed JSON', path, headers: json, body: '{"a":' },
    { label: 'text/plain body', path, headers: { 'content-type': 'text/plain' }, body: text },
    {
      label: 'form body',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    },
    {
      label: 'latin1 charset',
      path,
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: text,
    },
    { label: 'no body', path, headers: {} },
    { label: 'unknown property', path, headers: json, body: withValue(base, ['sweepUnknown'], 1) },
    { label: 'body nested 30,000 deep', path, headers: json, body: deepArray(30_000) },
  ];
  for (const [label, value] of badValues(schema)) {
    requests.push({ label: `body: ${label}`, path, headers: json, body: withValue(base, [], value) });
  }
  for (const [at, property] of propertiesOf(schema, base)) {
    for (const [label, value] of badValues(property)) {
      const body = withValue(base, at, value);
      requests.push({ label: `/${at.join('/')}: ${label}`, path, headers: json, body });
    }
  }
  return requests;
}

/** An upload's body: files that lie about their type, and CSV that breaks at a cell. */
function uploadRequests(path: string): BadRequest[] {
  const as = (type: string, body: string, label: string): BadRequest => ({
    label,
    path,
    headers: { 'content-type': type },
    body,
  });
  return [
    as('application/json', '{"a":1}', 'JSON instead of a file'),
    as('image/png', 'not a png', 'garbage as PNG'),
    as('image/jpeg', '\u00ff\u00d8\u00ff garbage', 'garbage as JPEG'),
    as('application/pdf', '%PDF-1.4 garbage', 'garbage as PDF'),
    as('text/csv', '', 'empty CSV'),
    as('text/csv', 'code,name\nA-9,B\u0000i\n', 'CSV cell with NUL'),
    as('text/csv', 'code,name\nA-9,Bã"i\n', 'CSV quote inside an unquoted cell'),
    as('text/csv', 'code,name\nA-9,"never closed\n', 'CSV quote never closed'),
    as('text/csv', `code,name\n${'A-9,x\n'.repeat(3)}${'"'.repeat(5000)}`, 'CSV of quotes'),
    as('text/csv', `code,name\n${'x,'.repeat(20_000)}\n`, 'CSV with 20,000 cells in a row'),
  ];
}

function withKey(request: BadRequest, key: string): BadRequest {
  const label = `${request.label}, Idempotency-Key ${key.slice(0, 8) || '(empty)'}`;
  return { ...request, label, headers: { ...request.headers, 'idempotency-key': key } };
}

const badPathTexts = [
  'not-an-id',
  '%00',
  '%E0%A4%A',
  '%ED%A0%80',
  'x'.repeat(3000),
  '2147483648',
  '-1',
  '1e309',
];
const badQueryTexts = [
  '',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(3000),
  '-1',
  '0',
  '2147483648',
  '9007199254740993',
  '1e309',
  'abc',
];

function urlRequests(
  operation: SweptOperation,
  pathParams: Record<string, string>,
  plain: (suffix: string, label: string) => BadRequest,
) {
  const requests: BadRequest[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    for (const text of badPathTexts) {
      const bad = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        name === parameter.name ? text : (pathParams[name] ?? 'missing'),
      );
      requests.push({ ...plain('', `path ${parameter.name}=${text.slice(0, 12)}`), path: bad });
    }
  }
  for (const { name } of operation.parameters.filter((p) => p.in === 'query')) {
    for (const text of badQueryTexts)
      requests.push(plain(`?${name}=${text}`, `query ${name}=${text.slice(0, 12)}`));
    requests.push(
      plain(`?${name}=1&${name}=2`, `query ${name} twice`),
      plain(`?${name}[a]=1`, `query ${name}[a]`),
    );
  }
  requests.push(plain('?sweepUnknown=1', 'unknown query'), plain('?%E0%A4%A=1', 'bad query escape'));
  requests.push(plain('?q=%00', 'q=%00'));
  return requests;
}

/** Every bad request for one operation; `path` is the operation's path with real ids, `base` a plausible body. */
export function badRequestsFor(
  operation: SweptOperation,
  path: string,
  pathParams: Record<string, string>,
  base: unknown,
): BadRequest[] {
  const body = operation.body && typeOf(operation.body) === 'object' ? JSON.stringify(base) : undefined;
  const plain = (suffix: string, label: string): BadRequest => ({
    label,
    path: `${path}${suffix}`,
    headers: body === undefined ? {} : json,
    body,
  });
  const requests = urlRequests(operation, pathParams, plain);
  const keyed = operation.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  if (operation.body && body !== undefined) {
    const bodies = bodyRequests(operation.body, base, path);
    requests.push(...bodies);
    // the key's handling reads the body before the service does: the bodies that stress it again, with a key
    const stressing = bodies.filter((r) => /deep|free-form|NUL|surrogate|1e309|body:/.test(r.label));
    if (keyed) requests.push(...stressing.map((r) => withKey(r, crypto.randomUUID())));
  } else if (operation.body) requests.push(...uploadRequests(path));
  else if (operation.method !== 'GET') {
    requests.push({ label: 'unexpected JSON body', path, headers: json, body: '{"a":1}' });
    requests.push({ label: 'unexpected deep body', path, headers: json, body: deepArray(6000) });
  }
  if (keyed) {
    const request = plain('', 'plausible');
    requests.push(withKey(request, ''), withKey(request, 'k'.repeat(201)), withKey(request, 'cl\u00e9'));
  }
  return requests;
}
