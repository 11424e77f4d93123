import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { AppError } from '@nguon/services';
import type { Request, Response } from 'express';

/** Uploads this process receives at once, and where their bytes wait on disk while they arrive. */
export interface UploadGate {
  readonly dir: string;
  readonly maxConcurrent: number;
  active: number;
}

/** Four uploads at once: enough for a co-op's staff, few enough that strangers cannot fill memory or disk. */
export const createUploadGate = (dir: string, maxConcurrent = 4): UploadGate => ({
  dir,
  maxConcurrent,
  active: 0,
});

/** Seconds a caller turned away because every upload slot is taken is asked to wait. */
const busyRetryAfter = 5;

const tooLarge = (maxBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', { limit: `${Math.round(maxBytes / 1024)} KiB` });

/** Takes an upload slot until the answer is sent or the client goes away; none free: UPLOADS_BUSY, nothing read. */
function takeSlot(gate: UploadGate, req: Request, res: Response): void {
  // gone while it was authenticated: its 'close' has fired already and would never give the slot back
  if (req.destroyed || res.closed) throw new AppError('BAD_REQUEST');
  if (gate.active >= gate.maxConcurrent) throw new AppError('UPLOADS_BUSY', { retryAfter: busyRetryAfter });
  gate.active += 1;
  res.once('close', () => {
    gate.active -= 1;
  });
}

/** Counts bytes as they pass and fails the moment there are more than the limit. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(tooLarge(maxBytes));
      else done(null, chunk);
    },
  });
}

/** Streams the body into `temp`, stopping to read the moment it passes the limit or the client goes away. */
function streamToFile(req: Request, temp: string, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // gone before these listeners could be attached (while the folder was made): no 'close' is coming
    if (req.destroyed && !req.complete) {
      reject(new AppError('BAD_REQUEST'));
      return;
    }
    const limit = byteLimit(maxBytes);
    const file = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(limit);
      req.pause();
      file.destroy();
      // A file that stopped half-way is the client's doing (it went away); a size or disk fault keeps its own error.
      reject(error instanceof AppError || req.complete ? error : new AppError('BAD_REQUEST'));
    };
    limit.on('error', fail);
    file.on('error', fail);
    req.on('error', fail);
    req.on('close', () => {
      if (!req.complete) fail(new AppError('BAD_REQUEST'));
    });
    // 'close' after 'finish': every byte is on disk and the descriptor is released before it is read back.
    file.on('close', () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    req.pipe(limit).pipe(file);
  });
}

/**
 * Receives an upload of an authenticated caller: a declared size over the limit is refused before reading, then
 * the body is written to a temporary file as it arrives, cut off at the limit, and read back only once it is
 * known to fit. The temporary file is gone when this returns, whatever happened.
 */
export async function receiveUpload(
  req: Request,
  res: Response,
  gate: UploadGate,
  maxBytes: number,
): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  takeSlot(gate, req, res);
  await mkdir(gate.dir, { recursive: true });
  const temp = join(gate.dir, randomUUID());
  try {
    await streamToFile(req, temp, maxBytes);
    return await readFile(temp);
  } finally {
    await rm(temp, { force: true });
  }
}
