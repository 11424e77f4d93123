// A process that opens an embedded database as `npm start` does and keeps it open: the other side of lock tests.
// Usage: node --import tsx hold-embedded-database.ts <dataDir>; prints "open <pid>" once open, closes on SIGTERM.
import { openDatabase } from '../database';
import { DatabaseLockedError } from '../lock/directory-lock';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-embedded-database.ts <dataDir>');
try {
  const database = await openDatabase({ dataDir });
  await database.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  const keepAlive = setInterval(() => {}, 1000);
  // Listen before saying "open": a SIGTERM that comes first would otherwise kill without closing.
  process.once('SIGTERM', () => {
    clearInterval(keepAlive);
    void database.close().then(() => process.exit(0));
  });
  process.stdout.write(`open ${process.pid}\n`);
} catch (error: unknown) {
  if (!(error instanceof DatabaseLockedError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
