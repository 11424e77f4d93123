import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type Database, DatabaseLockedError, migrateToLatest, openDatabase } from '@nguon/db';
import { type CreateAdminOutcome, composeServices, createPlatformAdmin } from '@nguon/services';
import { databaseLocationFrom, embeddedDatabaseDir } from '../config';

/** 0: admin made; 1: refused (an admin exists, weak password); 2: bad usage, or the database cannot be opened. */
export type AdminExitCode = 0 | 1 | 2;

export interface AdminCommandOptions {
  /** The arguments after `npm run admin --`. */
  argv: readonly string[];
  /** DATABASE_URL, DATA_DIR, INIT_CWD, PUBLIC_BASE_URL and PORT, read as `npm start` reads them. */
  env: NodeJS.ProcessEnv;
  /** The whole of standard input, for --password-stdin. */
  readStdin: () => Promise<string>;
  /** An open database instead of the one the environment names (tests: a private schema). */
  database?: Database;
}

export type CreateAdminArgs =
  | {
      kind: 'create-admin';
      email: string;
      name?: string;
      passwordFromStdin: boolean;
      evenIfAdminExists: boolean;
    }
  | { kind: 'help' }
  | { kind: 'bad'; why: string };

export const adminUsage = [
  'usage: npm run admin -- create-admin --email <email> [--name <name>] [--password-stdin] [--even-if-admin-exists]',
  '  Tạo quản trị viên nền tảng đầu tiên và in mã đặt mật khẩu dùng một lần (hoặc đọc mật khẩu từ stdin).',
  '  Makes the first platform admin and prints a one-time set-password code (or reads the password from stdin).',
  '  --even-if-admin-exists: thêm quản trị viên dù đã có / add an admin although one exists (e.g. the only one lost access).',
  '  Database: DATABASE_URL (PostgreSQL), else PGlite in DATA_DIR (default ./data), as npm start; migrates it first.',
  '  Exit: 0 done, 1 refused, 2 usage or database error.',
];

const flags = new Set(['--password-stdin', '--even-if-admin-exists']);

/** Reads `create-admin --email e [--name n] [--password-stdin] [--even-if-admin-exists]`, `--opt=value` too. */
export function parseAdminArgs(argv: readonly string[]): CreateAdminArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { kind: 'help' };
  if (command !== 'create-admin') return { kind: 'bad', why: `unknown command ${command}` };
  const values: Record<string, string> = {};
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (flags.has(arg)) {
      seen.add(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name !== '--email' && name !== '--name') return { kind: 'bad', why: `unknown argument ${arg}` };
    const value = inline ?? rest[++i];
    if (value === undefined || value.trim() === '') return { kind: 'bad', why: `${name} needs a value` };
    values[name] = value;
  }
  if (!values['--email']) return { kind: 'bad', why: 'create-admin needs --email' };
  return {
    kind: 'create-admin',
    email: values['--email'],
    ...(values['--name'] ? { name: values['--name'] } : {}),
    passwordFromStdin: seen.has('--password-stdin'),
    evenIfAdminExists: seen.has('--even-if-admin-exists'),
  };
}

/** A message in both languages, one line each. */
const both = (write: (line: string) => void, vi: string, en: string) => {
  write(`create-admin: ${vi}`);
  write(`create-admin: ${en}`);
};

function reportOutcome(outcome: CreateAdminOutcome, write: (line: string) => void): AdminExitCode {
  if (outcome.kind === 'refused') {
    switch (outcome.reason) {
      case 'admin-exists':
        both(
          write,
          'Đã có quản trị viên nền tảng; không tạo thêm. Quản trị viên hiện có cấp quyền trong ứng dụng, hoặc chạy lại với --even-if-admin-exists nếu không ai vào được.',
          'A platform admin already exists; none added. An existing admin grants the role in the app, or run again with --even-if-admin-exists if nobody can get in.',
        );
        return 1;
      case 'bad-email':
        both(write, 'Email không hợp lệ.', 'Not a valid email address.');
        return 2;
      case 'weak-password':
        both(
          write,
          'Mật khẩu quá ngắn hoặc quá dễ đoán (ít nhất 10 ký tự).',
          'The password is too short or too easy to guess (at least 10 characters).',
        );
        return 1;
    }
  }
  both(
    write,
    `${outcome.email} là quản trị viên nền tảng${outcome.newPerson ? ' (tài khoản mới)' : ' (tài khoản đã có)'}.`,
    `${outcome.email} is a platform admin${outcome.newPerson ? ' (new account)' : ' (existing account)'}.`,
  );
  if (outcome.setPassword) {
    const { code, url, expiresAt } = outcome.setPassword;
    write(`  Mã đặt mật khẩu dùng một lần / one-time set-password code: ${code}`);
    write(`  Mở / open: ${url}`);
    write(`  Hết hạn / expires: ${expiresAt.toISOString()}. Chỉ hiện một lần / shown only once.`);
  } else {
    write('  Đăng nhập bằng mật khẩu vừa đặt / sign in with the password just set.');
  }
  return 0;
}

/** Opens the database `npm start` would use, with the same DATA_DIR lock, and migrates it as a start would. */
async function openAndMigrate(env: NodeJS.ProcessEnv): Promise<Database> {
  const { dataDir, databaseUrl } = databaseLocationFrom(env);
  const database = await openDatabase({ url: databaseUrl, dataDir: embeddedDatabaseDir(dataDir) });
  try {
    await migrateToLatest(database.db);
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function createAdminIn(
  database: Database,
  args: Extract<CreateAdminArgs, { kind: 'create-admin' }>,
  options: AdminCommandOptions,
): Promise<CreateAdminOutcome> {
  const port = options.env.PORT ?? '3000';
  const services = await composeServices({
    database,
    queue: { kind: 'inline' },
    jobs: [],
    filesDir: join(databaseLocationFrom(options.env).dataDir, 'files'),
    // No session is made here; the secret only completes the context.
    config: {
      sessionSecret: randomBytes(32).toString('base64url'),
      publicBaseUrl: options.env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    },
  });
  try {
    const password = args.passwordFromStdin ? (await options.readStdin()).replace(/\r?\n$/, '') : undefined;
    return await createPlatformAdmin(services.ctx, {
      email: args.email,
      name: args.name,
      password,
      evenIfAdminExists: args.evenIfAdminExists,
    });
  } finally {
    await services.close();
  }
}

/** `npm run admin -- create-admin ...`: prints what it did in both languages and returns the exit code. */
export async function runAdminCommand(
  options: AdminCommandOptions,
  write: (line: string) => void,
): Promise<AdminExitCode> {
  const args = parseAdminArgs(options.argv);
  if (args.kind !== 'create-admin') {
    if (args.kind === 'bad') write(`admin: ${args.why}`);
    for (const line of adminUsage) write(line);
    return args.kind === 'help' ? 0 : 2;
  }
  let database = options.database;
  try {
    database ??= await openAndMigrate(options.env);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      both(write, error.text.vi, error.text.en);
    } else {
      both(
        write,
        `Không mở được cơ sở dữ liệu: ${messageOf(error)}`,
        `Cannot open the database: ${messageOf(error)}`,
      );
    }
    return 2;
  }
  try {
    return reportOutcome(await createAdminIn(database, args, options), write);
  } finally {
    if (!options.database) await database.close();
  }
}
