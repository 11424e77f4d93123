import { type Database, type Db, loadMigrations, openDatabase } from '@nguon/db';
import { databaseLocationFrom, embeddedDatabaseDir } from '../config';
import { embeddedDatabaseState } from './embedded-database-state';

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

/** Refuses a PGlite directory that is missing or open in another process: PGlite allows one at a time. */
async function embeddedNotes(dbDir: string): Promise<Bilingual[]> {
  const state = await embeddedDatabaseState(dbDir);
  switch (state.kind) {
    case 'closed':
      return [];
    case 'not_closed_cleanly':
      return [
        {
          vi: 'Lưu ý: lần chạy trước không đóng cơ sở dữ liệu đúng cách; PGlite khôi phục nó khi mở.',
          en: 'Note: the last run did not close the database cleanly; PGlite recovers it on opening.',
        },
      ];
    case 'missing':
      throw new VerifyRefusal({
        vi: `Không có cơ sở dữ liệu nhúng ở ${dbDir}. Chạy nền tảng một lần (npm start) với DATA_DIR này, hoặc đặt DATABASE_URL.`,
        en: `No embedded database at ${dbDir}. Start the platform once (npm start) with this DATA_DIR, or set DATABASE_URL.`,
      });
    case 'open':
      throw new VerifyRefusal({
        vi: `Nền tảng đang chạy với DATA_DIR này (tiến trình ${state.pids.join(', ')}) và đang mở ${dbDir}. PGlite chỉ cho một tiến trình mở: hãy dừng nền tảng (Ctrl+C) rồi chạy lại, hoặc gọi GET /api/v1/records/verification với quyền chủ tài khoản.`,
        en: `The platform is running with this DATA_DIR (process ${state.pids.join(', ')}) and has ${dbDir} open. PGlite allows one process at a time: stop the platform (Ctrl+C) and run verify again, or call GET /api/v1/records/verification as the owner.`,
      });
    case 'unknown':
      throw new VerifyRefusal({
        vi: `${dbDir} đang được mở bởi nền tảng, hoặc lần chạy trước không đóng nó đúng cách, và không xác định được là trường hợp nào. Hãy dừng nền tảng rồi chạy lại; nếu nó không chạy, hãy khởi động rồi dừng nó (Ctrl+C) một lần.`,
        en: `${dbDir} is open in a running platform, or the last run did not close it cleanly, and verify cannot tell which. Stop the platform and run again; if it is not running, start it once and stop it with Ctrl+C.`,
      });
  }
}

async function openEmbedded(dataDir: string): Promise<VerifyDatabase> {
  const dbDir = embeddedDatabaseDir(dataDir);
  const notes = await embeddedNotes(dbDir);
  try {
    return { database: await openDatabase({ dataDir: dbDir }), label: `PGlite ${dbDir}`, notes };
  } catch (error: unknown) {
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
