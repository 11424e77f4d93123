import type { SessionView } from '@nguon/contracts';
import { expect } from 'vitest';
import { refusalGuardFor, snapshotStorage } from './storage-snapshot';

export interface AgentResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
  body: any;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  csrf?: boolean;
  /** Why this refusal may store something (a failed sign-in counts towards the throttle); unset, it must not. */
  storesOnRefusal?: string;
}

/** A caller with its own cookie jar and CSRF token, like one browser tab, or a Bearer token integration. */
export class HttpAgent {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(
    readonly baseUrl: string,
    readonly bearer?: string,
    readonly lang: 'vi' | 'en' = 'en',
  ) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<AgentResponse> {
    const headers: Record<string, string> = { 'accept-language': this.lang, ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && options.csrf !== false && method !== 'GET')
      headers['x-csrf-token'] ??= this.csrfToken;
    let body: string | Uint8Array | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= options.contentType ?? 'application/json';
    const guard = options.storesOnRefusal === undefined ? refusalGuardFor(this.baseUrl) : undefined;
    const before = guard && (await snapshotStorage(guard.db, guard.filesDir));
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      if (pair?.startsWith('nguon_session=')) this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    if (guard && before && response.status >= 400 && response.status < 500) {
      const after = await snapshotStorage(guard.db, guard.filesDir);
      expect(after, `${method} ${path} was refused (${response.status}) but changed stored data`).toEqual(
        before,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && text ? JSON.parse(text) : text,
    };
  }

  async signIn(login: string, password: string): Promise<SessionView> {
    const response = await this.request('POST', '/api/v1/auth/sign-in', { body: { login, password } });
    if (response.status !== 200)
      throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    this.csrfToken = response.body.csrfToken;
    return response.body;
  }
}

/** A fresh browser-like agent signed in as `login`, speaking `lang`. */
export async function signedInAgent(
  baseUrl: string,
  login: string,
  password: string,
  lang: 'vi' | 'en' = 'en',
) {
  const agent = new HttpAgent(baseUrl, undefined, lang);
  await agent.signIn(login, password);
  return agent;
}
