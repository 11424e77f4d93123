/** A JSON value read at `path`, checked to be a string: bench code reads answers without casting them. */
export function stringAt(value: unknown, ...path: string[]): string {
  let current: unknown = value;
  for (const key of path) {
    current = typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  }
  if (typeof current !== 'string')
    throw new Error(`expected a string at ${path.join('.')}: ${JSON.stringify(value)}`);
  return current;
}

export function numberAt(value: unknown, ...path: string[]): number {
  let current: unknown = value;
  for (const key of path) {
    current = typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  }
  if (typeof current !== 'number')
    throw new Error(`expected a number at ${path.join('.')}: ${JSON.stringify(value)}`);
  return current;
}

/** A signed-in person talking to the API like the web app: session cookie and CSRF token. */
export class ApiCaller {
  private cookie = '';
  private csrfToken = '';
  constructor(readonly baseUrl: string) {}

  /** Sends one request; throws unless the answer has the expected status. */
  async call(
    method: string,
    path: string,
    body?: unknown,
    options: { status?: number; headers?: Record<string, string> } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const session = response.headers.getSetCookie().find((line) => line.startsWith('nguon_session='));
    if (session) this.cookie = session.split(';')[0] ?? '';
    const text = await response.text();
    const expected = options.status ?? (method === 'POST' ? 201 : 200);
    if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const answer: unknown = text ? JSON.parse(text) : null;
    if (path.startsWith('/api/v1/auth/')) this.csrfToken = stringAt(answer, 'csrfToken');
    return answer;
  }

  signIn(login: string, password: string): Promise<unknown> {
    return this.call('POST', '/api/v1/auth/sign-in', { login, password }, { status: 200 });
  }
}
