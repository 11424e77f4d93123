import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type PublicLot, type PublicScanFigures, type PublicStage, PublicTrace } from '@nguon/contracts';
import { createSchemaCompiler } from '@nguon/forms';
import type { PublicChanges, ScanInput, ScanLedger, TraceAnswer, TraceLookup } from '@nguon/services';
import express from 'express';
import { compressLargeAnswers } from '../http/compression';
import { securityHeaders } from '../http/security-headers';
import { mountResolverRoutes, type ResolverDeps, type ResolverHandle } from '../resolver/resolver.routes';

/** Test support for the resolver: public traces valid against the schema, a counting loader, a change feed. */

export const GTIN = '08930000000019';
export const SERIAL = '7KQ2M4X9PA3TL';
/** A serial of our shape that no fixture knows, and one with a wrong check character. */
export const UNKNOWN_SERIAL = 'HD3QW8ZR5N2KC';
export const MISTYPED_SERIAL = '7KQ2M4X9PA3TM';
export const BASE_URL = 'https://nguon.example';

const validateTrace = createSchemaCompiler()(PublicTrace);

/** Checks a fixture against the PublicTrace schema with ajv, as every consumer of the JSON may. */
export function assertValidTrace(trace: PublicTrace): PublicTrace {
  if (!validateTrace(trace))
    throw new Error(`fixture is no PublicTrace: ${JSON.stringify(validateTrace.errors)}`);
  return trace;
}

const text = (vi: string, en = '') => ({ vi, en });
const image = (name: string) => ({
  src: `/files/${name}-640.webp`,
  width: 640,
  height: 480,
  srcset: `/files/${name}-320.webp 320w, /files/${name}-640.webp 640w, /files/${name}-1280.webp 1280w`,
});

function stage(index: number, fieldCount: number, prefix: string): PublicStage {
  return {
    stageKey: `${prefix}-${index}`,
    name: text(`Công đoạn ${index + 1}: bón phân`, `Stage ${index + 1}: fertilising`),
    businessStep: index === 0 ? 'harvesting' : null,
    time: new Date(Date.UTC(2026, 3, 1 + index, 1, 30)).toISOString(),
    fields: Array.from({ length: fieldCount }, (_, f) => ({
      key: `field${f}`,
      label: text(`Trường ${f + 1}`, `Field ${f + 1}`),
      value: text(`NPK 16-16-8, ${f + 20} kg/ha`, `NPK 16-16-8, ${f + 20} kg/ha`),
      photos: f === 0 && index % 5 === 0 ? [image(`${prefix}-photo-${index}`)] : [],
      map:
        f === 1
          ? {
              latitude: 22.3364,
              longitude: 103.8438,
              url: 'https://www.openstreetmap.org/?mlat=22.3364&mlon=103.8438',
            }
          : null,
    })),
  };
}

export function lotOf(code: string, stages: number, fields: number): PublicLot {
  return {
    code,
    productName: text('Gạo ST25 Sóc Trăng', 'ST25 rice from Soc Trang'),
    dates: { harvest: '2026-04-01', production: '2026-04-10', packing: '2026-04-12', expiry: '2027-04-12' },
    timeline: Array.from({ length: stages }, (_, i) => stage(i, fields, code)),
  };
}

export interface TraceShape {
  stages?: number;
  fields?: number;
  ancestors?: number;
  ancestorStages?: number;
}

/** An activated label with everything a page can show (the weight fixture: 20 stages × 8 fields, 3 ancestors). */
export function richLabelTrace(shape: TraceShape = {}): PublicTrace {
  const { stages = 20, fields = 8, ancestors = 3, ancestorStages = 5 } = shape;
  return assertValidTrace({
    kind: 'label',
    path: `/01/${GTIN}/21/${SERIAL}`,
    label: { code: '7KQ2 M4X9 PA3TL', state: 'activated', activatedAt: '2026-04-12T03:00:00.000Z' },
    product: {
      name: text('Gạo ST25 Sóc Trăng', 'ST25 rice from Soc Trang'),
      productType: 'rice',
      description: text(
        'Gạo thơm trồng theo VietGAP trên đất phù sa.',
        'Fragrant rice grown to VietGAP on alluvial soil.',
      ),
      images: [image('product')],
      netQuantity: { value: 5, unit: 'kg' },
      shelfLifeDays: 365,
      storage: text('Nơi khô ráo, thoáng mát', 'Cool, dry place'),
      origin: { country: 'VN', province: 'Sóc Trăng' },
      gtin: GTIN,
      certifications: [
        {
          kind: 'vietgap',
          name: 'VietGAP',
          number: 'VG-2025-0042',
          issuer: 'Trung tâm Chứng nhận Phù hợp',
          validFrom: '2025-01-01',
          validTo: '2028-01-01',
          expired: false,
          documentUrl: '/files/vietgap.pdf',
        },
        {
          kind: 'ocop',
          name: 'OCOP 4★',
          number: 'OCOP-ST-17',
          issuer: 'UBND tỉnh Sóc Trăng',
          validFrom: '2022-01-01',
          validTo: '2025-01-01',
          expired: true,
          documentUrl: null,
        },
      ],
    },
    producer: {
      name: 'HTX Nông nghiệp Mỹ Xuyên',
      kind: 'coop',
      address: '12 ấp Hoà Lời, xã Mỹ Xuyên',
      province: 'Sóc Trăng',
      phone: '+84 299 3 123 456',
      email: 'lienhe@myxuyen.example',
      logoUrl: '/files/logo-128.webp',
    },
    lot: lotOf('L2026-04-ST25', stages, fields),
    ancestors: Array.from({ length: ancestors }, (_, i) => lotOf(`FARM-${i + 1}`, ancestorStages, fields)),
    recall: null,
    scans: null,
  });
}

/** A label printed but not activated, or voided: no product, producer or lot data. */
export function bareLabelTrace(state: 'not_activated' | 'voided', serial = SERIAL): PublicTrace {
  return assertValidTrace({
    kind: 'label',
    path: `/q/${serial}`,
    label: { code: serial, state, activatedAt: null },
    product: null,
    producer: null,
    lot: null,
    ancestors: [],
    recall: null,
    scans: null,
  });
}

/** The product behind the rich label, as its own /01/{gtin} answer. */
export function productTrace(): PublicTrace {
  const rich = richLabelTrace({ stages: 0, ancestors: 0 });
  return assertValidTrace({ ...rich, kind: 'product', path: `/01/${GTIN}`, label: null, lot: null });
}

export const lookupKey = (lookup: TraceLookup): string =>
  lookup.kind === 'product'
    ? `product ${lookup.gtin14}`
    : lookup.kind === 'lot'
      ? `lot ${lookup.gtin14} ${lookup.lot}`
      : `label ${lookup.serial} ${lookup.gtin14 ?? '-'} ${lookup.lot ?? '-'}`;

/** A loader over fixed answers by lookup; counts its calls (a warm answer must make none). */
export class FixtureLoader {
  readonly answers = new Map<string, TraceAnswer>();
  readonly calls: TraceLookup[] = [];

  add(lookup: TraceLookup, trace: PublicTrace, tags: string[], scan: boolean): this {
    const ids = {
      labelId: `label-${lookupKey(lookup)}`,
      tenantId: 'tenant-1',
      productId: 'product-1',
      lotId: 'lot-1',
    };
    this.answers.set(lookupKey(lookup), { found: true, trace, tags, scan: scan ? ids : null });
    return this;
  }

  readonly load = async (lookup: TraceLookup): Promise<TraceAnswer> => {
    this.calls.push(lookup);
    return this.answers.get(lookupKey(lookup)) ?? { found: false };
  };
}

/** The change feed in one process, as embedded mode has it. */
export class LocalChanges implements Pick<PublicChanges, 'subscribe' | 'changed'> {
  private readonly listeners = new Set<(tags: readonly string[]) => void>();
  changed(tags: readonly string[]): void {
    for (const listener of this.listeners) listener(tags);
  }
  subscribe(listener: (tags: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A ledger standing in for the scan ledger until it lands: counts per label in memory, flags past a threshold. */
export class MemoryScanLedger implements ScanLedger {
  readonly scans: ScanInput[] = [];
  readonly warmed: string[] = [];
  constructor(private readonly threshold = 1000) {}
  async warm(labelId: string): Promise<void> {
    this.warmed.push(labelId);
  }
  /** Held once warmed: asked again, it counts as asked (as warm does). */
  warmAtOnce(labelId: string): boolean {
    if (!this.warmed.includes(labelId)) return false;
    this.warmed.push(labelId);
    return true;
  }
  count(scan: ScanInput): PublicScanFigures {
    this.scans.push(scan);
    const mine = this.scans.filter((s) => s.labelId === scan.labelId);
    return {
      count: mine.length,
      firstAt: mine[0]?.at.toISOString() ?? null,
      warnings: mine.length > this.threshold ? ['scan_count'] : [],
    };
  }
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}

export interface ResolverServer {
  baseUrl: string;
  handle: ResolverHandle;
  close(): Promise<void>;
}

/** The resolver alone, mounted first as the app mounts it (the security headers read once), on a free port. */
export async function startResolverServer(deps: ResolverDeps): Promise<ResolverServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', ['loopback']);
  const handle = mountResolverRoutes(app, { securityHeaders: securityHeaders(deps.publicBaseUrl), ...deps });
  app.use(securityHeaders(deps.publicBaseUrl));
  app.use(compressLargeAnswers());
  app.use((_req, res) => {
    res.status(404).type('text').send('fell through to the web app');
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    handle,
    close: async () => {
      handle.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A fetch response's JSON body, for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
export const jsonOf = async (response: Response): Promise<any> => response.json();
