import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { checkedAnswer } from './contract-answers';

/** What a fake API sees of a request. */
export interface FakeRequest {
  method: string;
  path: string;
  lang: 'vi' | 'en';
  body: unknown;
  /** The query string's parameters, as sent. */
  query?: Record<string, string>;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
}

/** A fetch stand-in answering from `answer`, every answer checked against the contract. */
export function contractFetch(answer: (request: FakeRequest) => FakeAnswer) {
  return vi.fn(async (url: string, init: RequestInit) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const { pathname: path, searchParams } = new URL(url, 'http://localhost');
    const query = Object.fromEntries(searchParams);
    const lang = new Headers(init.headers).get('accept-language') === 'en' ? 'en' : 'vi';
    const sent: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const { status, body } = checkedAnswer(method, path, answer({ method, path, lang, body: sent, query }));
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  });
}

/** The whole app at the current location; imported after the fetch stub, as the API client binds fetch when created. */
export async function renderWholeApp() {
  const { AppProviders } = await import('../app-providers');
  const { AppRoutes } = await import('../app-routes');
  return render(
    <AppProviders>
      <AppRoutes />
    </AppProviders>,
  );
}
