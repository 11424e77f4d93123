import {
  type EndpointId,
  type EndpointInput,
  type EndpointOutput,
  type EndpointSpec,
  type Endpoints,
  endpoints,
  expressPath,
  type FileBody,
  type Lang,
  type WordSource,
  wordsOf,
} from '@nguon/contracts';
import { createSchemaCompiler, describeAjvErrors } from '@nguon/forms';
import {
  AppError,
  type FieldError,
  type Principal,
  runIdempotent,
  type ServiceContext,
} from '@nguon/services';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { assertSameOrigin, authenticate } from './authenticate';
import { requestLanguage } from './language';

const validatorFor = createSchemaCompiler();

export interface HandlerArgs<K extends EndpointId> {
  ctx: ServiceContext;
  principal: Principal;
  input: EndpointInput<Endpoints[K]>;
  req: Request;
  res: Response;
  lang: Lang;
}

export type EndpointHandler<K extends EndpointId> = (
  args: HandlerArgs<K>,
) => Promise<EndpointOutput<Endpoints[K]>>;

export interface RouterDeps {
  ctx: ServiceContext;
  publicBaseUrl: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Tests turn this on: every response is checked against its contract schema. */
  validateResponses?: boolean;
}

const emptyBody = { type: 'object', additionalProperties: false };
const BODY_METHODS = new Set(['post', 'put', 'patch']);

function checkPart(schema: object | undefined, value: unknown, lang: Lang, prefix: string): void {
  if (!schema) return;
  const validate = validatorFor(schema);
  if (validate(value)) return;
  const errors = describeAjvErrors(validate.errors ?? []).map(
    (e): FieldError => ({ path: `${prefix}${e.path}`, kind: 'ajv', keyword: e.keyword, params: e.params }),
  );
  const first = errors[0];
  const path = first?.path || '/';
  throw new AppError('VALIDATION_FAILED', { path, detail: first ? wordsOf(first, lang) : '' }, path, errors);
}

function assertJsonBody(req: Request, spec: EndpointSpec): void {
  if (!BODY_METHODS.has(spec.method) || spec.upload) return;
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: req.headers['content-type'] || '-' });
  }
}

/** An upload arrives as raw bytes of an accepted media type, read up to its size limit. */
function rawUpload(upload: NonNullable<EndpointSpec['upload']>): RequestHandler[] {
  const accepted = upload.mediaTypes.map((type) => (type.split('/')[1] ?? type).toUpperCase()).join(', ');
  return [
    (req, _res, next) => {
      next(
        upload.mediaTypes.includes(mediaTypeOf(req))
          ? undefined
          : new AppError('UNSUPPORTED_FILE_TYPE', { accepted }),
      );
    },
    express.raw({ type: () => true, limit: upload.maxBytes }),
  ];
}

const mediaTypeOf = (req: Request) =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

function uploadedFile(req: Request): FileBody {
  const bytes: unknown = req.body;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
    const detail = { vi: 'tệp rỗng', en: 'the file is empty' };
    throw new AppError('VALIDATION_FAILED', { path: '/', detail }, '/');
  }
  return { contentType: mediaTypeOf(req), bytes };
}

// A high surrogate not followed by a low one, or a low one not after a high one: JSON may escape them, text may not hold them.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as sent: PostgreSQL refuses U+0000; a lone surrogate would be stored as U+FFFD, changed. */
function unstorableFault(text: string): WordSource | null {
  if (text.includes('\u0000')) return { kind: 'message', key: 'text.nul' };
  const lone = loneSurrogate.exec(text)?.[0];
  if (lone === undefined) return null;
  const code = (lone.codePointAt(0) ?? 0).toString(16);
  return { kind: 'message', key: 'text.loneSurrogate', values: { code } };
}

/** Deeper than any form or process definition nests; recursive code past the edge (hashing, ajv) stays in its stack. */
export const maxJsonDepth = 100;
const tooDeep: WordSource = { kind: 'message', key: 'json.tooDeep', values: { max: maxJsonDepth } };

/** The first string, key or value, that cannot be stored as sent, or the first value nested too deep, with its path. */
function unstorableString(body: unknown): { path: string; detail: WordSource } | null {
  // iterative: a hostile body nests thousands deep
  const stack: [unknown, string, number][] = [[body, '', 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path, depth] = next;
    const fault = typeof value === 'string' ? unstorableFault(value) : null;
    if (fault) return { path: path || '/', detail: fault };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxJsonDepth) return { path: path || '/', detail: tooDeep };
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const keyFault = unstorableFault(key);
      if (keyFault) return { path: childPath, detail: keyFault };
      stack.push([child, childPath, depth + 1]);
    }
  }
  return null;
}

function assertStorable(value: unknown, prefix = ''): void {
  const found = unstorableString(value);
  if (found === null) return;
  const path = prefix && found.path === '/' ? prefix : `${prefix}${found.path}`;
  throw new AppError('VALIDATION_FAILED', { path, detail: found.detail }, path);
}

/** Path segments and query strings reach SQL like bodies do: `q=%00` was a 500 on every list. */
function assertStorableUrl(req: Request): void {
  assertStorable({ ...req.params }, '/params');
  assertStorable({ ...req.query }, '/query');
}

/** Validated input: ajv has proven the parts against the endpoint's own schemas. */
function parseInput<K extends EndpointId>(
  spec: EndpointSpec,
  req: Request,
  lang: Lang,
): EndpointInput<Endpoints[K]> {
  assertStorableUrl(req);
  checkPart(spec.params, { ...req.params }, lang, '/params');
  checkPart(spec.query, { ...req.query }, lang, '/query');
  if (spec.upload) req.body = uploadedFile(req);
  else if (spec.body) {
    assertStorable(req.body);
    checkPart(spec.body, req.body ?? null, lang, '');
  } else if (req.body !== undefined && Object.keys(req.body ?? {}).length > 0)
    checkPart(emptyBody, req.body, lang, '');
  const input = {
    params: spec.params ? req.params : undefined,
    query: spec.query ? req.query : undefined,
    body: spec.body ? req.body : undefined,
  };
  // Each part was just proven against the endpoint's schema by ajv.
  return input as unknown as EndpointInput<Endpoints[K]>;
}

/** RFC 6266 attachment header: an ASCII fallback name and the exact UTF-8 one. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function sendFile(res: Response, output: unknown): void {
  if (typeof output !== 'object' || output === null || !('bytes' in output) || !('contentType' in output)) {
    throw new Error('a file endpoint must return { contentType, bytes }');
  }
  const { bytes, contentType } = output;
  if (!(bytes instanceof Uint8Array) || typeof contentType !== 'string') throw new Error('bad file response');
  const isPrivate = 'caching' in output && output.caching === 'private';
  // A private file must never sit in a shared cache, nor be served from one to someone else.
  res
    .status(200)
    .type(contentType)
    .setHeader('cache-control', isPrivate ? 'private, no-cache' : 'public, max-age=86400');
  if (isPrivate) res.setHeader('vary', 'Cookie, Authorization');
  if ('fileName' in output && typeof output.fileName === 'string') {
    res.setHeader('content-disposition', attachment(output.fileName));
  }
  res.send(Buffer.from(bytes));
}

/**
 * Mounts one endpoint: origin check, authentication and CSRF, validation of params, query and body
 * against the contract, then the handler (one service call); its result is sent with the contract status.
 */
export function mountEndpoint<K extends EndpointId>(
  router: Router,
  deps: RouterDeps,
  id: K,
  handler: EndpointHandler<K>,
) {
  const spec: EndpointSpec = endpoints[id];
  const before = spec.upload
    ? rawUpload(spec.upload)
    : [
        express.json({
          limit: Math.max(spec.maxBodyBytes ?? 0, deps.bodyLimitBytes),
          type: ['application/json', 'application/*+json'],
        }),
      ];
  router[spec.method](expressPath(spec.path), ...before, async (req: Request, res: Response) => {
    const lang = requestLanguage(req);
    assertSameOrigin(req, deps.publicBaseUrl);
    assertJsonBody(req, spec);
    const principal = await authenticate(deps.ctx, req, spec.access);
    const input = parseInput<K>(spec, req, lang);
    // A public endpoint has no caller to scope a key to: its service handles the key itself (sign-up).
    const key = spec.idempotent && spec.access !== 'public' ? req.header('idempotency-key') : undefined;
    if (key !== undefined) {
      const outcome = await runIdempotent(
        deps.ctx,
        principal,
        { endpoint: id, key, input },
        spec.status,
        (ctx) => handler({ ctx, principal, input, req, res, lang }),
      );
      if (outcome.replayed) res.setHeader('idempotent-replayed', 'true');
      res.status(outcome.status).json(outcome.body);
      return;
    }
    const output = await handler({ ctx: deps.ctx, principal, input, req, res, lang });
    if (spec.fileResponse) {
      sendFile(res, output);
      return;
    }
    if (deps.validateResponses && spec.status !== 204) {
      const validate = validatorFor(spec.response);
      if (!validate(output))
        throw new Error(`response of ${id} breaks its contract: ${JSON.stringify(validate.errors)}`);
    }
    if (spec.status === 204) res.status(204).end();
    else res.status(spec.status).json(output);
  });
}
