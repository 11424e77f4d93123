import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { redisSuiteGate } from '../jobs/redis-probe';
import { describePublicChangesContract } from './public-changes.contract';
import { createRedisPublicChanges } from './redis.public-changes';
import { type PublicChanges, traceTags } from './trace-ports';

const gate = await redisSuiteGate('Redis change feed suite');
const run = `test-changes-${randomBytes(4).toString('hex')}`;

/** Resolves once `heard` holds `count` messages; fails after a few seconds. */
async function untilHeard(heard: unknown[], count: number, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (heard.length < count) {
    if (Date.now() > until) throw new Error(`heard ${heard.length} of ${count} messages`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
/** Long enough for a message that was coming to have come (the channel is on localhost). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const sockets = () => process.getActiveResourcesInfo().filter((kind) => kind.startsWith('TCP')).length;

if (gate.mode === 'skip') {
  console.warn(gate.message);
  describe.skip('Redis change feed (Redis not reachable)', () => {
    it('runs the contract', () => {});
  });
} else if (gate.mode === 'fail') {
  describe('Redis change feed', () => {
    it('needs Redis', () => {
      throw new Error(gate.message);
    });
  });
} else {
  let made = 0;
  describePublicChangesContract('redis', () =>
    createRedisPublicChanges({ connection: gate.url, prefix: `${run}-contract-${++made}` }),
  );

  describe('Redis change feed between processes', () => {
    const opened: PublicChanges[] = [];
    const open = async (prefix: string) => {
      const changes = await createRedisPublicChanges({ connection: gate.url, prefix });
      opened.push(changes);
      return changes;
    };
    afterAll(async () => {
      await Promise.all(opened.map((changes) => changes.close()));
    });

    it('carries a change to the other processes of its prefix, once to the sender, never to another prefix', async () => {
      const [sender, receiver, stranger] = [
        await open(`${run}-a`),
        await open(`${run}-a`),
        await open(`${run}-b`),
      ];
      const heard = { sender: [] as string[][], receiver: [] as string[][], stranger: [] as string[][] };
      sender.subscribe((tags) => heard.sender.push([...tags]));
      receiver.subscribe((tags) => heard.receiver.push([...tags]));
      stranger.subscribe((tags) => heard.stranger.push([...tags]));
      sender.changed([traceTags.lot('1'), traceTags.unknown]);
      await untilHeard(heard.receiver, 1);
      await settle();
      expect(heard).toEqual({
        sender: [['lot:1', 'unknown']],
        receiver: [['lot:1', 'unknown']],
        stranger: [],
      });
    });

    it('drops messages on its channel that are not change messages', async () => {
      const receiver = await open(`${run}-c`);
      const heard: string[][] = [];
      receiver.subscribe((tags) => heard.push([...tags]));
      const raw = new Redis(gate.url);
      try {
        for (const junk of ['not json', '{"from":"x"}', '{"from":"x","tags":[1]}', '{"from":1,"tags":[]}'])
          await raw.publish(`${run}-c:public-changes`, junk);
        await raw.publish(`${run}-c:public-changes`, JSON.stringify({ from: 'another', tags: ['tenant:9'] }));
      } finally {
        raw.disconnect();
      }
      await untilHeard(heard, 1);
      await settle();
      expect(heard).toEqual([['tenant:9']]);
    });

    it('subscribes again after its connection was dropped', async () => {
      const [sender, receiver] = [await open(`${run}-r`), await open(`${run}-r`)];
      const heard: string[][] = [];
      receiver.subscribe((tags) => heard.push([...tags]));
      const admin = new Redis(gate.url);
      try {
        // both subscribers of the prefix are dropped; ioredis reconnects and subscribes again
        const clients = String(await admin.client('LIST')).split('\n');
        const ids = clients
          .filter((line) => line.includes(`name=${run}-r:public-changes:subscriber`))
          .map((line) => /id=(\d+)/.exec(line)?.[1] ?? '');
        expect(ids).toHaveLength(2);
        for (const id of ids) await admin.client('KILL', 'ID', id);
        const until = Date.now() + 5000;
        while (!heard.some((tags) => tags[0] === 'lot:after-reconnect') && Date.now() < until) {
          sender.changed(['lot:after-reconnect']);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        admin.disconnect();
      }
      // back, it first empties everything (what was published meanwhile is lost), then hears again
      expect(heard[0]).toEqual(['*']);
      expect(heard).toContainEqual(['lot:after-reconnect']);
    });

    it('carries a change published while its publisher connection is dropped', async () => {
      const [sender, receiver] = [await open(`${run}-p`), await open(`${run}-p`)];
      const heard: string[][] = [];
      receiver.subscribe((tags) => heard.push([...tags]));
      const admin = new Redis(gate.url);
      try {
        // the sender's publisher is dropped as it publishes: the change waits for the reconnection
        const clients = String(await admin.client('LIST')).split('\n');
        const id = clients.find((line) => line.includes(`name=${run}-p:public-changes:publisher`));
        await admin.client('KILL', 'ID', /id=(\d+)/.exec(id ?? '')?.[1] ?? '');
        sender.changed(['lot:while-away']);
        await untilHeard(heard, 1);
      } finally {
        admin.disconnect();
      }
      expect(heard).toContainEqual(['lot:while-away']);
    });

    it('leaves no open connection once closed, here or in Redis', async () => {
      await settle(); // the sockets earlier tests closed are gone
      const before = sockets();
      const changes = await createRedisPublicChanges({ connection: gate.url, prefix: `${run}-d` });
      expect(sockets()).toBe(before + 2);
      changes.changed(['tenant:1']);
      await changes.close();
      await settle();
      expect(sockets()).toBe(before);
      const admin = new Redis(gate.url);
      try {
        expect(String(await admin.client('LIST'))).not.toContain(`name=${run}-d:public-changes`);
      } finally {
        admin.disconnect();
      }
    });

    it('refuses to start when Redis does not answer, leaving nothing open', async () => {
      await settle();
      const before = sockets();
      const start = createRedisPublicChanges({
        connection: 'redis://127.0.0.1:1',
        prefix: `${run}-e`,
        startTimeoutMs: 300,
      });
      await expect(start).rejects.toThrow(/did not answer/);
      await settle();
      expect(sockets()).toBe(before);
    });
  });
}
