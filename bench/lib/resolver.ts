import type { DriverName } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { makeTracedLabels } from '../../e2e/support/traced-label';
import { type LoadResult, measureLoad, measureLoadOnce } from './load';
import type { PlatformChild } from './platform-child';
import { withPlatform } from './platform-modes';
import type { Row } from './row';

/** What lets the bench through the resolver's rate limit per client network: autocannon is one network. */
export const resolverBenchEnv: Record<string, string> = {
  RESOLVER_RATE_BURST: '1000000000',
  RESOLVER_RATE_PER_SECOND: '1000000000',
};

/**
 * And, whatever that setting is called, the scans come as a viral post's do: from many networks. The platform
 * trusts the loopback proxy (TRUST_PROXY) and each request names a client of its own /24 network in
 * X-Forwarded-For, so a per-network limit (a burst, then a few a second) never refuses the bench.
 */
const viaProxyEnv = { TRUST_PROXY: 'loopback' };
let clients = 0;
/**
 * Every request a new visitor, from a network not seen before in the whole run: a reload from the same network
 * within 30 minutes is a repeat, which the ledger counts nowhere (cheaper, and not what a viral post brings).
 * 64 first octets of 65,536 /24 networks each, numbered across runs.
 */
const clientOfItsOwnNetwork = () => {
  const n = clients++;
  return {
    'x-forwarded-for': `${11 + ((n >> 16) & 63)}.${(n >> 8) & 255}.${n & 255}.7`,
    // what a phone's browser sends: its name (a request without one is a robot's, not counted as a scan) and the
    // codings it reads (the page goes compressed, as it does to consumers)
    'user-agent':
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
    'accept-encoding': 'gzip, deflate, br',
  };
};

/** Activated labels for the cold cache, each requested once: every request is the first for its label (more than a run of --seconds asks for). */
export const coldLabelCount = 20_000;

/** The issue's target: the warm resolver at least half the bare-Express constant route, on both drivers. */
export const warmTarget = 0.5;

export interface ResolverFigures {
  driver: DriverName;
  /** The bare-Express route, measured in turn with the warm resolver (the median of the rounds). */
  baseline: LoadResult;
  warm: LoadResult;
  /** The median of the rounds' ratios (each round's resolver over the bare route just before it). */
  warmRatio: number;
  /** `requests`: distinct labels asked for; `wrapped`: the run outlasted the list (then some were warm). */
  cold: LoadResult & { requests: number; wrapped: boolean };
  /** The activated label's HTML page as sent (decoded body), before images. */
  pageBytes: number;
}

/** Rounds of bare Express and the warm resolver measured in turn: this machine's speed drifts within a minute. */
const warmRounds = 3;

/** The run whose requests per second are the median of the runs. */
function medianRun(runs: readonly LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no run to take the median of');
  return median;
}

/** Seeds a traced label (and the run of labels behind it), then loads the resolver warm and cold. */
async function measureResolver(
  driver: DriverName,
  platform: PlatformChild,
  seconds: number,
  bareUrl: string,
): Promise<ResolverFigures> {
  const step = (what: string) => console.info(`resolver bench (${driver}): ${what}`);
  step(`seeding a traced lot with ${coldLabelCount} activated labels`);
  const traced = await makeTracedLabels(platform, platform.owner, { activated: coldLabelCount });
  const page = await fetch(traced.activated.url);
  const html = await page.text();
  if (page.status !== 200 || !/^text\/html/.test(page.headers.get('content-type') ?? ''))
    throw new Error(`the label page answered ${page.status} ${page.headers.get('content-type')}`);
  if (!html.includes(traced.lot.code))
    throw new Error(
      `${traced.activated.url} answered a page without its lot ${traced.lot.code}: is the resolver wired?`,
    );
  const pageBytes = Buffer.byteLength(html);
  // the request above filled the caches: this is the viral label everyone scans. One uncounted second first,
  // so the resolver's code path is compiled (the bare route has next to none to compile).
  step('warm: one label page');
  await measureLoad(traced.activated.url, 1, 50, clientOfItsOwnNetwork);
  // and one for the bare route, so neither side's first round pays for its start
  await measureLoad(bareUrl, 1);
  const bareRuns: LoadResult[] = [];
  const warmRuns: LoadResult[] = [];
  for (let round = 0; round < warmRounds; round++) {
    bareRuns.push(await measureLoad(bareUrl, seconds));
    warmRuns.push(await measureLoad(traced.activated.url, seconds, 50, clientOfItsOwnNetwork));
  }
  const baseline = medianRun(bareRuns);
  const warm = medianRun(warmRuns);
  const ratios = warmRuns
    .map((run, i) => run.requestsPerSecond / (bareRuns[i]?.requestsPerSecond ?? Number.NaN))
    .sort((a, b) => a - b);
  const warmRatio = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
  step(
    `warm rounds (bare / resolver req/s): ${bareRuns
      .map(
        (bare, i) =>
          `${Math.round(bare.requestsPerSecond)} / ${Math.round(warmRuns[i]?.requestsPerSecond ?? 0)}`,
      )
      .join(', ')}`,
  );
  const coldUrls = traced.activatedUrls.slice(1);
  step(`cold: up to ${coldUrls.length} label pages, each once, for ${seconds} s`);
  const cold = await measureLoadOnce(coldUrls, seconds, 50, clientOfItsOwnNetwork);
  return { driver, baseline, warm, warmRatio, cold, pageBytes };
}

/** Resolver load per driver (PGlite always, PostgreSQL + Redis when reachable), against the bare route at `bareUrl`. */
export async function measureResolverLoad(seconds: number, bareUrl: string): Promise<ResolverFigures[]> {
  const figures: ResolverFigures[] = [];
  for (const driver of await testDrivers()) {
    const env = { ...viaProxyEnv, ...resolverBenchEnv };
    figures.push(
      await withPlatform(driver, env, (platform) => measureResolver(driver, platform, seconds, bareUrl)),
    );
  }
  return figures;
}

/** A load figure's name, flagged when answers were not all 2xx (a rate limit or an error makes it meaningless). */
const flagged = (name: string, load: LoadResult) =>
  load.errors + load.non2xx > 0 ? `${name} [${load.non2xx} non-2xx, ${load.errors} errors]` : name;

/** The rows: req/s and p99 per driver and cache state, as ratios to the bare-Express route measured beside them. */
export function resolverRows(figures: ResolverFigures[]): Row[] {
  const rows: Row[] = [];
  for (const { driver, baseline, warm, warmRatio, cold, pageBytes } of figures) {
    const on = driver === 'pglite' ? 'PGlite, embedded' : 'PostgreSQL + Redis';
    const bare = `bare Express constant route, median of ${warmRounds} rounds in turn with the warm resolver (${on})`;
    const bareP99 = `bare Express constant route, p99 (${on})`;
    rows.push(
      { name: bare, value: baseline.requestsPerSecond, unit: 'req/s' },
      { name: bareP99, value: baseline.latencyP99Ms, unit: 'ms' },
    );
    const warmName = `resolver warm, one label page again and again (${on}), ratio: median of ${warmRounds} rounds, each against bare Express just before it (target >= ${warmTarget})${
      warmRatio >= warmTarget ? '' : ' MISSED'
    }`;
    const coldName = `resolver cold, ${cold.requests} distinct activated labels each once (${on})${
      cold.wrapped ? ' [list ran out: some requests were warm]' : ''
    }`;
    rows.push(
      {
        name: flagged(warmName, warm),
        value: warm.requestsPerSecond,
        unit: 'req/s',
        baseline: bare,
        ratio: warmRatio,
      },
      {
        name: flagged(`resolver warm p99 (${on})`, warm),
        value: warm.latencyP99Ms,
        unit: 'ms',
        baseline: bareP99,
        ratio: warm.latencyP99Ms / baseline.latencyP99Ms,
      },
      {
        name: flagged(coldName, cold),
        value: cold.requestsPerSecond,
        unit: 'req/s',
        baseline: bare,
        ratio: cold.requestsPerSecond / baseline.requestsPerSecond,
      },
      {
        name: flagged(`resolver cold p99 (${on})`, cold),
        value: cold.latencyP99Ms,
        unit: 'ms',
        baseline: bareP99,
        ratio: cold.latencyP99Ms / baseline.latencyP99Ms,
      },
      {
        name: `consumer page HTML, activated label (${on}) (target < 30000 bytes)${pageBytes < 30_000 ? '' : ' MISSED'}`,
        value: pageBytes,
        unit: 'bytes',
      },
    );
  }
  return rows;
}
