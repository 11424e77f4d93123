import type { TSchema } from '@sinclair/typebox';
import { endpoints } from '../endpoints';
import type { Lang } from '../errors/error-catalogue';
import type { Problem } from './common.schemas';
import type { EndpointInput, EndpointOutput, EndpointSpec } from './endpoint';

type Endpoints = typeof endpoints;
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

/** The typed client used by the web app, end-to-end tests and integrators. */
export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  async function call<K extends keyof Endpoints>(
    id: K,
    ...[input]: NeedsInput<Endpoints[K]> extends true
      ? [EndpointInput<Endpoints[K]>]
      : [EndpointInput<Endpoints[K]>?]
  ): Promise<EndpointOutput<Endpoints[K]>> {
    const spec: EndpointSpec = endpoints[id];
    const parts = (input ?? {}) as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.lang?.() ?? 'vi',
    };
    if (parts.body !== undefined) headers['content-type'] = 'application/json';
    const csrf = options.csrfToken?.();
    if (csrf && spec.method !== 'get') headers['x-csrf-token'] = csrf;
    if (options.bearerToken) headers.authorization = `Bearer ${options.bearerToken}`;
    const url = `${options.baseUrl ?? ''}${fillPath(spec.path, parts.params)}${queryString(parts.query)}`;
    const response = await doFetch(url, {
      method: spec.method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
    });
    if (!response.ok) throw new ApiError(response.status, (await response.json()) as Problem);
    return (response.status === 204 ? null : await response.json()) as EndpointOutput<Endpoints[K]>;
  }
  return { call };
}

export type ApiClient = ReturnType<typeof createApiClient>;
