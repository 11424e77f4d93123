import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { holderMayBeAlive, type LockHolder } from './holder-liveness';

export type { LockHolder } from './holder-liveness';

/** The lock file's name inside the PGlite data directory (PostgreSQL ignores files it does not know). */
export const lockFileName = 'nguon.lock';

/** Another process holds the embedded database directory: opening it too would corrupt it. */
export class DatabaseLockedError extends Error {
  readonly text: { vi: string; en: string };
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const who = `PID ${holder.pid}, host ${holder.host}, ${holder.command}`;
    const text = {
      vi: `Cơ sở dữ liệu nhúng ở ${dir} đang được một tiến trình Nguồn khác dùng (${who}, từ ${holder.since}). Hãy dừng tiến trình đó (Ctrl+C) hoặc dùng DATA_DIR khác. Nếu chắc chắn không còn tiến trình nào, hãy xóa ${lockFile}.`,
      en: `The embedded database in ${dir} is in use by another Nguồn process (${who}, since ${holder.since}). Stop that one (Ctrl+C) or use another DATA_DIR. If you are sure none is running, delete ${lockFile}.`,
    };
    super(`${text.vi}\n${text.en}`);
    this.name = 'DatabaseLockedError';
    this.text = text;
  }
}

export interface DirectoryLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** Told when a lock left by a holder that is gone (a crash, kill -9) is taken over. */
  onTakeOver?: (stale: LockHolder, lockFile: string) => void;
  /** Wall-clock time of the lock, compared with a process's start time: the real clock, not a test's. */
  now?: () => Date;
}

/** Lock files this process holds: a second open in the same process is refused, not taken over. */
const heldHere = new Set<string>();

let scratchCount = 0;
/** A file name beside the lock that no other attempt (in this process or another) uses. */
const scratchName = (lockFile: string, suffix: string) =>
  `${lockFile}.${process.pid}.${++scratchCount}.${suffix}`;

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? error.code : undefined);

function parseHolder(text: string): LockHolder | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    if (!('pid' in value && 'host' in value && 'since' in value)) return null;
    const { pid, host, since } = value;
    const command = 'command' in value && typeof value.command === 'string' ? value.command : '';
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof since !== 'string') return null;
    return { pid, host, since, command };
  } catch {
    return null;
  }
}

/** The holder written in a lock file; null when there is none. Unreadable content names an unknown holder. */
async function readLockHolder(lockFile: string): Promise<LockHolder | null> {
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch (error: unknown) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  // Only a complete file is ever linked into place, so bad content was written by something else: keep out.
  return (
    parseHolder(text) ?? { pid: 0, host: 'unknown', since: 'unknown', command: `unreadable ${lockFile}` }
  );
}

/** Creates the lock file with its whole content at once: link(2) fails with EEXIST, as O_EXCL does. */
async function createExclusive(lockFile: string, content: string): Promise<boolean> {
  const draft = scratchName(lockFile, 'tmp');
  await writeFile(draft, content, { flag: 'w' });
  try {
    await link(draft, lockFile);
    return true;
  } catch (error: unknown) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => {});
  }
}

/** Moves a stale lock aside; if a fresh one replaced it meanwhile, puts that back and reports it as the holder. */
async function removeStale(lockFile: string, stale: string): Promise<LockHolder | null> {
  const aside = scratchName(lockFile, 'stale');
  try {
    await rename(lockFile, aside);
  } catch (error: unknown) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const moved = await readFile(aside, 'utf8');
  if (moved === stale) {
    await unlink(aside);
    return null;
  }
  await link(aside, lockFile).catch(() => {});
  await unlink(aside);
  return parseHolder(moved);
}

function releaseOnExit(lockFile: string, content: string): () => void {
  const onExit = () => {
    try {
      if (readFileSync(lockFile, 'utf8') === content) unlinkSync(lockFile);
    } catch {
      // Already gone; nothing to release.
    }
  };
  process.on('exit', onExit);
  return () => process.off('exit', onExit);
}

/**
 * Takes the lock of an embedded database directory before anything opens it: refuses with DatabaseLockedError
 * while another live process holds it; takes over a lock whose holder is gone (same host, PID not running).
 */
export async function lockDatabaseDirectory(dir: string, options: LockOptions = {}): Promise<DirectoryLock> {
  const file = join(dir, lockFileName);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: (options.now ?? (() => new Date()))().toISOString(),
    command: process.argv.join(' '),
  };
  const content = `${JSON.stringify(holder, null, 2)}\n`;
  for (let attempt = 0; !(await createExclusive(file, content)); attempt++) {
    const staleText = await readFile(file, 'utf8').catch(() => '');
    const current = parseHolder(staleText) ?? (await readLockHolder(file));
    if (current === null && attempt < 5) continue;
    if (current === null) throw new Error(`cannot take ${file}: it keeps appearing and vanishing`);
    if (attempt > 2 || holderMayBeAlive(current, heldHere.has(file)))
      throw new DatabaseLockedError(dir, file, current);
    const replaced = await removeStale(file, staleText);
    if (replaced) throw new DatabaseLockedError(dir, file, replaced);
    options.onTakeOver?.(current, file);
  }
  heldHere.add(file);
  const forgetExit = releaseOnExit(file, content);
  return {
    file,
    async release() {
      forgetExit();
      heldHere.delete(file);
      const now = await readFile(file, 'utf8').catch(() => null);
      if (now === content) await unlink(file).catch(() => {});
    },
  };
}
