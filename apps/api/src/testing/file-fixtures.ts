import type { FileUploadQuery } from '@nguon/contracts';
import { type Principal, type ServiceContext, uploadFile } from '@nguon/services';
import sharp from 'sharp';
import type { TenantFixture } from './fixtures';

/** A real image of the given size: a gradient, so resizing has something to do. */
export async function makeImage(
  format: 'png' | 'jpeg' | 'webp',
  width: number,
  height: number,
): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    pixels[i * 3] = (i % width) % 256;
    pixels[i * 3 + 1] = Math.floor(i / width) % 256;
    pixels[i * 3 + 2] = 120;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    [format]()
    .toBuffer();
}

/** A tiny one-page PDF. */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const ownerOf = (tenant: TenantFixture): Principal => ({
  kind: 'token',
  tokenId: tenant.tokens.owner.id,
  tenantId: tenant.id,
  role: 'owner',
  createdBy: tenant.people.owner.id,
});

/** A file of the tenant uploaded by its owner: a 400x300 PNG unless a PDF is asked for. */
export async function createFileFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  query: FileUploadQuery = {},
  kind: 'png' | 'pdf' = 'png',
): Promise<{ id: string }> {
  const file =
    kind === 'pdf'
      ? { contentType: 'application/pdf', bytes: tinyPdf }
      : { contentType: 'image/png', bytes: await makeImage('png', 400, 300) };
  return uploadFile(ctx, ownerOf(tenant), file, query);
}
