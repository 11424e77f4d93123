import { type Database, findTenant } from '@nguon/db';
import { verifyRecordChains } from '@nguon/services';
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
  /** The arguments after the command: `[--tenant <uuid>]`. */
  argv: readonly string[];
  /** DATABASE_URL, DATA_DIR and INIT_CWD, read as `npm start` reads them. */
  env: NodeJS.ProcessEnv;
  /** An open database to check instead of the one the environment names (tests: a private schema). */
  database?: Database;
  now?: () => Date;
}

type VerifyArgs = { kind: 'run'; tenantId: string | null } | { kind: 'help' } | { kind: 'bad'; why: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const verifyUsage = [
  'usage: npm run verify [-- --tenant <uuid>]',
  '  Tính lại chuỗi hash của mọi lô (hoặc của một tài khoản) và chỉ ra bản ghi không còn khớp; không thay đổi gì.',
  '  Recomputes every lot’s record hash chain (or one tenant’s) and names each record that no longer matches; changes nothing.',
  '  Database: DATABASE_URL (PostgreSQL), else PGlite in DATA_DIR (default ./data), as npm start.',
  '  Exit: 0 no faults, 1 faults found, 2 usage or database error.',
];

export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  let tenantId: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const inline = arg.startsWith('--tenant=') ? arg.slice('--tenant='.length) : null;
    if (arg !== '--tenant' && inline === null) return { kind: 'bad', why: `unknown argument ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || !uuidPattern.test(value))
      return { kind: 'bad', why: `--tenant needs a tenant id (uuid), got ${value ?? 'nothing'}` };
    tenantId = value.toLowerCase();
  }
  return { kind: 'run', tenantId };
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
  tenantId: string | null,
  now: Date,
  write: (line: string) => void,
): Promise<VerifyExitCode> {
  const migration = await checkSchemaVersion(opened.database.db);
  const tenant = await tenantScope(opened.database, tenantId);
  for (const line of headingLines({ database: opened.label, migration, tenant })) write(line);
  for (const note of opened.notes) write(`  ${note.vi} / ${note.en}`);
  const result = await verifyRecordChains(opened.database.db, tenant?.id ?? null, now);
  for (const line of resultLines(result)) write(line);
  return result.faults.length === 0 ? 0 : 1;
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
    opened = options.database
      ? { database: options.database, label: options.database.driver, notes: [] }
      : await openDatabaseForVerify(options.env);
    return await verifyOpened(opened, args.tenantId, now, write);
  } catch (error: unknown) {
    if (!(error instanceof VerifyRefusal)) throw error;
    writeRefusal(error.text, write);
    return 2;
  } finally {
    if (opened && !options.database) await opened.database.close();
  }
}
