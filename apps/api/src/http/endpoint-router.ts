import {
  type EndpointId,
  type EndpointInput,
  type EndpointOutput,
  type EndpointSpec,
  type Endpoints,
  endpoints,
  expressPath,
  type Lang,
} from '@nguon/contracts';
import { createAjv, localizeAjvErrors } from '@nguon/forms';
import { AppError, type Principal, type ServiceContext } from '@nguon/services';
import type { Request, Response, Router } from 'express';
import { assertSameOrigin, authenticate } from './authenticate';
import { requestLanguage } from './language';

const ajv = createAjv();
type Validator = ReturnType<typeof ajv.compile>;
const compiled = new Map<object, Validator>();

function validatorFor(schema: object): Validator {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

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
  /** Tests turn this on: every response is checked against its contract schema. */
  validateResponses?: boolean;
}

const emptyBody = { type: 'object', additionalProperties: false };
const BODY_METHODS = new Set(['post', 'put', 'patch']);

function checkPart(schema: object | undefined, value: unknown, lang: Lang, prefix: string): void {
  if (!schema) return;
  const validate = validatorFor(schema);
  if (validate(value)) return;
  const errors = localizeAjvErrors(validate.errors ?? [], lang).map((e) => ({
    ...e,
    path: `${prefix}${e.path}`,
  }));
  const first = errors[0];
  const path = first?.path || '/';
  throw new AppError('VALIDATION_FAILED', { path, detail: first?.message ?? '' }, path, errors);
}

function assertJsonBody(req: Request, spec: EndpointSpec): void {
  if (!BODY_METHODS.has(spec.method)) return;
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: req.headers['content-type'] ?? '-' });
  }
}

/** Validated input: ajv has proven the parts against the endpoint's own schemas. */
function parseInput<K extends EndpointId>(
  spec: EndpointSpec,
  req: Request,
  lang: Lang,
): EndpointInput<Endpoints[K]> {
  checkPart(spec.params, { ...req.params }, lang, '/params');
  checkPart(spec.query, { ...req.query }, lang, '/query');
  if (spec.body) checkPart(spec.body, req.body ?? null, lang, '');
  else if (req.body !== undefined && Object.keys(req.body ?? {}).length > 0)
    checkPart(emptyBody, req.body, lang, '');
  const input = {
    params: spec.params ? req.params : undefined,
    query: spec.query ? req.query : undefined,
    body: spec.body ? req.body : undefined,
  };
  // Each part was just proven against the endpoint's schema by ajv.
  return input as unknown as EndpointInput<Endpoints[K]>;
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
  router[spec.method](expressPath(spec.path), async (req: Request, res: Response) => {
    const lang = requestLanguage(req);
    assertSameOrigin(req, deps.publicBaseUrl);
    assertJsonBody(req, spec);
    const principal = await authenticate(deps.ctx, req, spec.access);
    const input = parseInput<K>(spec, req, lang);
    const output = await handler({ ctx: deps.ctx, principal, input, req, res, lang });
    if (deps.validateResponses && spec.status !== 204) {
      const validate = validatorFor(spec.response);
      if (!validate(output))
        throw new Error(`response of ${id} breaks its contract: ${JSON.stringify(validate.errors)}`);
    }
    if (spec.status === 204) res.status(204).end();
    else res.status(spec.status).json(output);
  });
}
