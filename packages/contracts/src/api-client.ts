import type { TSchema } from '@sinclair/typebox';
import { clientRoutes } from './client-routes.gen';
import type { Endpoints } from './endpoints';
import type { Lang } from './errors/lang';
import type { FileBody, Problem } from './http/common.schemas';
import type { ClientRoute, EndpointInput, EndpointOutput } from './http/endpoint';

/** Endpoints with params, query or body must be called with them; the others may be called bare. */
type NeedsInput<E> = E extends { params: TSchema } | { query: TSchema } | { body: TSchema } ? true : false;

/** A problem answered by the API, carrying its stable code and localized message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.problem.code;
  }
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  lang?: () => Lang;
  csrfToken?: () => string | null;
  bearerToken?: string;
}

/** Per call: an `Idempotency-Key` makes a retried write safe (endpoints marked idempotent). */
export interface CallOptions {
  idempotencyKey?: string;
}

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

function fileBody(body: unknown): FileBody {
  if (typeof body === 'object' && body !== null && 'bytes' in body && 'contentType' in body) {
    const { bytes, contentType } = body;
    if (bytes instanceof Uint8Array && typeof contentType === 'string') return { bytes, contentType };
  }
  throw new TypeError('an upload needs { contentType, bytes }');
}

/** The problem document; a non-JSON failure (a proxy's HTML page) becomes SERVICE_UNAVAILABLE. */
async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    return JSON.parse(text) as Problem;
  } catch {
    return {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      code: 'SERVICE_UNAVAILABLE',
      detail: response.statusText || String(response.status),
      requestId: response.headers.get('x-request-id') ?? '',
    };
  }
}

/** The typed client used by the web app, end-to-end tests and integrators. */
export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  async function call<K extends keyof Endpoints>(
    id: K,
    ...[input, callOptions]: NeedsInput<Endpoints[K]> extends true
      ? [EndpointInput<Endpoints[K]>, CallOptions?]
      : [EndpointInput<Endpoints[K]>?, CallOptions?]
  ): Promise<EndpointOutput<Endpoints[K]>> {
    const spec: ClientRoute = clientRoutes[id];
    const parts = (input ?? {}) as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.lang?.() ?? 'vi',
    };
    const file = spec.upload ? fileBody(parts.body) : undefined;
    if (parts.body !== undefined) headers['content-type'] = file ? file.contentType : 'application/json';
    const csrf = options.csrfToken?.();
    if (csrf && spec.method !== 'get') headers['x-csrf-token'] = csrf;
    if (options.bearerToken) headers.authorization = `Bearer ${options.bearerToken}`;
    if (callOptions?.idempotencyKey) headers['idempotency-key'] = callOptions.idempotencyKey;
    const url = `${options.baseUrl ?? ''}${fillPath(spec.path, parts.params)}${queryString(parts.query)}`;
    const response = await doFetch(url, {
      method: spec.method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: file
        ? new Uint8Array(file.bytes)
        : parts.body === undefined
          ? undefined
          : JSON.stringify(parts.body),
    });
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    if (spec.fileResponse) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { contentType: response.headers.get('content-type') ?? '', bytes } as EndpointOutput<
        Endpoints[K]
      >;
    }
    return (response.status === 204 ? null : await response.json()) as EndpointOutput<Endpoints[K]>;
  }
  return { call };
}

export type ApiClient = ReturnType<typeof createApiClient>;
