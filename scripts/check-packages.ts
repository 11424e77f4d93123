/**
 * What every workspace package promises about its tests: its `test` script runs vitest without
 * `--passWithNoTests`, and it has at least one test file, so losing a package's tests fails CI.
 * Run by `npm run deps:check`; exit 1 naming each package at fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipped = new Set(['node_modules', 'dist', 'data', '.turbo']);

function hasTestFile(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !skipped.has(entry.name) && hasTestFile(join(dir, entry.name))) return true;
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) return true;
  }
  return false;
}

function scriptsOf(packageDir: string): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('scripts' in parsed)) return {};
  const { scripts } = parsed;
  if (typeof scripts !== 'object' || scripts === null) return {};
  return Object.fromEntries(
    Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

const faults: string[] = [];
let checked = 0;
for (const group of ['apps', 'packages']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    const test = scriptsOf(dir).test;
    checked += 1;
    if (!test) faults.push(`${group}/${name}: no test script`);
    else if (test.includes('--passWithNoTests'))
      faults.push(`${group}/${name}: its test script passes with no tests`);
    if (!hasTestFile(join(dir, 'src'))) faults.push(`${group}/${name}: no *.test.ts under src/`);
  }
}
if (faults.length > 0) {
  console.error(`packages: ${faults.length} fault(s)\n${faults.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`packages: ${checked} packages, each with tests that must run`);
}
