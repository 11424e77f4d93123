import { checkedAnswer } from '../../test/contract-answers';

/** Test support: a fake API answering by "METHOD /path" (or a function of the request), checked against the contract. */

export interface Answer {
  status: number;
  body: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  idempotencyKey: string | null;
}

export type Handler = (request: FakeRequest) => Answer;

export function problemAnswer(status: number, code: string, detail: string): Answer {
  return { status, body: { type: 'about:blank', title: code, status, code, detail, requestId: 'r1' } };
}

/** Routes requests to handlers by method and path; records every request; 404 problem for anything else. */
export function createFakeApi(handlers: Record<string, Handler>) {
  const requests: FakeRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://app.test');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const request: FakeRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      idempotencyKey: headers.get('idempotency-key'),
    };
    requests.push(request);
    const handler = handlers[`${method} ${url.pathname}`];
    const answer = handler
      ? checkedAnswer(method, url.pathname, handler(request))
      : problemAnswer(404, 'NOT_FOUND', `no fake for ${method} ${url.pathname}`);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch, requests };
}
