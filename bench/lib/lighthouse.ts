import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'node_modules/lighthouse/cli/index.js');
const categories = ['performance', 'accessibility', 'best-practices'] as const;
export type LighthouseCategory = (typeof categories)[number];

export interface LighthouseRun {
  scores: Record<LighthouseCategory, number>;
  /** Audits of the categories scoring under 1, "category: audit (score)": what keeps a score down. */
  shortfalls: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function scoreOf(value: unknown): number | null {
  return isRecord(value) && typeof value.score === 'number' ? value.score : null;
}

/** The weighted audits of a category that score under 1, as "category: audit (score)". */
function shortfallsOf(
  name: string,
  category: Record<string, unknown>,
  audits: Record<string, unknown>,
): string[] {
  const refs = Array.isArray(category.auditRefs) ? category.auditRefs : [];
  return refs.flatMap((ref: unknown) => {
    if (!isRecord(ref) || typeof ref.id !== 'string' || !(Number(ref.weight) > 0)) return [];
    const score = scoreOf(audits[ref.id]);
    return score !== null && score < 1 ? [`${name}: ${ref.id} (${score})`] : [];
  });
}

/** Reads the parts of Lighthouse's JSON report we print; anything else in it is ignored. */
function parseReport(text: string): LighthouseRun {
  const report: unknown = JSON.parse(text);
  if (!isRecord(report) || !isRecord(report.categories) || !isRecord(report.audits))
    throw new Error('Lighthouse wrote a report without categories or audits');
  const { categories: found, audits } = report;
  const score = (name: LighthouseCategory): number => {
    const value = scoreOf(found[name]);
    if (value === null) throw new Error(`Lighthouse gave no ${name} score (did the page load?)`);
    return value;
  };
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    },
    shortfalls: categories.flatMap((name) => {
      const category = found[name];
      return isRecord(category) ? shortfallsOf(name, category, audits) : [];
    }),
  };
}

/**
 * One Lighthouse run (its default mobile emulation and simulated slow 4G) of `url` in headless Chromium: Lighthouse's
 * launcher takes `CHROME_PATH` when set, else finds Debian's `chromium` on the PATH.
 */
export async function lighthouseMobile(url: string): Promise<LighthouseRun> {
  const dir = await mkdtemp(join(tmpdir(), 'nguon-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        cli,
        url,
        `--only-categories=${categories.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    return parseReport(await readFile(output, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per audit, with its lowest score over the runs. */
function worstOf(shortfalls: string[]): string[] {
  const worst = new Map<string, number>();
  for (const line of shortfalls) {
    const [, audit = line, score = '0'] = line.match(/^(.*) \((.*)\)$/) ?? [];
    worst.set(audit, Math.min(worst.get(audit) ?? 1, Number(score)));
  }
  return [...worst].sort(([a], [b]) => a.localeCompare(b)).map(([audit, score]) => `${audit} (${score})`);
}

/** The median of each category over `count` runs (performance varies from run to run), with every shortfall seen. */
export async function lighthouseMedian(url: string, count: number): Promise<LighthouseRun> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < count; i++) runs.push(await lighthouseMobile(url));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const of = (name: LighthouseCategory) => median(runs.map((r) => r.scores[name]));
  return {
    scores: {
      performance: of('performance'),
      accessibility: of('accessibility'),
      'best-practices': of('best-practices'),
    },
    shortfalls: worstOf(runs.flatMap((r) => r.shortfalls)),
  };
}
