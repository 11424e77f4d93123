import { afterEach, describe, expect, it } from 'vitest';
import type { PublicChanges } from './trace-ports';

/** One behaviour suite for every PublicChanges adapter (STYLE 11): what a process's own listeners see. */
export function describePublicChangesContract(name: string, make: () => Promise<PublicChanges>): void {
  describe(`public changes contract: ${name}`, () => {
    const opened: PublicChanges[] = [];
    const fresh = async () => {
      const changes = await make();
      opened.push(changes);
      return changes;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((changes) => changes.close()));
    });

    it('delivers a change to each listener of the process at once, as sent', async () => {
      const changes = await fresh();
      const a: string[][] = [];
      const b: string[][] = [];
      changes.subscribe((tags) => a.push([...tags]));
      changes.subscribe((tags) => b.push([...tags]));
      changes.changed(['lot:1', 'batch:2']);
      expect([a, b]).toEqual([[['lot:1', 'batch:2']], [['lot:1', 'batch:2']]]);
    });

    it('stops delivering to an unsubscribed listener; the same function subscribed twice is two listeners', async () => {
      const changes = await fresh();
      const heard: string[] = [];
      const listener = (tags: readonly string[]) => heard.push(...tags);
      const first = changes.subscribe(listener);
      changes.subscribe(listener);
      first();
      changes.changed(['tenant:1']);
      expect(heard).toEqual(['tenant:1']);
    });

    it('keeps delivering to the others when a listener throws, and the writer never sees the error', async () => {
      const changes = await fresh();
      const heard: string[] = [];
      changes.subscribe(() => {
        throw new Error('a broken cache');
      });
      changes.subscribe((tags) => heard.push(...tags));
      expect(() => changes.changed(['product:1'])).not.toThrow();
      expect(heard).toEqual(['product:1']);
    });

    it('sends nothing for no tags, and nothing once closed; closing twice is fine', async () => {
      const changes = await fresh();
      const heard: string[][] = [];
      changes.subscribe((tags) => heard.push([...tags]));
      changes.changed([]);
      await changes.close();
      changes.changed(['unknown']);
      await changes.close();
      expect(heard).toEqual([]);
    });
  });
}
