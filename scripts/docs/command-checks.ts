/**
 * Checks on the commands the docs show, without running what needs services: each npm script exists in the
 * package it is run in, each file node starts exists, each Compose service named is in docker-compose.yml,
 * each variable a command sets is one the code (or Compose) reads, and its value is not a placeholder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { DocCommand } from './doc-commands';

export interface Workspace {
  dir: string;
  scripts: Record<string, string>;
}

function scriptsIn(dir: string): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('scripts' in parsed)) return {};
  const { scripts } = parsed;
  if (typeof scripts !== 'object' || scripts === null) return {};
  return Object.fromEntries(
    Object.entries(scripts).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The root package (as `.`) and every workspace package by its name. */
export function workspacesOf(root: string): Map<string, Workspace> {
  const found = new Map<string, Workspace>([['.', { dir: '.', scripts: scriptsIn(root) }]]);
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, group))) {
      const dir = join(group, name);
      const manifest: unknown = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const packageName =
        typeof manifest === 'object' && manifest && 'name' in manifest ? manifest.name : dir;
      found.set(String(packageName), { dir, scripts: scriptsIn(join(root, dir)) });
    }
  }
  return found;
}

/** The value after `-w`/`--workspace`, or undefined. */
function workspaceFlag(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (word === '-w' || word === '--workspace') return words[i + 1];
    if (word.startsWith('--workspace=')) return word.slice('--workspace='.length);
  }
  return undefined;
}

/** The package an npm command runs in: its -w flag, else the package whose directory it was typed in. */
function npmPackage(command: DocCommand, workspaces: Map<string, Workspace>): string | undefined {
  const flag = workspaceFlag(command.words);
  if (flag) return flag;
  const cwd = normalize(command.cwd);
  for (const [name, workspace] of workspaces) if (normalize(workspace.dir) === cwd) return name;
  return undefined;
}

/** The npm script a command runs (`npm start`, `npm test`, `npm run x`), or undefined for install/ci. */
export function npmScript(words: string[]): string | undefined {
  if (words[0] !== 'npm') return undefined;
  if (words[1] === 'start' || words[1] === 'test') return words[1];
  if (words[1] === 'run' || words[1] === 'run-script') return words[2];
  return undefined;
}

export function npmFaults(command: DocCommand, workspaces: Map<string, Workspace>): string[] {
  const script = npmScript(command.words);
  if (script === undefined) return [];
  const name = npmPackage(command, workspaces);
  const workspace = name === undefined ? undefined : workspaces.get(name);
  if (!workspace) return [`${command.where}: \`${command.words.join(' ')}\` runs in no package (${name})`];
  if (workspace.scripts[script] === undefined)
    return [`${command.where}: \`${command.words.join(' ')}\`: ${name} has no script "${script}"`];
  return [];
}

/** `npx turbo run <task> --filter=<package>`: the package exists and has that script. */
export function turboFaults(command: DocCommand, workspaces: Map<string, Workspace>): string[] {
  const [tool, turbo, run, task] = command.words;
  if (tool !== 'npx' || turbo !== 'turbo' || run !== 'run' || !task) return [];
  const filter = command.words.find((word) => word.startsWith('--filter='))?.slice('--filter='.length);
  const packages = filter ? [filter] : [...workspaces.keys()].filter((name) => name !== '.');
  if (filter && !workspaces.has(filter)) return [`${command.where}: turbo filter ${filter} is no package`];
  if (packages.some((name) => workspaces.get(name)?.scripts[task] !== undefined)) return [];
  return [`${command.where}: no package has a "${task}" script for turbo to run`];
}

/** `node ... <file>.ts`: the file exists where the command runs. */
export function nodeFaults(command: DocCommand, root: string): string[] {
  if (command.words[0] !== 'node') return [];
  const file = command.words.slice(1).find((word) => /\.[cm]?[jt]s$/.test(word));
  if (!file || existsSync(join(root, command.cwd, file))) return [];
  return [`${command.where}: node starts ${join(command.cwd, file)}, which does not exist`];
}

/** The service names of docker-compose.yml (the keys two spaces in under `services:`). */
export function composeServices(composeFile: string): Set<string> {
  const services = new Set<string>();
  let inServices = false;
  for (const line of composeFile.split('\n')) {
    if (/^\S/.test(line)) inServices = line.startsWith('services:');
    const name = /^ {2}([a-z][a-z0-9_-]*):\s*$/.exec(line)?.[1];
    if (inServices && name) services.add(name);
  }
  return services;
}

/** The services a `docker compose` command names: after `--scale`, and the operands of logs, stop, exec, run. */
function composeTargets(sub: string, rest: string[]): string[] {
  const scaled = rest.flatMap((word, i) => (rest[i - 1] === '--scale' ? [word.split('=')[0] ?? ''] : []));
  const operands = rest.filter((word, i) => !word.startsWith('-') && rest[i - 1] !== '--scale');
  if (sub === 'exec' || sub === 'run') return operands.slice(0, 1);
  if (['logs', 'stop', 'start', 'restart'].includes(sub)) return operands;
  return scaled;
}

/** `docker compose ...`: every service it names is in docker-compose.yml. */
export function composeFaults(command: DocCommand, services: Set<string>): string[] {
  const [docker, compose, sub, ...rest] = command.words;
  if (docker !== 'docker' || compose !== 'compose' || !sub) return [];
  return composeTargets(sub, rest)
    .filter((service) => !services.has(service))
    .map((service) => `${command.where}: docker compose has no service "${service}"`);
}
