import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import { copyIn } from './copy-in';

const drivers = await testDrivers();

describe.each(drivers)('COPY FROM STDIN on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await sql`CREATE TABLE copied (id int PRIMARY KEY, name text NOT NULL)`.execute(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  const names = async () =>
    (await sql<{ id: number; name: string }>`SELECT id, name FROM copied ORDER BY id`.execute(t.db)).rows;

  it('stores the rows and counts them, in or out of a transaction', async () => {
    expect(await copyIn(t.db, 'COPY copied (id, name) FROM STDIN', '1\tmột\n2\thai\n')).toBe(2);
    expect(
      await t.db.transaction().execute((tx) => copyIn(tx, 'COPY copied (id, name) FROM STDIN', '3\tba\n')),
    ).toBe(1);
    expect(await names()).toEqual([
      { id: 1, name: 'một' },
      { id: 2, name: 'hai' },
      { id: 3, name: 'ba' },
    ]);
  });

  it('stores nothing when one row breaks a constraint, and the connection serves on', async () => {
    await expect(copyIn(t.db, 'COPY copied (id, name) FROM STDIN', '4\tbốn\n1\tlại\n')).rejects.toMatchObject(
      {
        code: '23505',
      },
    );
    expect((await names()).map((row) => row.id)).toEqual([1, 2, 3]);
  });

  it('refuses anything but COPY FROM STDIN', async () => {
    await expect(copyIn(t.db, "COPY copied (id, name) FROM '/etc/passwd'", '')).rejects.toThrow(RangeError);
  });
});
