import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from '../schema';

/**
 * Rows in PostgreSQL's COPY text format, handed to a connection as the one parameter of a `COPY ... FROM
 * STDIN` statement. Kysely sends a statement and its parameters to the pg client and nothing else, so the
 * clients of our pools (installCopyIn) recognise this parameter and stream the rows instead.
 */
class CopyInput {
  /** Set by the connection once the rows are in: Kysely reports counts only for INSERT, UPDATE, DELETE, MERGE. */
  copied: number | null = null;
  constructor(readonly text: string) {}
}

type QueryResultLike = { command: string; rowCount: number; rows: unknown[] };

/** PostgreSQL: the rows go through the COPY sub-protocol (pg-copy-streams) on this very connection. */
function copyThroughProtocol(
  client: pg.ClientBase,
  statement: string,
  input: CopyInput,
): Promise<QueryResultLike> {
  return new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(statement));
    stream.once('error', reject);
    stream.once('finish', () => {
      input.copied = stream.rowCount;
      resolve({ command: 'COPY', rowCount: stream.rowCount, rows: [] });
    });
    stream.end(input.text);
  });
}

/**
 * PGlite: its one session takes the rows as a blob (`FROM '/dev/blob'`); the statement runs in whatever
 * transaction that session is in, which is the one the pool's single connection opened.
 */
async function copyThroughBlob(
  pglite: PGlite,
  statement: string,
  input: CopyInput,
): Promise<QueryResultLike> {
  const result = await pglite.query(statement.replace(/FROM STDIN$/, "FROM '/dev/blob'"), [], {
    blob: new Blob([input.text]),
  });
  input.copied = result.affectedRows ?? 0;
  return { command: 'COPY', rowCount: input.copied, rows: [] };
}

/** Teaches a pool's client COPY FROM STDIN through copyIn; every other query goes through untouched. */
export function installCopyIn(client: pg.ClientBase, pglite?: PGlite): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const copying = client as unknown as { query: (...args: unknown[]) => unknown };
  copying.query = (...args: unknown[]) => {
    const [statement, values] = args;
    if (typeof statement === 'string' && Array.isArray(values) && values[0] instanceof CopyInput)
      return pglite
        ? copyThroughBlob(pglite, statement, values[0])
        : copyThroughProtocol(client, statement, values[0]);
    return query(...args);
  };
}

/**
 * Runs `COPY table (columns) FROM STDIN` with rows already in COPY text format (tab-separated, one per line,
 * the caller escapes) and returns how many went in. All or nothing: a row that breaks a constraint fails it.
 */
export async function copyIn(db: Kysely<DB>, statement: string, text: string): Promise<number> {
  if (!/^COPY [a-z_]+ \([a-z_, ]+\) FROM STDIN$/.test(statement))
    throw new RangeError(`not a COPY FROM STDIN statement: ${statement}`);
  const input = new CopyInput(text);
  await db.executeQuery(CompiledQuery.raw(statement, [input]));
  if (input.copied === null)
    throw new Error('this connection was not set up for COPY FROM STDIN (installCopyIn)');
  return input.copied;
}
