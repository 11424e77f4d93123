import autocannon, { type Result } from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
}

/** The one load tool for every HTTP benchmark, so ratios compare like with like. */
export async function measureLoad(url: string, seconds: number, connections = 50): Promise<LoadResult> {
  return loadResult(await autocannon({ url, connections, duration: seconds, pipelining: 1 }));
}

/**
 * Each URL (same origin) requested once, in order, by the same tool and connections as measureLoad: what a
 * cache meets when every request asks for something new.
 */
export async function measureLoadOnce(urls: readonly string[], connections = 50): Promise<LoadResult> {
  const first = urls[0];
  if (first === undefined) throw new Error('measureLoadOnce needs at least one URL');
  const paths = urls.map((url) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  });
  let next = 0;
  const result = await autocannon({
    url: new URL(first).origin,
    connections,
    amount: paths.length,
    pipelining: 1,
    requests: [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
    ],
  });
  return loadResult(result);
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
