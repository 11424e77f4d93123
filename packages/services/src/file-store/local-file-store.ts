import { createHash } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { systemSources } from '../sources/system-sources';
import { assertFileKey, type FileStore, type StoredStream } from './file-store.port';

const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

export interface LocalFileStoreOptions {
  /** Names of the temporary files a put writes before its rename. */
  tempName?: () => string;
}

/** Files on a local (or shared, mounted) disk under one root directory. */
export function createLocalFileStore(root: string, options: LocalFileStoreOptions = {}): FileStore {
  const tempName = options.tempName ?? systemSources.newId;
  const pathOf = (key: string) => {
    assertFileKey(key);
    return join(root, key);
  };
  const tmpDir = join(root, '.tmp');

  /** Written beside the target's file system, flushed, then renamed: readers see all or nothing. */
  async function writeThenRename<R>(key: string, fill: (handle: FileHandle) => Promise<R>): Promise<R> {
    const target = pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    await mkdir(tmpDir, { recursive: true });
    const temp = join(tmpDir, tempName());
    const handle = await open(temp, 'wx', 0o640);
    let result: R;
    try {
      result = await fill(handle);
      await handle.datasync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return result;
  }

  return {
    kind: 'local',
    async put(key, bytes) {
      await writeThenRename(key, (handle) => handle.writeFile(bytes));
    },
    async putStream(key, write) {
      return writeThenRename(key, async (handle): Promise<StoredStream> => {
        const hash = createHash('sha256');
        let byteSize = 0;
        const file = new Writable({
          write(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            byteSize += chunk.length;
            handle.write(chunk).then(() => done(), done);
          },
        });
        try {
          await write(file);
          await finished(file);
        } catch (error) {
          file.destroy();
          throw error;
        }
        return { byteSize, sha256: hash.digest('hex') };
      });
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async getStream(key) {
      const handle = await open(pathOf(key), 'r').catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      return handle ? handle.createReadStream() : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async keysUnder(prefix) {
      const dir = pathOf(prefix);
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    },
  };
}
