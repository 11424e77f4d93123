import { access, readdir, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a PGlite data directory looks like from outside. PGlite takes no lock: a second process opens a directory
 * another one is using and both write to it. It does write `postmaster.pid` while open and remove it on a clean
 * close, so a missing file means closed; when present, /proc tells a live holder from a crash.
 */
export type EmbeddedDatabaseState =
  | { kind: 'missing' }
  | { kind: 'closed' }
  | { kind: 'open'; pids: number[] }
  | { kind: 'not_closed_cleanly' }
  | { kind: 'unknown' };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Whether one process has a file under `dir` open; null when its descriptors cannot be read. */
async function holdsFilesUnder(pid: string, dir: string): Promise<boolean | null> {
  let fds: string[];
  try {
    fds = await readdir(`/proc/${pid}/fd`);
  } catch (error: unknown) {
    // A process that exited meanwhile holds nothing; one of another user's cannot be looked into.
    return error instanceof Error && 'code' in error && error.code === 'ENOENT' ? false : null;
  }
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    if (target.startsWith(dir)) return true;
  }
  return false;
}

/** The processes (this one included) with files of `dir` open, and whether every process could be seen. */
async function processesHolding(dir: string): Promise<{ pids: number[]; complete: boolean } | null> {
  const entries = await readdir('/proc').catch(() => null);
  if (entries === null) return null;
  const pids: number[] = [];
  let complete = true;
  for (const pid of entries.filter((name) => /^\d+$/.test(name))) {
    const holds = await holdsFilesUnder(pid, dir);
    if (holds === null) complete = false;
    if (holds) pids.push(Number(pid));
  }
  return { pids, complete };
}

/** Tells whether the PGlite directory exists, is closed, or is open in a running process (the platform). */
export async function embeddedDatabaseState(dbDir: string): Promise<EmbeddedDatabaseState> {
  if (!(await exists(join(dbDir, 'PG_VERSION')))) return { kind: 'missing' };
  if (!(await exists(join(dbDir, 'postmaster.pid')))) return { kind: 'closed' };
  const dir = `${await realpath(dbDir)}/`;
  const holders = await processesHolding(dir);
  if (holders === null) return { kind: 'unknown' };
  if (holders.pids.length > 0) return { kind: 'open', pids: holders.pids };
  return holders.complete ? { kind: 'not_closed_cleanly' } : { kind: 'unknown' };
}
