import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countUsers, type Database, openDatabase } from '@nguon/db';
import { crashHolder, createTestDatabase, startEmbeddedDatabaseHolder, testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, firstAdminHint } from '../platform';
import { HttpAgent } from '../testing/http-agent';
import { expectNothingStored } from '../testing/storage-snapshot';
import {
  capturedLogger,
  startTestPlatform,
  type TestPlatform,
  testApiConfig,
} from '../testing/test-platform';
import { type AdminCommandOptions, parseAdminArgs, runAdminCommand } from './create-admin-command';

const STRONG = 'Tra-Shan-Tuyet-2026';

async function admin(options: Partial<AdminCommandOptions> & { argv: string[] }, stdin = '') {
  const lines: string[] = [];
  const code = await runAdminCommand({ env: {}, readStdin: async () => stdin, ...options }, (line) =>
    lines.push(line),
  );
  const text = lines.join('\n');
  return { code, text, setPasswordCode: /set-password code: ([A-Z0-9]+)/.exec(text)?.[1] };
}

describe('admin arguments', () => {
  it.each([
    [
      ['create-admin', '--email', 'a@b.vn'],
      { kind: 'create-admin', email: 'a@b.vn', passwordFromStdin: false, evenIfAdminExists: false },
    ],
    [
      ['create-admin', '--email=a@b.vn', '--name', 'Chị Lan', '--password-stdin', '--even-if-admin-exists'],
      {
        kind: 'create-admin',
        email: 'a@b.vn',
        name: 'Chị Lan',
        passwordFromStdin: true,
        evenIfAdminExists: true,
      },
    ],
    [[], { kind: 'help' }],
    [['create-admin', '--help'], { kind: 'help' }],
    [['create-admin'], { kind: 'bad', why: 'create-admin needs --email' }],
    [['create-admin', '--email'], { kind: 'bad', why: '--email needs a value' }],
    [['create-admin', '--email', 'a@b.vn', '--force'], { kind: 'bad', why: 'unknown argument --force' }],
    [['make-admin'], { kind: 'bad', why: 'unknown command make-admin' }],
  ])('%j', (argv, expected) => {
    expect(parseAdminArgs(argv)).toEqual(expected);
  });
});

const drivers = await testDrivers();

describe.each(drivers)('npm run admin -- create-admin on %s', (driver) => {
  let t: TestPlatform;
  let database: Database;
  beforeAll(async () => {
    t = await startTestPlatform(driver);
    database = { db: t.platform.ctx.db, driver, close: async () => {} };
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('makes the first admin, whose one-time code sets a password and signs them in as admin', async () => {
    const made = await admin({
      argv: ['create-admin', '--email', 'Quan.Tri@HTX.vn', '--name', 'Quản trị'],
      database,
    });
    expect(made.code, made.text).toBe(0);
    expect(made.text).toContain('quan.tri@htx.vn is a platform admin (new account)');
    expect(made.text).toContain('Mở / open: http://localhost:3000/set-password?code=');
    const agent = new HttpAgent(t.baseUrl);
    const response = await agent.request('POST', '/api/v1/auth/set-password', {
      body: { code: made.setPasswordCode, password: STRONG },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.platformRoles).toEqual(['admin']);
    expect(response.body.memberships).toEqual([]);
    expect(response.body.user).toMatchObject({ name: 'Quản trị', email: 'quan.tri@htx.vn' });
    const again = await agent.request('POST', '/api/v1/auth/set-password', {
      body: { code: made.setPasswordCode, password: STRONG },
      storesOnRefusal: 'every set-password attempt counts towards the throttle',
    });
    expect(again.body.code).toBe('SET_PASSWORD_CODE_INVALID');
  });

  it('refuses a second admin unless asked explicitly, storing nothing', async () => {
    const refused = await expectNothingStored({ db: t.platform.ctx.db }, 'create-admin with an admin', () =>
      admin({ argv: ['create-admin', '--email', 'hai@htx.vn'], database }),
    );
    expect(refused.code).toBe(1);
    expect(refused.text).toContain('A platform admin already exists; none added.');
    expect(refused.text).toContain('Đã có quản trị viên nền tảng');
  });

  it('with --even-if-admin-exists and --password-stdin, adds an admin who signs in with that password', async () => {
    const weak = await admin(
      {
        argv: ['create-admin', '--email', 'hai@htx.vn', '--password-stdin', '--even-if-admin-exists'],
        database,
      },
      'short\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.text).toContain('too short or too easy to guess');
    const made = await admin(
      {
        argv: ['create-admin', '--email', 'hai@htx.vn', '--password-stdin', '--even-if-admin-exists'],
        database,
      },
      `${STRONG}\n`,
    );
    expect(made.code, made.text).toBe(0);
    expect(made.setPasswordCode).toBeUndefined();
    const session = await new HttpAgent(t.baseUrl).signIn('hai@htx.vn', STRONG);
    expect(session.platformRoles).toEqual(['admin']);
  });
});

describe.each(drivers)('the start of a platform without users on %s', (driver) => {
  it('logs the exact command that makes the first admin, and stops once someone exists', async () => {
    const database = await createTestDatabase(driver);
    const log = capturedLogger();
    const config = testApiConfig({
      filesDir: await mkdtemp(join(tmpdir(), 'nguon-admin-')),
      sessionSecret: 'x'.repeat(32),
      logLevel: 'info',
      bodyLimitBytes: 1024,
      signUpMode: 'closed',
      checkpointKey: { generatedFile: null },
    });
    try {
      const start = async () => {
        const platform = await createPlatform({
          config,
          logger: log.logger,
          version: 'test',
          database,
        });
        await platform.close();
      };
      await start();
      expect(log.text()).toContain('npm run admin -- create-admin --email <your email>');
      expect(firstAdminHint).toContain('npm run admin -- create-admin --email <your email>');
      log.clear();
      expect((await admin({ argv: ['create-admin', '--email', 'op@htx.vn'], database })).code).toBe(0);
      await start();
      expect(log.text()).not.toContain('create-admin');
    } finally {
      await database.close();
      await rm(config.filesDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('create-admin on an embedded DATA_DIR', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nguon-admin-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates and migrates the database, makes the admin, and is refused while the platform holds the lock', async () => {
    const made = await admin({ argv: ['create-admin', '--email', 'chu@htx.vn'], env: { DATA_DIR: dataDir } });
    expect(made.code, made.text).toBe(0);
    expect(made.setPasswordCode).toMatch(/^[A-Z0-9]{10}$/);
    const dbDir = join(dataDir, 'db');
    const holder = startEmbeddedDatabaseHolder(dbDir);
    try {
      expect(await holder.outcome).toEqual({ kind: 'open' });
      const refused = await admin({
        argv: ['create-admin', '--email', 'hai@htx.vn', '--even-if-admin-exists'],
        env: { DATA_DIR: dataDir },
      });
      expect(refused.code).toBe(2);
      expect(refused.text).toContain('is in use by another Nguồn process');
    } finally {
      await crashHolder(holder.child);
    }
    const reopened = await openDatabase({ dataDir: dbDir });
    try {
      expect(await countUsers(reopened.db)).toBe(1);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
