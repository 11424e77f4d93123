import type { TraceAnswer, TraceLookup } from '@nguon/services';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FixtureLoader,
  GTIN,
  LocalChanges,
  type ResolverServer,
  richLabelTrace,
  SERIAL,
  startResolverServer,
} from '../testing/trace-fixtures';

const path = `/01/${GTIN}/21/${SERIAL}`;
const lookup: TraceLookup = { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null };

/** A loader that holds each load until the test lets it go: the answer it read may be overtaken by a write. */
class HeldLoader extends FixtureLoader {
  private release: (() => void) | null = null;
  private started: (() => void) | null = null;
  hold(): Promise<void> {
    return new Promise((resolve) => {
      this.started = resolve;
    });
  }
  letGo(): void {
    this.release?.();
    this.release = null;
  }
  override readonly load = async (request: TraceLookup): Promise<TraceAnswer> => {
    this.calls.push(request);
    const answer = this.answers.get(`label ${SERIAL} ${GTIN} -`) ?? { found: false as const };
    if (this.started) {
      const started = this.started;
      this.started = null;
      await new Promise<void>((resolve) => {
        this.release = resolve;
        started();
      });
    }
    return answer;
  };
}

describe('a change announced while its page is being loaded', () => {
  let server: ResolverServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it.each([
    ['a tag of the answer', 'lot:lot-1', 2],
    ['an unrelated tag', 'lot:other', 1],
  ])('%s: the answer read before it is not kept', async (_case, tag, loads) => {
    const loader = new HeldLoader().add(lookup, richLabelTrace(), ['tenant:t1', 'lot:lot-1'], false);
    const changes = new LocalChanges();
    server = await startResolverServer({
      loadTrace: loader.load,
      changes,
      publicBaseUrl: 'https://nguon.example',
      secret: 'a-secret-of-enough-length-for-tests',
      now: () => new Date(),
      tuning: { floorMs: 0 },
    });
    const loading = loader.hold();
    const cold = fetch(`${server.baseUrl}${path}`);
    await loading;
    // the write commits and announces while the loader holds what it read before it
    changes.changed([tag]);
    loader.letGo();
    expect((await cold).status).toBe(200);
    expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(200);
    expect(loader.calls).toHaveLength(loads);
  });
});
