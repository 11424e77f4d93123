/**
 * A random id. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost), and a co-op's LAN server is
 * often plain HTTP, so 128 random bits in hex stand in for it there.
 */
export function randomId(source: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
