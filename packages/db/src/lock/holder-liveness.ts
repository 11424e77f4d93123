import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds an embedded database directory, as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** The holder's command line, to recognise it in a process list. */
  command: string;
}

/** Linux reports process start times in clock ticks since boot; USER_HZ is 100 on every mainstream arch. */
const ticksPerSecond = 100;

/** When a process started, from /proc; null where /proc cannot tell (not Linux, process gone, no access). */
function processStartedAt(pid: number): Date | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces: fields count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]);
    const bootLine = readFileSync('/proc/stat', 'utf8').match(/^btime (\d+)$/m);
    if (!bootLine?.[1] || !Number.isFinite(startTicks)) return null;
    return new Date((Number(bootLine[1]) + startTicks / ticksPerSecond) * 1000);
  } catch {
    return null;
  }
}

function pidIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: it runs, as another user; ESRCH: no such process.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Slack between a process starting and it writing its lock (clock-tick rounding, slow start). */
const startSlackMs = 2_000;

/**
 * Whether the lock's holder may still be running. A holder on another host (a shared disk) cannot be checked,
 * so it counts as alive: refusing is safe, taking over could corrupt the data. A live PID that started after the
 * lock was written is another process that reused the number (after a reboot or a container restart).
 */
export function holderMayBeAlive(holder: LockHolder, heldHere: boolean): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere;
  if (!pidIsRunning(holder.pid)) return false;
  const started = processStartedAt(holder.pid);
  const since = Date.parse(holder.since);
  return started === null || Number.isNaN(since) || started.getTime() <= since + startSlackMs;
}
