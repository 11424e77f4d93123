/**
 * Every command and variable table of every Markdown file in the repository, checked (docs-commands.test.ts,
 * `npm run test:docs`). Nothing that needs PostgreSQL, Redis or a browser is run: scripts and files are checked
 * for existence, and start commands by loading the configuration of the process they start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  composeFaults,
  composeServices,
  nodeFaults,
  npmFaults,
  turboFaults,
  workspacesOf,
} from './command-checks';
import { docCommands, tableVariables } from './doc-commands';
import {
  type ConfigLoader,
  type ProcessName,
  startedProcess,
  startFaults,
  variableFaults,
  variablesReadByCode,
} from './environment-checks';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const skipped = new Set(['node_modules', 'dist', 'data', '.turbo', '.git', 'screenshots', 'results']);

/** Every Markdown file of the repository, relative to its root. */
export function markdownFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skipped.has(entry.name) ? [] : markdownFiles(path);
      return entry.name.endsWith('.md') ? [relative(root, path)] : [];
    })
    .sort();
}

export const readDoc = (file: string): string => readFileSync(join(root, file), 'utf8');

/** Every fault of every doc: `file:line: what is wrong`. */
export async function docFaults(
  loaders: Record<ProcessName, ConfigLoader>,
  base: NodeJS.ProcessEnv,
): Promise<string[]> {
  const workspaces = workspacesOf(root);
  const services = composeServices(readDoc('docker-compose.yml'));
  const read = variablesReadByCode(root);
  const faults: string[] = [];
  for (const file of markdownFiles()) {
    const markdown = readDoc(file);
    for (const name of tableVariables(markdown))
      if (!read.has(name)) faults.push(`${file}: the table names ${name}, which no code reads`);
    for (const command of docCommands(file, markdown)) {
      faults.push(...npmFaults(command, workspaces), ...turboFaults(command, workspaces));
      faults.push(...nodeFaults(command, root), ...composeFaults(command, services));
      faults.push(...variableFaults(command, read));
      const started = startedProcess(command, workspaces);
      if (started) faults.push(...(await startFaults(command, started, loaders[started], base)));
    }
  }
  return faults;
}
