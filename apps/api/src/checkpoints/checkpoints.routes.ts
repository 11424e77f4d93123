import {
  checkpointLotProof,
  checkpointPublicKey,
  getPublishedCheckpoint,
  latestPublishedCheckpoint,
  listPublishedCheckpoints,
  makeCheckpointNow,
} from '@nguon/services';
import type { Response, Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** A numbered checkpoint never changes; the list and the latest move at most hourly or on an admin's request. */
const immutable = (res: Response) => res.setHeader('cache-control', 'public, max-age=31536000, immutable');
const shortLived = (res: Response) => res.setHeader('cache-control', 'public, max-age=60');

/** Fixed paths first: /latest and /public-key must not be read as a checkpoint number. */
export function mountCheckpointRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listCheckpoints', async ({ ctx, input, res }) => {
    const page = await listPublishedCheckpoints(ctx, input.query);
    shortLived(res);
    return page;
  });
  mountEndpoint(router, deps, 'latestCheckpoint', async ({ ctx, res }) => {
    const latest = await latestPublishedCheckpoint(ctx);
    shortLived(res);
    return latest;
  });
  mountEndpoint(router, deps, 'checkpointPublicKey', async ({ ctx, res }) => {
    const key = checkpointPublicKey(ctx);
    shortLived(res);
    return key;
  });
  mountEndpoint(router, deps, 'makeCheckpoint', ({ ctx, principal }) => makeCheckpointNow(ctx, principal));
  mountEndpoint(router, deps, 'getCheckpoint', async ({ ctx, input, res }) => {
    const checkpoint = await getPublishedCheckpoint(ctx, Number(input.params.seq));
    immutable(res);
    return checkpoint;
  });
  mountEndpoint(router, deps, 'checkpointProof', ({ ctx, principal, input }) =>
    checkpointLotProof(ctx, principal, Number(input.params.seq), input.params.lotId),
  );
}
