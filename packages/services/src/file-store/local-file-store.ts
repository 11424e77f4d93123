import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { systemSources } from '../sources/system-sources';
import { assertFileKey, type FileStore } from './file-store.port';

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
  return {
    kind: 'local',
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      await mkdir(tmpDir, { recursive: true });
      // Written beside the target's file system, flushed, then renamed: readers see all or nothing.
      const temp = join(tmpDir, tempName());
      const handle = await open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
