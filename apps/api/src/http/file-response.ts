import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { imageMediaTypes } from '@nguon/contracts';
import type { Response } from 'express';

const inlineTypes = new Set<string>(imageMediaTypes);

/** RFC 6266 attachment header: an ASCII fallback name and the exact UTF-8 one. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a file endpoint's answer: bytes at once, or chunks as the client reads them (backpressure kept). */
export async function sendFile(res: Response, output: unknown): Promise<void> {
  if (typeof output !== 'object' || output === null || !('contentType' in output)) {
    throw new Error('a file endpoint must return { contentType, bytes } or { contentType, chunks }');
  }
  const { contentType } = output;
  if (typeof contentType !== 'string') throw new Error('bad file response');
  const body = fileBodyOf(output);
  const isPrivate = 'caching' in output && output.caching === 'private';
  // A private file must never sit in a cache, shared or on a shared phone, like every signed-in answer.
  res
    .status(200)
    .type(contentType)
    .setHeader('cache-control', isPrivate ? 'private, no-store' : 'public, max-age=86400');
  if (isPrivate) res.setHeader('vary', 'Cookie, Authorization');
  const fileName = 'fileName' in output && typeof output.fileName === 'string' ? output.fileName : undefined;
  res.setHeader('x-content-type-options', 'nosniff');
  // A stored file never runs as a page of this site, whatever its bytes hold: no script, no form, no plugin.
  res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  // Only the images the platform re-encodes or checks open in the browser; anything else is a download.
  if (fileName !== undefined || !inlineTypes.has(contentType.toLowerCase())) {
    res.setHeader('content-disposition', fileName === undefined ? 'attachment' : attachment(fileName));
  }
  if (body instanceof Uint8Array) res.send(Buffer.from(body));
  else await pipeline(Readable.from(body), res);
}

function fileBodyOf(output: object): Uint8Array | AsyncIterable<unknown> {
  if ('bytes' in output && output.bytes instanceof Uint8Array) return output.bytes;
  if ('chunks' in output && isAsyncIterable(output.chunks)) return output.chunks;
  throw new Error('bad file response');
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
