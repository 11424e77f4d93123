import type { Credentials, RunningPlatform } from './platform-process';

/** A signed-in API caller (cookie + CSRF token), for setting up data a test does not click through. */
export interface ApiSession {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiSession(
  platform: Pick<RunningPlatform, 'baseUrl'>,
  who: Credentials,
): Promise<ApiSession> {
  const signIn = await fetch(`${platform.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${platform.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
