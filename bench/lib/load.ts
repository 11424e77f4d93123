import autocannon, { type Request, type Result } from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
}

/** Headers for the n-th request sent (from 0), e.g. a client address of its own. */
export type HeadersPerRequest = (n: number) => Record<string, string>;

/** The one load tool for every HTTP benchmark, so ratios compare like with like. */
export async function measureLoad(
  url: string,
  seconds: number,
  connections = 50,
  headersFor?: HeadersPerRequest,
): Promise<LoadResult> {
  const { origin, pathname, search } = new URL(url);
  const path = pathname + search;
  if (!headersFor)
    return loadResult(await autocannon({ url, connections, duration: seconds, pipelining: 1 }));
  let sent = 0;
  const request: Request = {
    method: 'GET',
    setupRequest: (r) => ({ ...r, path, headers: { ...r.headers, ...headersFor(sent++) } }),
  };
  return loadResult(
    await autocannon({ url: origin, connections, duration: seconds, pipelining: 1, requests: [request] }),
  );
}

/**
 * URLs (same origin) requested in order for `seconds`, by the same tool and connections as measureLoad: what a
 * cache meets when every request asks for something new. `wrapped` says the list ran out and some came twice.
 */
export async function measureLoadOnce(
  urls: readonly string[],
  seconds: number,
  connections = 50,
  headersFor: HeadersPerRequest = () => ({}),
): Promise<LoadResult & { requests: number; wrapped: boolean }> {
  const first = urls[0];
  if (first === undefined) throw new Error('measureLoadOnce needs at least one URL');
  const paths = urls.map((url) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  });
  let sent = 0;
  const request: Request = {
    method: 'GET',
    setupRequest: (r) => {
      const n = sent++;
      return { ...r, path: paths[n % paths.length], headers: { ...r.headers, ...headersFor(n) } };
    },
  };
  const result = await autocannon({
    url: first,
    connections,
    duration: seconds,
    pipelining: 1,
    requests: [request],
  });
  return { ...loadResult(result), requests: result.requests.total, wrapped: sent > paths.length };
}

function loadResult(result: Result): LoadResult {
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
