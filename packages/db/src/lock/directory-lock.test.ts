import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { crashHolder, startEmbeddedDatabaseHolder, stopHolder } from '../testing/holder-process';
import { DatabaseLockedError, type LockHolder, lockDatabaseDirectory, lockFileName } from './directory-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nguon-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lockFile = () => join(dir, lockFileName);
const writeLock = (holder: LockHolder) => writeFile(lockFile(), JSON.stringify(holder));
const gone = (path: string) =>
  access(path).then(
    () => false,
    () => true,
  );

/** A process that ran and exited: its PID is (for now) not in use. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

/** A live process unrelated to any lock, started now. */
async function livePid(): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  if (child.pid === undefined) throw new Error('no pid');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { pid: child.pid, stop: () => child.kill('SIGKILL') };
}

async function refusal(attempt: Promise<unknown>): Promise<DatabaseLockedError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DatabaseLockedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the embedded database lock', () => {
  it('refuses a second open naming the holder in both languages, and allows one after close', async () => {
    const first = await openDatabase({ dataDir: dir });
    const held = JSON.parse(await readFile(lockFile(), 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: hostname() });
    const refused = await refusal(openDatabase({ dataDir: dir }));
    expect(refused.holder.pid).toBe(process.pid);
    expect(refused.text.en).toContain(`The embedded database in ${dir} is in use by another Nguồn process`);
    expect(refused.text.en).toContain(`PID ${process.pid}`);
    expect(refused.text.en).toContain(`since ${held.since}`);
    expect(refused.text.vi).toContain(
      `Cơ sở dữ liệu nhúng ở ${dir} đang được một tiến trình Nguồn khác dùng`,
    );
    await first.close();
    expect(await gone(lockFile())).toBe(true);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  }, 60_000);

  it.each([
    { case: 'a dead PID on this host', takenOver: true, holder: async () => ({ pid: await deadPid() }) },
    {
      case: 'another host',
      takenOver: false,
      holder: async () => ({ pid: await deadPid(), host: 'elsewhere' }),
    },
  ])('a lock left by $case is taken over: $takenOver', async ({ takenOver, holder }) => {
    const stale: LockHolder = {
      host: hostname(),
      since: new Date().toISOString(),
      command: 'npm start',
      ...(await holder()),
    };
    await writeLock(stale);
    const seen: LockHolder[] = [];
    const attempt = lockDatabaseDirectory(dir, { onTakeOver: (previous) => seen.push(previous) });
    if (!takenOver) {
      expect((await refusal(attempt)).holder).toEqual(stale);
      expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toEqual(stale);
      return;
    }
    const lock = await attempt;
    expect(seen).toEqual([stale]);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await gone(lockFile())).toBe(true);
  });

  it.each([
    { case: 'took the lock after it started (the holder)', sinceOffsetMs: 60_000, takenOver: false },
    { case: 'started after the lock was taken (a reused PID)', sinceOffsetMs: -3_600_000, takenOver: true },
  ])('a live PID that $case', async ({ sinceOffsetMs, takenOver }) => {
    const other = await livePid();
    try {
      const since = new Date(Date.now() + sinceOffsetMs).toISOString();
      await writeLock({ pid: other.pid, host: hostname(), since, command: 'npm start' });
      const attempt = lockDatabaseDirectory(dir, { onTakeOver: () => {} });
      if (takenOver) await (await attempt).release();
      else expect((await refusal(attempt)).holder.pid).toBe(other.pid);
    } finally {
      other.stop();
    }
  });

  it('refuses a lock file it cannot read rather than guess', async () => {
    await writeFile(lockFile(), 'not json');
    expect((await refusal(lockDatabaseDirectory(dir))).text.en).toContain(`unreadable ${lockFile()}`);
  });

  it('a second start refuses at once without touching the data; a crashed holder is taken over', async () => {
    const holder = startEmbeddedDatabaseHolder(dir);
    try {
      expect(await holder.outcome).toEqual({ kind: 'open' });
      const pgPid = join(dir, 'postmaster.pid');
      const before = await stat(pgPid);
      const second = startEmbeddedDatabaseHolder(dir);
      const result = await second.outcome;
      expect(result).toMatchObject({ kind: 'exited', code: 1 });
      expect(result.kind === 'exited' && result.output).toContain(
        `PID ${holder.child.pid}, host ${hostname()}`,
      );
      expect((await stat(pgPid)).mtimeMs).toBe(before.mtimeMs);
      expect((await refusal(openDatabase({ dataDir: dir }))).holder.pid).toBe(holder.child.pid);
      await crashHolder(holder.child);
      // kill -9 runs no exit handler: the lock stays, naming a process that is gone.
      expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: holder.child.pid });
      const seen: LockHolder[] = [];
      const next = await openDatabase({ dataDir: dir, onStaleLock: (stale) => seen.push(stale) });
      expect(seen.map((s) => s.pid)).toEqual([holder.child.pid]);
      await next.close();
    } finally {
      await crashHolder(holder.child);
    }
  }, 90_000);

  it('a holder stopped cleanly leaves no lock behind', async () => {
    const holder = startEmbeddedDatabaseHolder(dir);
    expect(await holder.outcome).toEqual({ kind: 'open' });
    await stopHolder(holder.child);
    expect(holder.child.exitCode).toBe(0);
    expect(await gone(lockFile())).toBe(true);
  }, 60_000);
});
