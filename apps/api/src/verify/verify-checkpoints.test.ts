import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type Db, listChainRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { recordHashInput } from '@nguon/domain';
import { makeCheckpoint, type PublishedCheckpoint, recordContentOf } from '@nguon/services';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';
import { testCheckpointKeyPem } from '../testing/test-platform';
import { runVerify } from './verify-command';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a database owner can do: switch the guards off, change rows, switch them back on. */
const unguarded = (db: Db, tables: string[], work: (trx: Db) => Promise<void>) =>
  db.transaction().execute(async (trx) => {
    for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER USER`.execute(trx);
    await work(trx);
    for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER USER`.execute(trx);
  });

/** Rewrites one record's data and recomputes its hash and every later one, and the head: the chain checks out. */
async function rewriteAndRehash(db: Db, lotId: string, seq: number, data: Record<string, unknown>) {
  const rows = await listChainRecords(db, [lotId]);
  await unguarded(db, ['lot_records'], async (trx) => {
    let prev = rows.find((row) => row.seq === seq)?.prev_hash ?? '';
    for (const row of rows.filter((r) => r.seq >= seq)) {
      const content = { ...recordContentOf(row), ...(row.seq === seq ? { data } : {}) };
      const hash = sha256Hex(recordHashInput(content, prev));
      await sql`UPDATE lot_records SET data = ${JSON.stringify(content.data)}::jsonb, prev_hash = ${prev}, hash = ${hash}
        WHERE id = ${row.id}`.execute(trx);
      prev = hash;
    }
    await trx.updateTable('lots').set({ head_hash: prev }).where('id', '=', lotId).execute();
  });
}

/** Deletes a lot's last record and moves its head back to the one before: the chain checks out. */
async function deleteLastAndRewind(db: Db, lotId: string) {
  const rows = await listChainRecords(db, [lotId]);
  const last = rows.at(-1);
  if (!last) throw new Error('no record');
  await unguarded(db, ['lot_records', 'lots'], async (trx) => {
    await trx.deleteFrom('lot_records').where('id', '=', last.id).execute();
    await trx
      .updateTable('lots')
      .set({ record_count: last.seq - 1, head_hash: last.prev_hash })
      .where('id', '=', lotId)
      .execute();
  });
}

const drivers = await testDrivers();

describe.each(drivers)('npm run verify against signed checkpoints on %s', (driver) => {
  let kit: LotKit;
  let dir: string;
  let publicKeyFile: string;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    dir = await mkdtemp(join(tmpdir(), 'nguon-checkpoints-'));
    publicKeyFile = join(dir, 'public-key.pem');
    const pem = createPublicKey(createPrivateKey(testCheckpointKeyPem)).export({
      format: 'pem',
      type: 'spki',
    });
    await writeFile(publicKeyFile, pem);
  }, 60_000);
  afterAll(async () => {
    await kit?.t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const db = () => kit.t.platform.ctx.db;
  const { harvestedLot, newLot, plant } = lotHelpers(() => kit);
  const checkpoint = async (): Promise<PublishedCheckpoint> => {
    const key = kit.t.platform.ctx.config.checkpointKey;
    if (!key) throw new Error('the test platform has no checkpoint key');
    return (await makeCheckpoint(kit.t.platform.ctx, key)).checkpoint;
  };
  const verify = async (...argv: string[]) => {
    const database: Database = { db: db(), driver, close: async () => {} };
    const lines: string[] = [];
    const code = await runVerify(
      { argv: ['--public-key', publicKeyFile, ...argv], env: {}, database },
      (line) => lines.push(line),
    );
    return { code, lines, text: lines.join('\n') };
  };
  const linesAbout = (lines: string[], lotId: string) => lines.filter((line) => line.includes(lotId));

  // one database for the whole file: the tests that expect a clean verify run before those that tamper
  it('makes one checkpoint per change: a second run with nothing new returns the same one', async () => {
    await harvestedLot(100);
    const first = await checkpoint();
    expect(await checkpoint()).toEqual(first);
    const cli = await verify();
    expect(cli.code, cli.text).toBe(0);
    expect(cli.text).toContain(`against checkpoint #${first.seq}`);
    expect(cli.text).toContain('Every anchored lot agrees with the checkpoint.');
  });

  it('reports lots made after the latest checkpoint as not yet anchored, not as faults', async () => {
    await checkpoint();
    await newLot();
    const cli = await verify();
    expect(cli.code, cli.text).toBe(0);
    expect(cli.text).toContain(
      '1 lô chưa được neo (tạo sau điểm neo) / lots not yet anchored (made after it)',
    );
  });

  it('(d) detects a deleted latest checkpoint through a saved copy', async () => {
    await newLot();
    const saved = await checkpoint();
    const copyFile = join(dir, `checkpoint-${saved.seq}.json`);
    await writeFile(copyFile, JSON.stringify(saved));
    expect((await verify('--checkpoint', copyFile)).code).toBe(0);
    await unguarded(db(), ['checkpoints', 'checkpoint_leaves'], async (trx) => {
      await trx.deleteFrom('checkpoint_leaves').where('checkpoint_seq', '=', saved.seq).execute();
      await trx.deleteFrom('checkpoints').where('seq', '=', saved.seq).execute();
    });
    expect((await verify()).code).toBe(0);
    const cli = await verify('--checkpoint', copyFile);
    expect(cli.code, cli.text).toBe(1);
    expect(cli.text).toContain(`✗ điểm neo / checkpoint #${saved.seq} · copy_missing`);
  });

  it('(a) names a lot whose record was rewritten and re-hashed, which the chain check alone misses', async () => {
    const lot = await harvestedLot(300);
    await checkpoint();
    await rewriteAndRehash(db(), lot.id, 4, { weight: 3000 });
    const cli = await verify();
    expect(cli.code, cli.text).toBe(1);
    expect(linesAbout(cli.lines, lot.id)).toEqual([
      expect.stringMatching(new RegExp(`^ {2}✗ lô / lot ${lot.code} \\(${lot.id}\\) · history_rewritten · `)),
    ]);
    expect(cli.text).toContain('No faults: every record matches its stored hash.');
  });

  it('(a) still names it after the next hourly checkpoint signed the forged head', async () => {
    const lot = await harvestedLot(300);
    await checkpoint();
    await rewriteAndRehash(db(), lot.id, 4, { weight: 3000 });
    await plant((await newLot()).id);
    await checkpoint();
    const cli = await verify();
    expect(cli.code, cli.text).toBe(1);
    expect(linesAbout(cli.lines, lot.id)).toEqual([
      expect.stringMatching(new RegExp(`^ {2}✗ lô / lot ${lot.code} \\(${lot.id}\\) · history_rewritten · `)),
    ]);
  });

  it('(b) names a lot whose last record was deleted and head rewound; a lot that grew since is fine', async () => {
    const rewound = await harvestedLot(200);
    const grown = await newLot();
    await checkpoint();
    expect((await plant(grown.id)).status).toBe(201);
    await deleteLastAndRewind(db(), rewound.id);
    const cli = await verify();
    expect(cli.code, cli.text).toBe(1);
    expect(linesAbout(cli.lines, rewound.id)).toEqual([
      expect.stringContaining(
        `✗ lô / lot ${rewound.code} (${rewound.id}) · head_rewound · neo / anchored 4 @`,
      ),
    ]);
    expect(linesAbout(cli.lines, grown.id)).toEqual([]);
  });

  it('(c) refuses a forged checkpoint (root changed) by its signature', async () => {
    await newLot();
    const real = await checkpoint();
    const forgedRoot = 'f'.repeat(64);
    await unguarded(db(), ['checkpoints'], async (trx) => {
      await trx
        .updateTable('checkpoints')
        .set({ root: forgedRoot, statement: real.statement.replace(real.root, forgedRoot) })
        .where('seq', '=', real.seq)
        .execute();
    });
    const cli = await verify();
    expect(cli.code, cli.text).toBe(1);
    expect(cli.text).toContain(`✗ điểm neo / checkpoint #${real.seq} · bad_signature`);
  });

  it('trusts stored leaves only when they rebuild the signed root', async () => {
    const lot = await harvestedLot(50);
    const { seq } = await checkpoint();
    await unguarded(db(), ['checkpoint_leaves'], async (trx) => {
      await trx
        .updateTable('checkpoint_leaves')
        .set({ record_count: 9, head_hash: 'e'.repeat(64) })
        .where('checkpoint_seq', '=', seq)
        .where('lot_id', '=', lot.id)
        .execute();
    });
    const cli = await verify();
    expect(cli.code, cli.text).toBe(1);
    expect(cli.text).toContain(`✗ điểm neo / checkpoint #${seq} · leaves_altered`);
    expect(linesAbout(cli.lines, lot.id)).toEqual([]);
  });

  it('refuses a missing or unusable key or saved copy with exit 2', async () => {
    const garbage = join(dir, 'garbage.pem');
    await writeFile(garbage, 'not a key');
    expect((await verify('--public-key', join(dir, 'none.pem'))).code).toBe(2);
    expect((await verify('--public-key', garbage)).text).toContain('Unusable public key');
    const notCopy = await verify('--checkpoint', garbage);
    expect([notCopy.code, notCopy.text]).toEqual([2, expect.stringContaining('is not a saved checkpoint')]);
  });
});
