/** Verifies checkpoint signatures: what an inspector holds (the published public key). */
export interface CheckpointVerifier {
  /** First 16 hex of sha-256 over the raw 32-byte Ed25519 public key. */
  keyId: string;
  publicKeyPem: string;
  verify(text: string, signatureBase64: string): boolean;
}

/** Signs checkpoints: the private key, kept outside the database (checkpoints/checkpoint-key.ts makes one). */
export interface CheckpointKey extends CheckpointVerifier {
  sign(text: string): string;
}
