import { type Database, findTenant } from '@nguon/db';
import { auditCheckpoints, verifyRecordChains } from '@nguon/services';
import { type CheckpointInputs, checkpointLines, loadCheckpointInputs } from './verify-checkpoints';
import {
  type Bilingual,
  checkSchemaVersion,
  openDatabaseForVerify,
  type VerifyDatabase,
  VerifyRefusal,
} from './verify-database';
import { headingLines, resultLines } from './verify-report';

/** 0: every chain verifies; 1: faults found; 2: bad usage, or the database cannot be checked. */
export type VerifyExitCode = 0 | 1 | 2;

export interface VerifyOptions {
  /** The arguments after the command: `[--tenant <uuid>] [--public-key FILE]... [--checkpoint FILE]`. */
  argv: readonly string[];
  /** DATABASE_URL, DATA_DIR and INIT_CWD, read as `npm start` reads them. */
  env: NodeJS.ProcessEnv;
  /** An open database to check instead of the one the environment names (tests: a private schema). */
  database?: Database;
  now?: () => Date;
}

export interface RunArgs {
  kind: 'run';
  tenantId: string | null;
  publicKeys: string[];
  checkpoint: string | null;
}

type VerifyArgs = RunArgs | { kind: 'help' } | { kind: 'bad'; why: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const verifyUsage = [
  'usage: npm run verify [-- --tenant <uuid>] [--public-key FILE]... [--checkpoint FILE]',
  '  Tính lại chuỗi hash của mọi lô (hoặc của một tài khoản) và chỉ ra bản ghi không còn khớp; không thay đổi gì.',
  '  Recomputes every lot’s record hash chain (or one tenant’s) and names each record that no longer matches; changes nothing.',
  '  Rồi kiểm tra chữ ký và chuỗi các điểm neo, và so mọi lô với điểm neo mới nhất (lô bị lùi, viết lại, xóa).',
  '  Then checks the signed checkpoints (signatures, their chain) and every lot against the latest (rewound, rewritten, deleted).',
  '  --public-key FILE: the published public key (PEM) you kept; repeat for rotated keys. Default: the platform’s own key.',
  '  --checkpoint FILE: a checkpoint you saved (JSON of GET /api/v1/checkpoints/{seq}); detects checkpoints deleted since.',
  '  Database: DATABASE_URL (PostgreSQL), else PGlite in DATA_DIR (default ./data), as npm start.',
  '  Exit: 0 no faults, 1 faults found, 2 usage or database error.',
];

const valueFlags = ['--tenant', '--public-key', '--checkpoint'] as const;

function flagOf(arg: string): { flag: (typeof valueFlags)[number]; inline: string | null } | null {
  for (const flag of valueFlags) {
    if (arg === flag) return { flag, inline: null };
    if (arg.startsWith(`${flag}=`)) return { flag, inline: arg.slice(flag.length + 1) };
  }
  return null;
}

export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const run: RunArgs = { kind: 'run', tenantId: null, publicKeys: [], checkpoint: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const found = flagOf(arg);
    if (!found) return { kind: 'bad', why: `unknown argument ${arg}` };
    const value = found.inline ?? argv[++i];
    if (found.flag === '--tenant') {
      if (value === undefined || !uuidPattern.test(value))
        return { kind: 'bad', why: `--tenant needs a tenant id (uuid), got ${value ?? 'nothing'}` };
      run.tenantId = value.toLowerCase();
    } else if (value === undefined || value === '') return { kind: 'bad', why: `${found.flag} needs a file` };
    else if (found.flag === '--public-key') run.publicKeys.push(value);
    else run.checkpoint = value;
  }
  return run;
}

async function tenantScope(database: Database, tenantId: string | null) {
  if (tenantId === null) return null;
  const tenant = await findTenant(database.db, tenantId);
  if (!tenant)
    throw new VerifyRefusal({
      vi: `Không có tài khoản (tenant) ${tenantId} trong cơ sở dữ liệu này.`,
      en: `There is no tenant ${tenantId} in this database.`,
    });
  return { id: tenant.id, name: tenant.name };
}

async function verifyOpened(
  opened: VerifyDatabase,
  args: RunArgs & { inputs: CheckpointInputs },
  now: Date,
  write: (line: string) => void,
): Promise<VerifyExitCode> {
  const { db } = opened.database;
  const migration = await checkSchemaVersion(db);
  const tenant = await tenantScope(opened.database, args.tenantId);
  for (const line of headingLines({ database: opened.label, migration, tenant })) write(line);
  for (const note of opened.notes) write(`  ${note.vi} / ${note.en}`);
  const result = await verifyRecordChains(db, tenant?.id ?? null, now);
  for (const line of resultLines(result)) write(line);
  const { verifiers, savedCopy } = args.inputs;
  const audit = await auditCheckpoints(db, { verifiers, savedCopy, tenantId: tenant?.id ?? null });
  const anchored = checkpointLines(audit, args.inputs);
  for (const line of anchored.lines) write(line);
  return result.faults.length === 0 && anchored.faults === 0 ? 0 : 1;
}

const writeRefusal = (text: Bilingual, write: (line: string) => void) => {
  write(`verify: ${text.vi}`);
  write(`verify: ${text.en}`);
};

/**
 * `npm run verify`: opens the database as `npm start` would, without migrating, recomputes the record hash chains
 * and prints a summary naming every fault. Returns the exit code; unexpected errors are thrown.
 */
export async function runVerify(
  options: VerifyOptions,
  write: (line: string) => void,
): Promise<VerifyExitCode> {
  const args = parseVerifyArgs(options.argv);
  if (args.kind !== 'run') {
    if (args.kind === 'bad') write(`verify: ${args.why}`);
    for (const line of verifyUsage) write(line);
    return args.kind === 'help' ? 0 : 2;
  }
  const now = (options.now ?? (() => new Date()))();
  let opened: VerifyDatabase | undefined;
  try {
    const inputs = await loadCheckpointInputs(args.publicKeys, args.checkpoint, options.env);
    opened = options.database
      ? { database: options.database, label: options.database.driver, notes: [] }
      : await openDatabaseForVerify(options.env);
    return await verifyOpened(opened, { ...args, inputs }, now, write);
  } catch (error: unknown) {
    if (!(error instanceof VerifyRefusal)) throw error;
    writeRefusal(error.text, write);
    return 2;
  } finally {
    if (opened && !options.database) await opened.database.close();
  }
}
