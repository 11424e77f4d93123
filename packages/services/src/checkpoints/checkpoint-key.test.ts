import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointKeyError, checkpointVerifierFromPem, loadCheckpointKey } from './checkpoint-key';

describe('the checkpoint signing key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nguon-checkpoint-key-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('embedded mode generates one into its file (0600) once, and reads the same key after', async () => {
    const file = join(dir, 'checkpoint-key.pem');
    const first = await loadCheckpointKey({ generatedFile: file });
    expect(first?.source).toBe('generated');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await loadCheckpointKey({ generatedFile: file });
    expect([again?.source, again?.key.keyId]).toEqual(['existing', first?.key.keyId]);
    const signature = first?.key.sign('text') ?? '';
    const verifier = checkpointVerifierFromPem(first?.key.publicKeyPem ?? '');
    expect([verifier.keyId, verifier.verify('text', signature), verifier.verify('texT', signature)]).toEqual([
      first?.key.keyId,
      true,
      false,
    ]);
  });

  it('server mode without a key has none: checkpoints are off', async () => {
    expect(await loadCheckpointKey({ generatedFile: null })).toBeNull();
  });

  it('reads CHECKPOINT_KEY_FILE or CHECKPOINT_PRIVATE_KEY, not both, and only Ed25519', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const file = join(dir, 'given.pem');
    await writeFile(file, pem);
    const fromFile = await loadCheckpointKey({ keyFile: file, generatedFile: null });
    const fromEnv = await loadCheckpointKey({ privateKeyPem: pem, generatedFile: join(dir, 'unused.pem') });
    expect(fromFile?.key.keyId).toBe(fromEnv?.key.keyId);
    await expect(readFile(join(dir, 'unused.pem'))).rejects.toThrow();
    await expect(
      loadCheckpointKey({ keyFile: file, privateKeyPem: pem, generatedFile: null }),
    ).rejects.toThrow('not both');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    await expect(loadCheckpointKey({ privateKeyPem: rsa, generatedFile: null })).rejects.toThrow(
      CheckpointKeyError,
    );
    await expect(loadCheckpointKey({ privateKeyPem: 'nope', generatedFile: null })).rejects.toThrow(
      CheckpointKeyError,
    );
  });
});
