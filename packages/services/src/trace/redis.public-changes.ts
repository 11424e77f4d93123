import { Redis } from 'ioredis';
import { systemSources } from '../sources/system-sources';
import { createChangeListeners } from './change-listeners';
import { type PublicChanges, traceTags } from './trace-ports';

export interface RedisPublicChangesOptions {
  /** Redis URL, e.g. redis://127.0.0.1:6379 */
  connection: string;
  /** The queue's key prefix: the channel is `{prefix}:public-changes` (default 'nguon'). */
  prefix?: string;
  /** Connection errors and lost publishes; ioredis reconnects and subscribes again by itself. */
  onError?: (error: Error) => void;
  /** This process's id in the messages, so it skips its own (already delivered locally). */
  newId?: () => string;
  /** How long starting waits for the subscription before it gives up (default 10 s). */
  startTimeoutMs?: number;
}

const START_TIMEOUT_MS = 10_000;

/** Subscribes, or throws when Redis has not answered within timeoutMs (ioredis would go on retrying). */
async function subscribed(subscriber: Redis, channel: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer within ${timeoutMs} ms: no change feed`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([subscriber.subscribe(channel), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface ChangeMessage {
  from: string;
  tags: string[];
}

/** A message from the channel, or null: another version's or a stranger's message is dropped, not trusted. */
function parseChangeMessage(text: string): ChangeMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('from' in value) || !('tags' in value)) return null;
  const { from, tags } = value;
  if (typeof from !== 'string' || !Array.isArray(tags)) return null;
  const strings = tags.filter((tag): tag is string => typeof tag === 'string');
  return strings.length === tags.length ? { from, tags: strings } : null;
}

/**
 * Server mode: every API and worker process publishes what its writes changed on one channel and empties its
 * caches on what the others publish. Its own changes reach its listeners at once, without the round trip.
 * Resolves once subscribed, so a change published after it resolves is never missed.
 */
export async function createRedisPublicChanges(options: RedisPublicChangesOptions): Promise<PublicChanges> {
  const channel = `${options.prefix ?? 'nguon'}:public-changes`;
  const onError = options.onError ?? (() => {});
  const self = (options.newId ?? systemSources.newId)();
  const listeners = createChangeListeners();
  // Publishes are fire-and-forget: a few retries across a reconnect, then the change is lost (see the port).
  const publisher = new Redis(options.connection, {
    maxRetriesPerRequest: 3,
    connectionName: `${channel}:publisher`,
  });
  // Its own connection (a subscribed one runs no other command); it reconnects and subscribes again by itself.
  const subscriber = new Redis(options.connection, {
    autoResubscribe: true,
    connectionName: `${channel}:subscriber`,
  });
  publisher.on('error', onError);
  subscriber.on('error', onError);
  // Messages published while the subscriber was away are lost: once it is back, every cache starts afresh.
  let away = false;
  subscriber.on('close', () => {
    away = true;
  });
  subscriber.on('ready', () => {
    if (!away || closing) return;
    away = false;
    listeners.deliver([traceTags.everything]);
  });
  // A change this process failed to publish (Redis away past the retries) is published again once it is back.
  const unsent = new Set<string>();
  const publish = (tags: readonly string[]) =>
    publisher
      .publish(channel, JSON.stringify({ from: self, tags: [...tags] } satisfies ChangeMessage))
      .catch((error: unknown) => {
        for (const tag of tags) unsent.add(tag);
        onError(error instanceof Error ? error : new Error(String(error)));
      });
  publisher.on('ready', () => {
    if (unsent.size === 0 || closing) return;
    const tags = [...unsent];
    unsent.clear();
    void publish(tags);
  });
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const message = parseChangeMessage(text);
    if (message && message.from !== self && message.tags.length > 0) listeners.deliver(message.tags);
  });
  let closing: Promise<void> | undefined;
  const shutdown = async () => {
    listeners.clear();
    // quit() waits for Redis to answer, which a lost connection never does
    const stop = (client: Redis) =>
      client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect();
    await Promise.allSettled([stop(subscriber), stop(publisher)]);
  };
  try {
    await subscribed(subscriber, channel, options.startTimeoutMs ?? START_TIMEOUT_MS);
  } catch (error) {
    await shutdown();
    throw error;
  }
  return {
    changed(tags) {
      if (closing || tags.length === 0) return;
      const copy = [...tags];
      listeners.deliver(copy);
      void publish(copy);
    },
    subscribe: (listener) => listeners.add(listener),
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
