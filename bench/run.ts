import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlatform } from '../e2e/support/platform-process';
import { measureCatalogImport } from './lib/catalog-import';
import { closureRows } from './lib/closure';
import { measureDesignerOpen, seedProcess } from './lib/designer-open';
import { measureFormValidation } from './lib/form-validation';
import { labelBatchRows, labelPdfRows } from './lib/label-rows';
import { lighthouseMedian } from './lib/lighthouse';
import { measureLoad } from './lib/load';
import { measurePageLoad } from './lib/page-load';
import { freePort, startNode, stop, waitForOk } from './lib/processes';
import { recallPublishRows } from './lib/recall-publish';
import { measureRecordsIngest, parallelLots } from './lib/records-bench';
import { measureResolverLoad, resolverRows } from './lib/resolver';
import { against, type Row } from './lib/row';
import { measureSignInUnderFlood } from './lib/sign-in-flood';
import { templateListRows } from './lib/template-list';

// npm run bench [-- --seconds 10] [-- --only records-ingest,forms]: figures and ratios against baselines
// measured in the same run.
const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const seconds = Number(argValue('--seconds') ?? 10);
if (!(seconds > 0)) throw new Error(`--seconds must be a positive number, got ${argValue('--seconds')}`);
const only = argValue('--only')?.split(',');
const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, 'bench/results');

/** The baseline of every HTTP bench: bare Express answering a constant string, in a process of its own. */
async function startBareExpress() {
  const port = await freePort();
  const child = startNode(join(root, 'bench/lib/bare-express.ts'), { PORT: String(port) });
  const url = `http://127.0.0.1:${port}/`;
  await waitForOk(url, performance.now());
  return { url, stop: () => stop(child) };
}

async function bareExpress() {
  const bare = await startBareExpress();
  try {
    return await measureLoad(bare.url, seconds);
  } finally {
    await bare.stop();
  }
}

/** Process start to first 200 on /healthz, on a fresh DATA_DIR (cold) and on the same one again (warm). */
async function embeddedStart(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = startNode(join(root, 'apps/api/src/main.ts'), {
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  const ms = await waitForOk(`http://127.0.0.1:${port}/healthz`, started);
  return { ms, port, child };
}

function formValidationRows(): Row[] {
  const figures = measureFormValidation(seconds);
  const compileName = '50-field stage form, compile + validate per record (no cache)';
  return [
    { name: compileName, value: figures.compilePerSecond, unit: 'records/s' },
    { name: '50-field stage form, first compile', value: figures.firstCompileMs, unit: 'ms' },
    {
      name: '50-field stage form, cached compiled validator',
      value: figures.cachedPerSecond,
      unit: 'records/s',
      baseline: compileName,
      ratio: figures.cachedPerSecond / figures.compilePerSecond,
    },
  ];
}

/** The catalog CSV import service against PostgreSQL's own COPY of the same 100,000 rows (real PostgreSQL). */
async function catalogImportRows(): Promise<Row[]> {
  const figures = await measureCatalogImport(100_000);
  const baseline = 'PostgreSQL COPY of the same 100,000 CSV rows into a scratch table (rows/s)';
  return [
    { name: baseline, value: figures.copyPerSecond, unit: 'rows/s' },
    {
      name: 'catalog CSV import 100,000 items (items/s)',
      value: figures.importPerSecond,
      unit: 'items/s',
      baseline,
      ratio: figures.importPerSecond / figures.copyPerSecond,
    },
  ];
}

/** Chromium opening the designer on a 5-stage process (baseline) and on a 200-stage one. */
async function designerRows(): Promise<Row[]> {
  const platform = await startPlatform();
  try {
    const small = await seedProcess(platform, 5);
    const large = await seedProcess(platform, 200);
    // The first open warms the browser cache with the app bundle; it is not counted.
    const [, smallMs = 0, largeMs = 0] = await measureDesignerOpen(platform, [small, small, large]);
    const baseline = 'designer open, 5 stages';
    return [
      { name: baseline, value: smallMs, unit: 'ms' },
      { name: 'designer open, 200 stages', value: largeMs, unit: 'ms', baseline, ratio: largeMs / smallMs },
    ];
  } finally {
    await platform.stop();
  }
}

/** The targets for a clerk's phone on 1.6 Mbit/s and 150 ms, cache empty. */
const pageLoadTargets = { signInMs: 4000, workListMs: 3000, signInScriptKb: 250 };

/** Chromium on a throttled network: sign-in form, its script, then the work list, against a bare answer of the same server. */
async function pageLoadRows(): Promise<Row[]> {
  const platform = await startPlatform();
  try {
    const figures = await measurePageLoad(platform);
    const baseline = 'bare GET /healthz in the same throttled browser (ms)';
    const signInKb = figures.signInScriptBytes / 1000;
    const { signInMs, workListMs } = figures;
    return [
      { name: baseline, value: figures.bareMs, unit: 'ms' },
      {
        name: against(
          'sign-in form visible, 1.6 Mbit/s 150 ms, empty cache',
          signInMs,
          pageLoadTargets.signInMs,
          'ms',
        ),
        value: signInMs,
        unit: 'ms',
        baseline,
        ratio: signInMs / figures.bareMs,
      },
      {
        name: against(
          'script transferred before the sign-in form',
          signInKb,
          pageLoadTargets.signInScriptKb,
          'KB',
        ),
        value: signInKb,
        unit: 'KB',
      },
      {
        name: 'everything transferred before the sign-in form',
        value: figures.signInAllBytes / 1000,
        unit: 'KB',
      },
      {
        name: against(
          "clerk's work list visible after tapping sign in",
          workListMs,
          pageLoadTargets.workListMs,
          'ms',
        ),
        value: workListMs,
        unit: 'ms',
        baseline,
        ratio: workListMs / figures.bareMs,
      },
    ];
  } finally {
    await platform.stop();
  }
}

/** Records through the API (validation, hash chain, Idempotency-Key) against a raw INSERT of the same rows. */
async function recordsIngestRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const figures of await measureRecordsIngest(seconds)) {
    const on = figures.driver === 'pglite' ? 'PGlite, embedded' : 'PostgreSQL';
    const baseline = `raw multi-row INSERT INTO lot_records of the same ${figures.rawRecords} rows (${on})`;
    rows.push(
      { name: baseline, value: figures.rawPerSecond, unit: 'records/s' },
      {
        name: `records via POST /api/v1/lots/{id}/records, clerk, ${parallelLots} lots at once (${on})`,
        value: figures.apiPerSecond,
        unit: 'records/s',
        baseline,
        ratio: figures.apiPerSecond / figures.rawPerSecond,
      },
    );
  }
  return rows;
}

/** Bare Express, embedded cold and warm start, /healthz against bare Express. */
async function httpRows(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-'));
  const rows: Row[] = [];
  try {
    const baseline = await bareExpress();
    rows.push({ name: 'bare Express constant route', value: baseline.requestsPerSecond, unit: 'req/s' });

    const cold = await embeddedStart(dataDir);
    await stop(cold.child);
    rows.push({
      name: 'embedded cold start (fresh DATA_DIR) to first /healthz 200',
      value: cold.ms,
      unit: 'ms',
    });

    const warm = await embeddedStart(dataDir);
    rows.push({
      name: 'embedded warm start (existing DATA_DIR) to first /healthz 200',
      value: warm.ms,
      unit: 'ms',
    });
    const health = await measureLoad(`http://127.0.0.1:${warm.port}/healthz`, seconds);
    await stop(warm.child);
    rows.push({
      name: 'GET /healthz, embedded (database ping)',
      value: health.requestsPerSecond,
      unit: 'req/s',
      baseline: 'bare Express constant route',
      ratio: health.requestsPerSecond / baseline.requestsPerSecond,
    });
    return rows;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Lighthouse's mobile scores (0-100, as its report shows them) of the sign-in page, median of 3 runs, and the audits that keep them under 1. */
async function lighthouseRows(): Promise<Row[]> {
  const platform = await startPlatform();
  try {
    const { scores, shortfalls } = await lighthouseMedian(`${platform.baseUrl}/sign-in`, 3);
    if (shortfalls.length > 0)
      console.log(`Lighthouse, sign-in page, under 1:\n  ${shortfalls.join('\n  ')}`);
    return Object.entries(scores).map(([category, score]) => ({
      name: `Lighthouse mobile, sign-in page: ${category}`,
      value: score * 100,
      unit: 'score (0-100)',
    }));
  } finally {
    await platform.stop();
  }
}

/** A real sign-in while 64 concurrent bogus set-password requests run: the code is checked before any hashing. */
async function signInFloodRows(): Promise<Row[]> {
  const figures = await measureSignInUnderFlood();
  const idle = 'owner sign-in, idle (median ms)';
  const flooded = (name: string, value: number) => ({
    name,
    value,
    unit: 'ms',
    baseline: idle,
    ratio: value / figures.idleMs,
  });
  return [
    { name: idle, value: figures.idleMs, unit: 'ms' },
    flooded(
      'owner sign-in during 64 concurrent bogus set-password, one address (median ms)',
      figures.oneAddressMs,
    ),
    flooded(
      'owner sign-in during 64 concurrent bogus set-password, a new address each (median ms)',
      figures.manyAddressesMs,
    ),
    {
      name: 'bogus set-password requests sent during both floods',
      value: figures.floodRequests,
      unit: 'requests',
    },
  ];
}

/** The consumer resolver, warm and cold, per driver, against bare Express measured in the same run. */
async function resolverBenchRows(): Promise<Row[]> {
  const bare = await startBareExpress();
  try {
    return resolverRows(await measureResolverLoad(seconds, bare.url));
  } finally {
    await bare.stop();
  }
}

/** Every bench by name, in the order they run; `--only` picks some. */
const benches: Record<string, () => Row[] | Promise<Row[]>> = {
  http: httpRows,
  forms: formValidationRows,
  'catalog-import': catalogImportRows,
  labels: labelBatchRows,
  'labels-pdf': labelPdfRows,
  designer: designerRows,
  'page-load': pageLoadRows,
  'records-ingest': recordsIngestRows,
  lighthouse: lighthouseRows,
  'sign-in-flood': signInFloodRows,
  resolver: resolverBenchRows,
  closure: closureRows,
  'recall-publish': recallPublishRows,
  'template-list': () => templateListRows(seconds),
};

async function main() {
  const unknown = only?.filter((name) => !(name in benches)) ?? [];
  if (unknown.length > 0)
    throw new Error(`no bench ${unknown.join(', ')}; the benches are ${Object.keys(benches).join(', ')}`);
  await mkdir(resultsDir, { recursive: true });
  const rows: Row[] = [];
  for (const [name, measure] of Object.entries(benches)) {
    if (!only || only.includes(name)) rows.push(...(await measure()));
  }
  console.table(
    rows.map((r) => ({ ...r, value: Math.round(r.value * 10) / 10, ratio: r.ratio?.toFixed(3) ?? '' })),
  );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(resultsDir, `bench-${stamp}.json`);
  await writeFile(
    file,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, seconds, only, rows }, null, 2),
  );
  console.log(`written ${file}`);
}

await main();
