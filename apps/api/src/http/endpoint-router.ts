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
  type StreamedFileBody,
  wordsOf,
} from '@nguon/contracts';
import { createSchemaCompiler, describeAjvErrors } from '@nguon/forms';
import {
  AppError,
  assertStorableText,
  type FieldError,
  type Principal,
  runIdempotent,
  type ServiceContext,
} from '@nguon/services';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { assertSameOrigin, authenticate } from './authenticate';
import { sendFile } from './file-response';
import { requestLanguage } from './language';
import { receiveUpload, type UploadGate } from './upload-body';

const validatorFor = createSchemaCompiler();

export interface HandlerArgs<K extends EndpointId> {
  ctx: ServiceContext;
  principal: Principal;
  input: EndpointInput<Endpoints[K]>;
  req: Request;
  res: Response;
  lang: Lang;
}

/** A file endpoint may also stream its body (a million-row CSV) instead of holding it. */
type HandlerOutput<K extends EndpointId> = Endpoints[K] extends { fileResponse: true }
  ? EndpointOutput<Endpoints[K]> | StreamedFileBody
  : EndpointOutput<Endpoints[K]>;

export type EndpointHandler<K extends EndpointId> = (args: HandlerArgs<K>) => Promise<HandlerOutput<K>>;

export interface RouterDeps {
  ctx: ServiceContext;
  publicBaseUrl: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Where uploads wait on disk as they arrive, and how many this process receives at once. */
  uploads: UploadGate;
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

/** An upload must be of an accepted media type; this is checked before anything is read. */
function assertUploadType(req: Request, upload: NonNullable<EndpointSpec['upload']>): void {
  if (upload.mediaTypes.includes(mediaTypeOf(req))) return;
  const accepted = upload.mediaTypes.map((type) => (type.split('/')[1] ?? type).toUpperCase()).join(', ');
  throw new AppError('UNSUPPORTED_FILE_TYPE', { accepted });
}

const mediaTypeOf = (req: Request) =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

function uploadedFile(req: Request, bytes: Buffer): FileBody {
  if (bytes.length === 0) {
    const detail = { vi: 'tệp rỗng', en: 'the file is empty' };
    throw new AppError('VALIDATION_FAILED', { path: '/', detail }, '/');
  }
  return { contentType: mediaTypeOf(req), bytes };
}

/** A signed-in endpoint may take a large JSON body; a public one has no use for more than this. */
const publicBodyLimitBytes = 16 * 1024;

function jsonParser(spec: EndpointSpec, deps: RouterDeps): RequestHandler {
  const limit = Math.max(spec.maxBodyBytes ?? 0, deps.bodyLimitBytes);
  return express.json({
    limit: spec.access === 'public' ? Math.min(limit, publicBodyLimitBytes) : limit,
    type: ['application/json', 'application/*+json'],
  });
}

/** Reads the body, only once the caller is known: a stranger's bytes are never parsed nor kept. */
async function readBody(
  req: Request,
  res: Response,
  spec: EndpointSpec,
  deps: RouterDeps,
  parse: RequestHandler,
) {
  if (spec.upload) {
    req.body = uploadedFile(req, await receiveUpload(req, res, deps.uploads, spec.upload.maxBytes));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    parse(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
  });
}

/** Validated input: ajv has proven the parts against the endpoint's own schemas. */
function parseInput<K extends EndpointId>(
  spec: EndpointSpec,
  req: Request,
  lang: Lang,
): EndpointInput<Endpoints[K]> {
  // a path or query value is text too: a NUL in a search would reach PostgreSQL as an error, not an answer
  assertStorableText({ ...req.params }, '/params');
  assertStorableText({ ...req.query }, '/query');
  checkPart(spec.params, { ...req.params }, lang, '/params');
  checkPart(spec.query, { ...req.query }, lang, '/query');
  if (spec.upload) {
    // receiveUpload put the checked bytes there
  } else if (spec.body) {
    // before ajv: its recursion must not meet a body nested thousands deep
    assertStorableText(req.body);
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

export interface MountOptions {
  /** Throws when the caller may not use the endpoint; run before the body is read (uploads: before any byte). */
  authorise?: (principal: Principal) => void;
}

/**
 * A refusal sent before the whole body arrived closes the connection, so the client stops sending instead of
 * the server reading (and discarding) the rest of a large upload.
 */
async function refuseUnread<T>(req: Request, res: Response, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!req.complete) res.setHeader('connection', 'close');
    throw error;
  }
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
  options: MountOptions = {},
) {
  const spec: EndpointSpec = endpoints[id];
  const parse = jsonParser(spec, deps);
  router[spec.method](expressPath(spec.path), async (req: Request, res: Response) => {
    const lang = requestLanguage(req);
    const principal = await refuseUnread(req, res, async () => {
      assertSameOrigin(req, deps.publicBaseUrl);
      assertJsonBody(req, spec);
      if (spec.upload) assertUploadType(req, spec.upload);
      const caller = await authenticate(deps.ctx, req, spec.access);
      options.authorise?.(caller);
      return caller;
    });
    await refuseUnread(req, res, () => readBody(req, res, spec, deps, parse));
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
      await sendFile(res, output);
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
