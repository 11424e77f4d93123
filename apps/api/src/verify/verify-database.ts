import { access } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Database,
  DatabaseLockedError,
  type Db,
  type LockHolder,
  loadMigrations,
  openDatabase,
} from '@nguon/db';
import { databaseLocationFrom, embeddedDatabaseDir } from '../config';

/** A message in Vietnamese and English. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** verify cannot run here (no database, database in use or out of reach, schema of another version): exit 2. */
export class VerifyRefusal extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export interface VerifyDatabase {
  database: Database;
  /** Which database, for the summary: driver and place, without a password. */
  label: string;
  notes: Bilingual[];
}

const connectTimeoutMs = 10_000;
const hidePassword = (url: string) => url.replace(/:[^:@/]+@/, ':***@');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Null when the database answers a trivial query within the time, else why not. */
async function whyUnreachable(db: Db): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${connectTimeoutMs / 1000} s`), connectTimeoutMs);
  });
  const ping = db
    .selectNoFrom((eb) => eb.lit(1).as('one'))
    .execute()
    .then(
      () => null,
      (error: unknown) => messageOf(error) || String(error),
    );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openServer(url: string): Promise<VerifyDatabase> {
  const label = `PostgreSQL ${hidePassword(url)}`;
  const database = await openDatabase({ url, poolSize: 2 });
  const problem = await whyUnreachable(database.db);
  if (problem === null) return { database, label, notes: [] };
  // A pool stuck connecting would hold the process open; closing it is best effort.
  void database.close().catch(() => {});
  throw new VerifyRefusal({
    vi: `Không kết nối được ${label}: ${problem}. Kiểm tra DATABASE_URL và máy chủ PostgreSQL.`,
    en: `Cannot connect to ${label}: ${problem}. Check DATABASE_URL and that PostgreSQL is running.`,
  });
}

const hasDatabase = (dbDir: string) =>
  access(join(dbDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );

function runningPlatform(error: DatabaseLockedError): VerifyRefusal {
  const { pid, host, since } = error.holder;
  return new VerifyRefusal({
    vi: `Nền tảng đang chạy với DATA_DIR này (tiến trình ${pid} trên ${host}, từ ${since}) và đang giữ ${error.dir}. PGlite chỉ cho một tiến trình mở: hãy dừng nền tảng (Ctrl+C) rồi chạy lại, hoặc gọi GET /api/v1/records/verification với quyền chủ tài khoản. Nếu chắc chắn nó không chạy, hãy xóa ${error.lockFile}.`,
    en: `The platform is running with this DATA_DIR (process ${pid} on ${host}, since ${since}) and holds ${error.dir}. PGlite allows one process at a time: stop the platform (Ctrl+C) and run verify again, or call GET /api/v1/records/verification as the owner. If you are sure it is not running, delete ${error.lockFile}.`,
  });
}

/** Opens PGlite under the same lock as `npm start`: refused while the platform holds it, a crashed holder's taken over. */
async function openEmbedded(dataDir: string): Promise<VerifyDatabase> {
  const dbDir = embeddedDatabaseDir(dataDir);
  if (!(await hasDatabase(dbDir)))
    throw new VerifyRefusal({
      vi: `Không có cơ sở dữ liệu nhúng ở ${dbDir}. Chạy nền tảng một lần (npm start) với DATA_DIR này, hoặc đặt DATABASE_URL.`,
      en: `No embedded database at ${dbDir}. Start the platform once (npm start) with this DATA_DIR, or set DATABASE_URL.`,
    });
  const notes: Bilingual[] = [];
  const onStaleLock = (stale: LockHolder) =>
    notes.push({
      vi: `Lưu ý: lần chạy trước (tiến trình ${stale.pid}, từ ${stale.since}) không đóng cơ sở dữ liệu đúng cách; PGlite khôi phục nó khi mở.`,
      en: `Note: the last run (process ${stale.pid}, since ${stale.since}) did not close the database cleanly; PGlite recovers it on opening.`,
    });
  try {
    return { database: await openDatabase({ dataDir: dbDir, onStaleLock }), label: `PGlite ${dbDir}`, notes };
  } catch (error: unknown) {
    if (error instanceof DatabaseLockedError) throw runningPlatform(error);
    throw new VerifyRefusal({
      vi: `Không mở được cơ sở dữ liệu nhúng ở ${dbDir}: ${messageOf(error)}`,
      en: `Cannot open the embedded database at ${dbDir}: ${messageOf(error)}`,
    });
  }
}

/** Opens the database `npm start` would use with this environment (DATABASE_URL, else PGlite in DATA_DIR). */
export async function openDatabaseForVerify(env: NodeJS.ProcessEnv): Promise<VerifyDatabase> {
  const { dataDir, databaseUrl } = databaseLocationFrom(env);
  return databaseUrl ? openServer(databaseUrl) : openEmbedded(dataDir);
}

const undefinedTable = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === '42P01';

async function appliedMigrations(db: Db): Promise<number[]> {
  try {
    return (await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version);
  } catch (error: unknown) {
    if (!undefinedTable(error)) throw error;
    throw new VerifyRefusal({
      vi: 'Cơ sở dữ liệu này chưa có lược đồ của Nguồn. Chạy nền tảng một lần để tạo nó.',
      en: 'This database has no Nguồn schema yet. Start the platform once to create it.',
    });
  }
}

/** The database's migration, refusing one older or newer than this code: verify migrates nothing. */
export async function checkSchemaVersion(db: Db): Promise<number> {
  const applied = await appliedMigrations(db);
  const known = await loadMigrations();
  const latest = known.at(-1)?.version ?? 0;
  const dbLatest = Math.max(0, ...applied);
  if (applied.some((version) => !known.some((m) => m.version === version)))
    throw new VerifyRefusal({
      vi: `Lược đồ cơ sở dữ liệu (migration ${dbLatest}) mới hơn mã nguồn này (${latest}). Hãy cập nhật mã nguồn.`,
      en: `The database schema (migration ${dbLatest}) is newer than this code (${latest}). Update the code.`,
    });
  const missing = known
    .filter((m) => !applied.includes(m.version))
    .map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`);
  if (missing.length > 0)
    throw new VerifyRefusal({
      vi: `Lược đồ cơ sở dữ liệu cũ hơn mã nguồn: thiếu migration ${missing.join(', ')}. verify không migrate; chạy nền tảng một lần để nó migrate, rồi chạy lại.`,
      en: `The database schema is older than the code: missing migration ${missing.join(', ')}. verify does not migrate; start the platform once so it migrates, then run verify again.`,
    });
  return latest;
}
