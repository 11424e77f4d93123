import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const holderScript = fileURLToPath(new URL('./hold-embedded-database.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

export interface HolderRun {
  child: ChildProcess;
  /** Resolves with "open" once the child holds the database, or with its exit code and output when it stopped. */
  outcome: Promise<{ kind: 'open' } | { kind: 'exited'; code: number | null; output: string }>;
}

/** Starts a real process that opens the embedded database in dataDir as `npm start` would. */
export function startEmbeddedDatabaseHolder(dataDir: string): HolderRun {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const outcome = new Promise<{ kind: 'open' } | { kind: 'exited'; code: number | null; output: string }>(
    (resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('open ')) resolve({ kind: 'open' });
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) => resolve({ kind: 'exited', code, output }));
    },
  );
  return { child, outcome };
}

/** Kills a holder the hard way (no clean close, no exit handler), as a crash or kill -9 would. */
export async function crashHolder(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Stops a holder cleanly (SIGTERM: it closes the database and releases its lock). */
export async function stopHolder(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
