import { gzipSync } from 'node:zlib';
import type { PublicTrace } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import { assertValidTrace, BASE_URL, bareLabelTrace, richLabelTrace } from '../testing/trace-fixtures';
import { renderScanSlot, renderTracePage } from './trace-page';

const pageOf = (trace: PublicTrace, lang: 'vi' | 'en' = 'vi') => {
  const { before, after } = renderTracePage(trace, lang, BASE_URL);
  return (
    before + renderScanSlot({ count: 12, firstAt: '2026-04-20T01:00:00.000Z', warnings: [] }, lang) + after
  );
};

describe('renderTracePage', () => {
  it('stays under 30 KB before images for a rich trace (20 stages × 8 fields, 3 ancestors)', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = pageOf(richLabelTrace(), lang);
      const bytes = Buffer.byteLength(html);
      const gzip = gzipSync(html).length;
      console.info(`trace page, rich fixture (${lang}): ${bytes} bytes, ${gzip} gzipped`);
      expect(bytes).toBeLessThan(30 * 1024);
    }
  });

  it('shows every section in order: recall, status, scans, product, producer, certifications, lot, timeline, ancestors', () => {
    const trace = richLabelTrace({ stages: 2, ancestors: 2, ancestorStages: 1 });
    trace.recall = {
      reason: { vi: 'Nhiễm nấm mốc', en: 'Mould' },
      instructions: { vi: 'Ngừng sử dụng', en: 'Stop using it' },
      contact: '0299 3 123 456',
      severity: 'high',
      publishedAt: '2026-05-01T00:00:00.000Z',
    };
    const html = pageOf(assertValidTrace(trace));
    const order = [
      'id="recall"',
      'id="status"',
      'id="scans"',
      'id="product"',
      'id="producer"',
      'id="certifications"',
      'id="lot"',
      'id="timeline"',
      'Nguồn nguyên liệu: lô FARM-1',
      'Nguồn nguyên liệu: lô FARM-2',
    ];
    const positions = order.map((marker) => html.indexOf(marker));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('Nhiễm nấm mốc');
    expect(html).toContain('Mức độ: nghiêm trọng.');
    expect(pageOf(trace, 'en')).toContain('Severity: serious.');
    expect(html).toContain('Đã quét 12 lần, lần đầu');
  });

  it('shows the product, producer contacts, certifications with the expired one marked, and lot dates', () => {
    const html = pageOf(richLabelTrace({ stages: 1, ancestors: 0 }), 'en');
    expect(html).toContain('<dt>Net quantity</dt><dd>5 kg</dd>');
    expect(html).toContain('<dt>Origin</dt><dd>Sóc Trăng, Vietnam</dd>');
    expect(html).toContain('<dt>Product type</dt><dd>Rice</dd>');
    expect(html).toContain('<dd>12 ấp Hoà Lời, xã Mỹ Xuyên, Sóc Trăng</dd>');
    expect(html).toContain('<dt>Shelf life</dt><dd>365 days</dd>');
    expect(html).toContain('<dt>Storage</dt><dd>Cool, dry place</dd>');
    expect(html).toContain('<a href="tel:+842993123456">+84 299 3 123 456</a>');
    expect(html).toContain('<a href="mailto:lienhe@myxuyen.example">');
    expect(html).toMatch(/<li class="bad"><strong>OCOP 4★<\/strong> <span class="tag">Expired<\/span>/);
    expect(html).toContain('<dt>Harvested</dt><dd>1 April 2026</dd>');
    expect(html).toContain('<dt>Best before</dt><dd>12 April 2027</dd>');
  });

  it('words the product type and country in the visitor language, and names the province once', () => {
    const trace = richLabelTrace({ stages: 1, ancestors: 0 });
    const html = pageOf(trace, 'vi');
    expect(html).toContain('<dt>Xuất xứ</dt><dd>Sóc Trăng, Việt Nam</dd>');
    expect(html).toContain('<dd>Lúa gạo</dd>');
    const producer = trace.producer && { ...trace.producer, address: 'Xã Mỹ Xuyên, tỉnh Sóc Trăng' };
    expect(pageOf({ ...trace, producer }, 'vi')).toContain('<dd>Xã Mỹ Xuyên, tỉnh Sóc Trăng</dd>');
    const oddType = trace.product && { ...trace.product, productType: 'older-type' };
    expect(pageOf({ ...trace, product: oddType }, 'en')).toContain('<dd>older-type</dd>');
  });

  it('dates stages in Asia/Ho_Chi_Minh, links locations to a map, and shows only the fields given', () => {
    const html = pageOf(richLabelTrace({ stages: 1, fields: 2, ancestors: 0 }), 'en');
    expect(html).toContain('<time datetime="2026-04-01T01:30Z">1 Apr 2026, 08:30</time>');
    expect(html).toContain(
      '<a href="https://www.openstreetmap.org/?mlat=22.3364&amp;mlon=103.8438">See on a map</a>',
    );
    expect(html.match(/<dt>Field \d<\/dt>/g)).toHaveLength(2);
  });

  it('sizes images for phones and loads them lazily', () => {
    const html = pageOf(richLabelTrace({ stages: 1, ancestors: 0 }));
    const images = html.match(/<img [^>]+>/g) ?? [];
    expect(images.length).toBeGreaterThan(1);
    for (const image of images) {
      expect(image).toMatch(/ width="\d+" height="\d+"/);
      expect(image).toContain('loading="lazy"');
    }
    expect(html).toContain(
      'srcset="/files/product-320.webp 320w, /files/product-640.webp 640w, /files/product-1280.webp 1280w" sizes="(min-width:40rem) 38rem, 100vw"',
    );
  });

  it('escapes every value and drops links that are not http(s) or our own', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const trace = richLabelTrace({ stages: 1, fields: 2, ancestors: 1, ancestorStages: 1 });
    const deep = JSON.parse(
      JSON.stringify(trace, (key, value) =>
        typeof value === 'string' &&
        ![
          'time',
          'validFrom',
          'validTo',
          'activatedAt',
          'harvest',
          'production',
          'packing',
          'expiry',
          'kind',
          'state',
          'path',
          'gtin',
        ].includes(key)
          ? `${value}${evil}`
          : value,
      ),
    ) as PublicTrace;
    const product = deep.product;
    if (product?.images[0]) product.images[0].src = 'javascript:alert(1)';
    if (deep.producer) deep.producer.logoUrl = 'data:text/html,<b>x</b>';
    const html = pageOf(deep, 'en');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
  });

  it('shows no product data for a label not activated or voided', () => {
    for (const state of ['not_activated', 'voided'] as const) {
      const html = pageOf(bareLabelTrace(state));
      expect(html).not.toContain('id="product"');
      expect(html).not.toContain('og:image');
    }
  });

  it('warns of counterfeit signals', () => {
    const slot = renderScanSlot(
      { count: 90, firstAt: '2026-04-20T01:00:00.000Z', warnings: ['scan_count', 'spread'] },
      'vi',
    );
    expect(slot).toContain('role="alert"');
    expect(slot).toContain('Cảnh báo: tem này đã được quét nhiều hơn mức thông thường.');
    expect(slot).toContain('Cảnh báo: tem này được quét từ nhiều nơi khác nhau');
    expect(renderScanSlot(null, 'vi')).toBe('');
  });
});
