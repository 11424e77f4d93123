/**
 * Checks on the variables the docs set: each is read by some code or by Compose, none is a placeholder the
 * reader must guess, and a command that starts the API or the worker sets what its configuration requires.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { npmScript, type Workspace } from './command-checks';
import type { DocCommand } from './doc-commands';

export type ProcessName = 'api' | 'worker';
/** Reads a process's configuration from an environment; throws (or rejects) as the process would at start. */
export type ConfigLoader = (env: NodeJS.ProcessEnv) => unknown;

const skippedDirs = new Set(['node_modules', 'dist', 'data', '.turbo', 'docs']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skippedDirs.has(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every variable some code reads (`env.NAME`, `process.env.NAME`, `env['NAME']`), or Compose and the image set. */
export function variablesReadByCode(root: string): Set<string> {
  const names = new Set<string>();
  const add = (text: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) if (match[1]) names.add(match[1]);
  };
  const dirs = ['apps', 'packages', 'e2e', 'bench', 'scripts'].map((dir) => join(root, dir));
  for (const file of dirs.flatMap(sourceFiles))
    add(readFileSync(file, 'utf8'), /\benv(?:\.([A-Z][A-Z0-9_]*)\b|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g);
  add(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), /\$\{([A-Z][A-Z0-9_]*)/g);
  add(readFileSync(join(root, 'Dockerfile'), 'utf8'), /^ENV\s+([A-Z][A-Z0-9_]*)/gm);
  return names;
}

/** A value the reader would have to replace: `...`, `<thing>`, or a command substitution we cannot vouch for. */
export function placeholderIn(value: string): string | undefined {
  if (value.includes('...') || value.includes('…')) return '"..." stands for a value the reader must guess';
  if (/<[^>]+>/.test(value)) return `${value} is a placeholder`;
  const substitution = /\$\(([^)]*)\)/.exec(value)?.[1];
  if (substitution !== undefined && !/^openssl rand -hex \d+$/.test(substitution))
    return `$(${substitution}) is not a command these checks know`;
  return undefined;
}

/** The environment as the shell would build it: `$(openssl rand -hex N)` becomes N random-looking bytes in hex. */
export function resolvedEnv(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      value.replace(/\$\(openssl rand -hex (\d+)\)/g, (_, bytes: string) => 'a1'.repeat(Number(bytes))),
    ]),
  );
}

export function variableFaults(command: DocCommand, read: Set<string>): string[] {
  const faults: string[] = [];
  for (const [name, value] of Object.entries({ ...command.env, ...command.dotEnv })) {
    if (!read.has(name))
      faults.push(`${command.where}: ${name} is set, but no code and no Compose file reads it`);
    const placeholder = placeholderIn(value);
    if (placeholder) faults.push(`${command.where}: ${name}=${value}: ${placeholder}`);
  }
  return faults;
}

/** Which process a command starts: `npm start` (root or -w), `npm run dev`, or `node ... apps/<x>/src/main.ts`. */
export function startedProcess(
  command: DocCommand,
  workspaces: Map<string, Workspace>,
): ProcessName | undefined {
  const script = npmScript(command.words);
  if (script === 'start' || script === 'dev') {
    const flag = command.words[command.words.indexOf('-w') + 1];
    const name = command.words.includes('-w') ? flag : undefined;
    if (name === undefined || name === '@nguon/api') return 'api';
    if (name === '@nguon/worker') return 'worker';
    return undefined;
  }
  const file =
    command.words[0] === 'node' ? command.words.find((word) => word.endsWith('main.ts')) : undefined;
  if (!file) return undefined;
  const path = normalize(join(command.cwd, file));
  const dir = [...workspaces.values()].find((w) => path === normalize(join(w.dir, 'src/main.ts')))?.dir;
  return dir === 'apps/api' ? 'api' : dir === 'apps/worker' ? 'worker' : undefined;
}

/** The start command's own environment passes its process's configuration (no required variable missing). */
export async function startFaults(
  command: DocCommand,
  process: ProcessName,
  load: ConfigLoader,
  base: NodeJS.ProcessEnv,
): Promise<string[]> {
  try {
    await load({ ...base, ...resolvedEnv(command.env) });
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`${command.where}: \`${command.words.join(' ')}\` would not start the ${process}: ${reason}`];
  }
}

/** The variables a configuration reads (with all set, or any one left out), and those it cannot start without. */
export async function configVariables(load: ConfigLoader, complete: NodeJS.ProcessEnv) {
  const read = new Set<string>();
  const tracked = (env: NodeJS.ProcessEnv) =>
    new Proxy(env, {
      get: (target, key) => {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key);
      },
    });
  await load(tracked(complete));
  const required: string[] = [];
  for (const name of Object.keys(complete)) {
    const { [name]: _left, ...without } = complete;
    const refused = await Promise.resolve()
      .then(() => load(tracked(without)))
      .then(
        () => false,
        () => true,
      );
    if (refused) required.push(name);
  }
  return { read, required };
}
