import { Worker } from 'node:worker_threads';
import type { LabelPrintItem } from './label-texts';
import { type QrPath, qrPath } from './qr-svg';

export interface EncodedLabel {
  item: LabelPrintItem;
  qr: QrPath;
}

/** Below this many labels a batch is encoded inline: starting a worker costs more than it saves. */
export const qrWorkerThreshold = 500;
const chunkSize = 100;

export async function* encodeQrInline(items: AsyncIterable<LabelPrintItem>): AsyncGenerator<EncodedLabel> {
  for await (const item of items) yield { item, qr: qrPath(item.url) };
}

interface WorkerReply {
  id: number;
  paths?: QrPath[];
  error?: string;
}

/** One QR worker thread: chunks of URLs in, their paths out, answered by id. */
function startQrWorker() {
  const worker = new Worker(new URL('./qr-worker.mjs', import.meta.url));
  const waiting = new Map<number, { resolve(paths: QrPath[]): void; reject(error: Error): void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.paths) entry?.resolve(reply.paths);
    else entry?.reject(new Error(`QR worker failed: ${reply.error ?? 'no answer'}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`QR worker exited with code ${code}`)));
  return {
    encode(items: LabelPrintItem[]): Promise<EncodedLabel[]> {
      const id = nextId++;
      const answer = new Promise<QrPath[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ id, urls: items.map((item) => item.url) });
      return answer.then((paths) =>
        items.map((item, index) => ({ item, qr: paths[index] ?? qrPath(item.url) })),
      );
    },
    stop: () => worker.terminate(),
  };
}

async function* chunksOf<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Encodes QR codes on `count` worker threads while the caller draws, in the items' order, holding at most two
 * chunks per worker in flight. Batches under qrWorkerThreshold labels stay inline.
 */
export async function* encodeQrInWorkers(
  items: AsyncIterable<LabelPrintItem>,
  count: number,
  signal?: AbortSignal,
): AsyncGenerator<EncodedLabel> {
  const chunks = chunksOf(items, chunkSize);
  const head: LabelPrintItem[][] = [];
  let ended = false;
  while (head.length * chunkSize < qrWorkerThreshold && !ended) {
    const next = await chunks.next();
    if (next.done) ended = true;
    else head.push(next.value);
  }
  if (ended) {
    for (const chunk of head) for (const item of chunk) yield { item, qr: qrPath(item.url) };
    return;
  }
  const workers = Array.from({ length: count }, startQrWorker);
  const pending: Promise<EncodedLabel[]>[] = [];
  let turn = 0;
  const send = (chunk: LabelPrintItem[]) => {
    const encoded = workers[turn++ % workers.length]?.encode(chunk) ?? Promise.resolve([]);
    encoded.catch(() => undefined); // awaited in order below; this only keeps an early failure from going unhandled
    pending.push(encoded);
  };
  try {
    for (const chunk of head) send(chunk);
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      send(chunk);
      while (pending.length >= count * 2) yield* (await pending.shift()) ?? [];
    }
    while (pending.length) yield* (await pending.shift()) ?? [];
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
