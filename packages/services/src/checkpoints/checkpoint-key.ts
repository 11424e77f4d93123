import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { CheckpointKey, CheckpointVerifier } from '../context/checkpoint-signer';

export type { CheckpointKey, CheckpointVerifier };

/** Why a key cannot be used: not PEM, not Ed25519. */
export class CheckpointKeyError extends Error {}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new CheckpointKeyError(
      `the checkpoint key must be Ed25519, not ${key.asymmetricKeyType ?? 'symmetric'}`,
    );
  return key;
}

function verifierOf(publicKey: KeyObject): CheckpointVerifier {
  // An Ed25519 SubjectPublicKeyInfo ends with the 32 raw key bytes.
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    verify(text, signatureBase64) {
      if (!/^[A-Za-z0-9+/]{86}==$/.test(signatureBase64)) return false;
      return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signatureBase64, 'base64'));
    },
  };
}

const parsePem = <T>(read: () => T, what: string): T => {
  try {
    return read();
  } catch (error: unknown) {
    throw new CheckpointKeyError(
      `${what} is not a PEM key: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

/** A signing key from a PKCS#8 PEM private key. */
export function checkpointKeyFromPem(pem: string, what = 'the checkpoint key'): CheckpointKey {
  const privateKey = ed25519(parsePem(() => createPrivateKey(pem), what));
  return {
    ...verifierOf(createPublicKey(privateKey)),
    sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

/** A verifier from a public key PEM (the published copy) or a private key PEM (the key file itself). */
export function checkpointVerifierFromPem(pem: string, what = 'the public key'): CheckpointVerifier {
  const key = parsePem(
    () => (pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem)),
    what,
  );
  return verifierOf(ed25519(key));
}

export interface CheckpointKeySettings {
  /** CHECKPOINT_KEY_FILE: a PEM file holding the private key. */
  keyFile?: string;
  /** CHECKPOINT_PRIVATE_KEY: the PEM text itself, from a secret store. */
  privateKeyPem?: string;
  /** Embedded mode: where to keep a generated key when neither is set; null (server mode) generates none. */
  generatedFile: string | null;
}

export type LoadedCheckpointKey = {
  key: CheckpointKey;
  source: 'file' | 'env' | 'existing' | 'generated';
  file: string | null;
} | null;

const missing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** The signing key from the settings; null when none is set and none may be generated (checkpoints are off). */
export async function loadCheckpointKey(settings: CheckpointKeySettings): Promise<LoadedCheckpointKey> {
  if (settings.keyFile && settings.privateKeyPem)
    throw new CheckpointKeyError('set CHECKPOINT_KEY_FILE or CHECKPOINT_PRIVATE_KEY, not both');
  if (settings.keyFile) {
    const pem = await readFile(settings.keyFile, 'utf8');
    return { key: checkpointKeyFromPem(pem, settings.keyFile), source: 'file', file: settings.keyFile };
  }
  if (settings.privateKeyPem)
    return {
      key: checkpointKeyFromPem(settings.privateKeyPem, 'CHECKPOINT_PRIVATE_KEY'),
      source: 'env',
      file: null,
    };
  const file = settings.generatedFile;
  if (file === null) return null;
  try {
    return { key: checkpointKeyFromPem(await readFile(file, 'utf8'), file), source: 'existing', file };
  } catch (error: unknown) {
    if (!missing(error)) throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  // 'wx': never overwrite a key another process has just written.
  await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  return { key: checkpointKeyFromPem(pem, file), source: 'generated', file };
}
