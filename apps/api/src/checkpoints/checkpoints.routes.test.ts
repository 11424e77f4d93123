import { createHash, verify } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { type CheckpointLeaf, parseStatement, verifyInclusion } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, PASSWORD } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';
import { startTestPlatform } from '../testing/test-platform';

const sha256: (bytes: Uint8Array) => Uint8Array = (bytes) => createHash('sha256').update(bytes).digest();
const drivers = await testDrivers();

describe.each(drivers)('published checkpoints on %s', (driver) => {
  let kit: LotKit;
  let admin: HttpAgent;
  let anonymous: HttpAgent;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    admin = await signedInAgent(kit.t.baseUrl, (await createAdmin(kit.t.platform.ctx)).login, PASSWORD);
    anonymous = new HttpAgent(kit.t.baseUrl);
  }, 60_000);
  afterAll(async () => {
    await kit?.t.close();
  });
  const { harvestedLot } = lotHelpers(() => kit);

  it('an admin anchors on demand, once per change; anyone reads and checks it with the published key', async () => {
    const lot = await harvestedLot(100);
    const made = await admin.request('POST', '/api/v1/checkpoints');
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.created).toBe(true);
    const again = await admin.request('POST', '/api/v1/checkpoints');
    expect(again.body).toEqual({ checkpoint: made.body.checkpoint, created: false });
    const { seq, statement, signature, root } = made.body.checkpoint;

    const key = await anonymous.request('GET', '/api/v1/checkpoints/public-key');
    expect(key.status).toBe(200);
    expect(
      verify(null, Buffer.from(statement), key.body.publicKeyPem, Buffer.from(signature, 'base64')),
    ).toBe(true);
    expect(parseStatement(statement)).toMatchObject({
      ok: true,
      statement: { seq, root, keyId: key.body.keyId },
    });

    const one = await anonymous.request('GET', `/api/v1/checkpoints/${seq}`);
    expect(one.body).toEqual(made.body.checkpoint);
    expect(one.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const latest = await anonymous.request('GET', '/api/v1/checkpoints/latest');
    expect([latest.body.seq, latest.headers.get('cache-control')]).toEqual([seq, 'public, max-age=60']);
    const list = await anonymous.request('GET', '/api/v1/checkpoints?limit=1');
    expect(list.body.items.map((c: { seq: number }) => c.seq)).toEqual([seq]);
    expect(list.body.next).toBe(seq > 1 ? seq : null);

    const owner = await signedInAgent(kit.t.baseUrl, kit.a.people.viewer.login, PASSWORD);
    const proof = await owner.request('GET', `/api/v1/checkpoints/${seq}/proof/${lot.id}`);
    expect(proof.status, JSON.stringify(proof.body)).toBe(200);
    const leaf: CheckpointLeaf = proof.body.leaf;
    expect(leaf).toMatchObject({ lotId: lot.id, recordCount: 4 });
    expect(verifyInclusion(leaf, proof.body, root, sha256)).toBe(true);
    // a UUID is the same in capitals: PostgreSQL finds the lot, so the proof must too
    const shouted = await owner.request('GET', `/api/v1/checkpoints/${seq}/proof/${lot.id.toUpperCase()}`);
    expect([shouted.status, shouted.body.leaf?.lotId]).toEqual([200, lot.id]);
  });

  it("tells a stranger or another tenant nothing about a lot's existence", async () => {
    const lot = await harvestedLot(100);
    const { seq } = (await admin.request('POST', '/api/v1/checkpoints')).body.checkpoint;
    const ownerB = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD);
    const ofA = await ownerB.request('GET', `/api/v1/checkpoints/${seq}/proof/${lot.id}`);
    const none = await ownerB.request(
      'GET',
      `/api/v1/checkpoints/${seq}/proof/0b7e6c1a-3f7d-4c55-9a4e-8d2c1f0e9b11`,
    );
    expect([ofA.status, ofA.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(ofA.body.detail).toBe(none.body.detail);
    const stranger = await anonymous.request('GET', `/api/v1/checkpoints/${seq}/proof/${lot.id}`);
    expect(stranger.status).toBe(401);
  });

  it.each([
    ['/api/v1/checkpoints/0', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/-1', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/01', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/1e3', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/99999999999', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/%00', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints/%E0%A4%A', 400, 'BAD_REQUEST'],
    ['/api/v1/checkpoints/999999999', 404, 'NOT_FOUND'],
    ['/api/v1/checkpoints?limit=0', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints?limit=101', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints?before=x', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints?limit=5&limit=6', 400, 'VALIDATION_FAILED'],
    ['/api/v1/checkpoints?other=1', 400, 'VALIDATION_FAILED'],
  ])('refuses GET %s with %i %s', async (path, status, code) => {
    const response = await anonymous.request('GET', path);
    expect([response.status, response.body.code]).toEqual([status, code]);
  });

  it('says checkpoints are off, with a code, where no key is set', async () => {
    const off = await startTestPlatform(driver, { checkpointKey: { generatedFile: null } });
    try {
      const agent = new HttpAgent(off.baseUrl);
      const key = await agent.request('GET', '/api/v1/checkpoints/public-key');
      expect([key.status, key.body.code]).toEqual([404, 'CHECKPOINTS_OFF']);
      const adminOff = await signedInAgent(
        off.baseUrl,
        (await createAdmin(off.platform.ctx)).login,
        PASSWORD,
      );
      const made = await adminOff.request('POST', '/api/v1/checkpoints');
      expect([made.status, made.body.code]).toEqual([404, 'CHECKPOINTS_OFF']);
      const latest = await agent.request('GET', '/api/v1/checkpoints/latest');
      expect([latest.status, latest.body.code]).toEqual([404, 'NOT_FOUND']);
    } finally {
      await off.close();
    }
  });
});
