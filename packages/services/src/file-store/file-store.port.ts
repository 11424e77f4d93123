import type { Writable } from 'node:stream';

export interface StoredStream {
  byteSize: number;
  sha256: string;
}

/** Where file bytes live, by key; keys are made by the platform from ids, never from user input. */
export interface FileStore {
  readonly kind: string;
  /** Stores the bytes under the key, replacing any; a reader never sees a partial file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /**
   * Stores what `write` writes into the stream it is given, as put does (all or nothing), without holding the
   * file in memory; a rejected `write` stores nothing. Resolves with the stored size and SHA-256.
   */
  putStream(key: string, write: (out: Writable) => Promise<void>): Promise<StoredStream>;
  /** The bytes under the key as chunks read from disk on demand, or null when there are none. */
  getStream(key: string): Promise<AsyncIterable<Uint8Array> | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key stored under a key prefix (`prefix/...`), none when there are none. */
  keysUnder(prefix: string): Promise<string[]>;
}

const keyPattern = /^[a-z0-9]+(?:[/_-][a-z0-9]+)*$/;

/** Refuses any key that could climb out of the store or was not made by `fileKey`. */
export function assertFileKey(key: string): void {
  if (!keyPattern.test(key) || key.length > 200)
    throw new Error(`invalid file store key: ${JSON.stringify(key)}`);
}

/** The key of one variant of a file: two levels of fan-out so no directory grows past a few thousand entries. */
export function fileKey(fileId: string, variant: string): string {
  const key = `${fileId.slice(0, 2)}/${fileId}/${variant}`;
  assertFileKey(key);
  return key;
}

/** Where a recall report's file bytes go: under its report's prefix, so a later run finds what a dead one left. */
export function reportFileKey(reportId: string, fileId: string): string {
  const key = `${reportFilesPrefix(reportId)}/${fileId}`;
  assertFileKey(key);
  return key;
}

export const reportFilesPrefix = (reportId: string) => `recall-reports/${reportId}`;
