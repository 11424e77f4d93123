import { type ClientRequest, request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request whose body the test sends piece by piece, to see what the server does before it has all of it. */
export interface RawUpload {
  req: ClientRequest;
  /** Bytes handed to the socket so far. */
  sent(): number;
  /** The answer, or null when the server closed the connection without one. */
  answer: Promise<RawAnswer | null>;
  /** Sends `total` bytes in chunks, stopping early once an answer came or the connection closed. */
  send(total: number, chunkBytes?: number): Promise<void>;
}

const chunkOf = new Map<number, Buffer>();

export function rawUpload(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
): RawUpload {
  const req = request(`${baseUrl}${path}`, { method, headers });
  req.flushHeaders();
  let sent = 0;
  let done = false;
  const answer = new Promise<RawAnswer | null>((resolve) => {
    req.on('response', (res) => {
      done = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        body += text;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', () => {
      done = true;
      resolve(null);
    });
    req.on('close', () => {
      done = true;
    });
  });
  async function send(total: number, chunkBytes = 64 * 1024) {
    const chunk = chunkOf.get(chunkBytes) ?? Buffer.alloc(chunkBytes, 0x61);
    chunkOf.set(chunkBytes, chunk);
    while (sent < total && !done) {
      const piece = chunk.subarray(0, Math.min(chunkBytes, total - sent));
      sent += piece.length;
      if (!req.write(piece)) await new Promise((resolve) => setTimeout(resolve, 5));
      // let the server answer between pieces, as over a real network
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { req, sent: () => sent, answer, send };
}
