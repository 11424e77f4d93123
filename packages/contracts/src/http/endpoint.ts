import type { Static, TSchema } from '@sinclair/typebox';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call an endpoint before the service checks the role:
 * public: anyone; session: a signed-in person (cookie), not an API token;
 * tenant: a person with a current tenant, or an API token of that tenant; admin: platform admin;
 * optional: anyone, and the caller's session or token is read when one is sent (public files).
 */
export type EndpointAccess = 'public' | 'session' | 'tenant' | 'admin' | 'optional';

/** Forms and process definitions are the largest JSON bodies: 500 stages with their forms. */
export const largeBodyBytes = 4 * 1024 * 1024;

/** One endpoint; `Code` is the error codes its feature may name, so a misspelt code fails the type check. */
export interface EndpointSpec<Code extends string = string> {
  method: HttpMethod;
  /** OpenAPI style path, e.g. /api/v1/staff/{userId} */
  path: string;
  tag: string;
  summary: string;
  access: EndpointAccess;
  status: 200 | 201 | 204;
  params?: TSchema;
  query?: TSchema;
  body?: TSchema;
  response: TSchema;
  /** The body of a 202 when the service sent the work to the background instead (large imports). */
  accepted?: TSchema;
  /** A file upload: the raw body of one of these media types, never JSON or base64. */
  upload?: { mediaTypes: readonly string[]; maxBytes: number };
  /** JSON body limit in bytes when larger than the server default. */
  maxBodyBytes?: number;
  /** The response is a file ({ contentType, bytes }), not JSON. */
  fileResponse?: boolean;
  /** Accepts an `Idempotency-Key` header: a retry with the same key and body gets the first response again. */
  idempotent?: boolean;
  /** Error codes this endpoint answers with, beyond the ones every endpoint may give. */
  errors?: readonly Code[];
}

/** What the browser needs of an endpoint to call it: no schemas, so no TypeBox in its bundle. */
export interface ClientRoute {
  method: HttpMethod;
  path: string;
  upload?: { mediaTypes: readonly string[]; maxBytes: number };
  fileResponse?: boolean;
}

type Part<S, Key extends string> = S extends TSchema ? { [K in Key]: Static<S> } : { [K in Key]?: undefined };

export type EndpointInput<E extends EndpointSpec> = Part<E['params'], 'params'> &
  Part<E['query'], 'query'> &
  Part<E['body'], 'body'>;

export type EndpointOutput<E extends EndpointSpec> =
  | Static<E['response']>
  | (E['accepted'] extends TSchema ? Static<E['accepted']> : never);

/** Express route syntax for an OpenAPI path: {userId} -> :userId */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
