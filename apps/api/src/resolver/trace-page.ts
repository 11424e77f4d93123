import type {
  Lang,
  PublicCertification,
  PublicField,
  PublicImage,
  PublicLot,
  PublicProducer,
  PublicProduct,
  PublicScanFigures,
  PublicStage,
  PublicTrace,
} from '@nguon/contracts';
import { productTypes } from '@nguon/domain';
import {
  escapeHtml,
  formatDay,
  formatInstant,
  formatInstantDay,
  inLang,
  pageEnd,
  pageStart,
  safeHref,
  wordPage,
} from './page-html';

/**
 * The consumer trace page, rendered once per trace and language and cached; only the scan counter changes per
 * request, so the page comes in two halves with the counter's slot between them. Every value is escaped.
 */
export interface RenderedTracePage {
  before: string;
  after: string;
}

type Words = (key: Parameters<typeof wordPage>[1], values?: Parameters<typeof wordPage>[2]) => string;

const sizes = '(min-width:40rem) 38rem, 100vw';

/** An instant to the minute, as HTML's datetime attribute takes it (2026-04-01T01:30Z). */
const machineTime = (iso: string): string => {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : `${time.toISOString().slice(0, 16)}Z`;
};

function image(picture: PublicImage, alt: string): string {
  const src = safeHref(picture.src);
  if (!src) return '';
  return `<img src="${src}" srcset="${escapeHtml(picture.srcset)}" sizes="${sizes}" width="${picture.width}" height="${picture.height}" alt="${escapeHtml(alt)}" loading="lazy">`;
}

const row = (term: string, definition: string): string =>
  `<dt>${escapeHtml(term)}</dt><dd>${definition}</dd>`;

function recallSection(recall: NonNullable<PublicTrace['recall']>, lang: Lang, w: Words): string {
  return (
    `<section class="bad" id="recall" role="alert"><h2>${escapeHtml(w('tracePage.recallTitle'))}</h2>` +
    `<p><strong>${escapeHtml(inLang(recall.reason, lang))}</strong></p>` +
    `<p class="muted">${escapeHtml(w('tracePage.recallPublished', { date: formatInstantDay(recall.publishedAt, lang), severity: recall.severity }))}</p>` +
    `<h3>${escapeHtml(w('tracePage.recallInstructions'))}</h3><p>${escapeHtml(inLang(recall.instructions, lang))}</p>` +
    `<p>${escapeHtml(w('tracePage.recallContact', { contact: recall.contact }))}</p></section>`
  );
}

function labelBanner(trace: PublicTrace, lang: Lang, w: Words): string {
  const label = trace.label;
  if (!label) return '';
  const code = `<p class="muted">${escapeHtml(w('tracePage.labelCode', { code: label.code }))}</p>`;
  switch (label.state) {
    case 'activated': {
      const date = label.activatedAt ? formatInstantDay(label.activatedAt, lang) : '';
      const text = trace.lot
        ? w('tracePage.genuine', { lot: trace.lot.code, date })
        : w('tracePage.genuineNoLot', { date });
      return `<section class="ok" id="status"><p><strong>${escapeHtml(text)}</strong></p>${code}</section>`;
    }
    case 'not_activated':
      return `<section class="warn" id="status"><h1>${escapeHtml(w('tracePage.notActivated'))}</h1>${code}</section>`;
    case 'voided':
      return `<section class="bad" id="status"><h1>${escapeHtml(w('tracePage.voided'))}</h1>${code}</section>`;
  }
}

const countryNames = {
  vi: new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
};

/** VN → Việt Nam / Vietnam; a code Intl does not know stays as it is. */
function countryName(code: string, lang: Lang): string {
  try {
    return countryNames[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

/** tea → Chè (trà) / Tea; an unknown type (an older one) stays as it is. */
const productTypeName = (id: string, lang: Lang): string =>
  productTypes.find((type) => type.id === id)?.[lang] ?? id;

/** The address, and the province after it unless the address already names it. */
function addressLine(address: string, province: string | null): string {
  if (!province || address.toLocaleLowerCase('vi').includes(province.toLocaleLowerCase('vi'))) return address;
  return `${address}, ${province}`;
}

function productSection(product: PublicProduct, lang: Lang, w: Words): string {
  const name = inLang(product.name, lang);
  const facts: string[] = [];
  if (product.netQuantity)
    facts.push(
      row(w('tracePage.netQuantity'), escapeHtml(`${product.netQuantity.value} ${product.netQuantity.unit}`)),
    );
  if (product.productType)
    facts.push(row(w('tracePage.productType'), escapeHtml(productTypeName(product.productType, lang))));
  if (product.origin) {
    const { province, country } = product.origin;
    const origin = [province, countryName(country, lang)].filter(Boolean).join(', ');
    facts.push(row(w('tracePage.origin'), escapeHtml(origin)));
  }
  if (product.shelfLifeDays !== null)
    facts.push(
      row(
        w('tracePage.shelfLife'),
        escapeHtml(w('tracePage.shelfLifeDays', { days: product.shelfLifeDays })),
      ),
    );
  if (product.storage) facts.push(row(w('tracePage.storage'), escapeHtml(inLang(product.storage, lang))));
  if (product.gtin) facts.push(row(w('tracePage.gtin'), escapeHtml(product.gtin)));
  const [first] = product.images;
  return (
    `<section id="product"><h1>${escapeHtml(name)}</h1>${first ? image(first, name) : ''}` +
    (facts.length ? `<dl>${facts.join('')}</dl>` : '') +
    (product.description ? `<p>${escapeHtml(inLang(product.description, lang))}</p>` : '') +
    '</section>'
  );
}

function producerSection(producer: PublicProducer, w: Words): string {
  const logo = safeHref(producer.logoUrl);
  const kind = w(producer.kind === 'coop' ? 'tracePage.producerCoop' : 'tracePage.producerEnterprise');
  const facts = [row(w('tracePage.address'), escapeHtml(addressLine(producer.address, producer.province)))];
  if (producer.phone)
    facts.push(
      row(
        w('tracePage.phone'),
        `<a href="tel:${escapeHtml(producer.phone.replace(/[^+\d]/g, ''))}">${escapeHtml(producer.phone)}</a>`,
      ),
    );
  if (producer.email)
    facts.push(
      row(
        w('tracePage.email'),
        `<a href="mailto:${escapeHtml(encodeURI(producer.email))}">${escapeHtml(producer.email)}</a>`,
      ),
    );
  return (
    `<section id="producer"><h2>${escapeHtml(w('tracePage.producer'))}</h2>` +
    (logo ? `<img src="${logo}" width="64" height="64" alt="" loading="lazy">` : '') +
    `<p><strong>${escapeHtml(producer.name)}</strong> <span class="tag">${escapeHtml(kind)}</span></p><dl>${facts.join('')}</dl></section>`
  );
}

function certificationItem(cert: PublicCertification, lang: Lang, w: Words): string {
  const from = formatDay(cert.validFrom, lang);
  const validity = cert.validTo
    ? w('tracePage.certValidity', { from, to: formatDay(cert.validTo, lang) })
    : w('tracePage.certValidFrom', { from });
  const document = safeHref(cert.documentUrl);
  return (
    `<li${cert.expired ? ' class="bad"' : ''}><strong>${escapeHtml(cert.name)}</strong>` +
    (cert.expired ? ` <span class="tag">${escapeHtml(w('tracePage.certExpired'))}</span>` : '') +
    `<br>${escapeHtml(w('tracePage.certNumber', { number: cert.number, issuer: cert.issuer }))}<br><span class="muted">${escapeHtml(validity)}</span>` +
    (document ? ` <a href="${document}">${escapeHtml(w('tracePage.certDocument'))}</a>` : '') +
    '</li>'
  );
}

function fieldRow(field: PublicField, lang: Lang, w: Words): string {
  let value = escapeHtml(inLang(field.value, lang));
  const map = safeHref(field.map?.url);
  if (map) value += ` <a href="${map}">${escapeHtml(w('tracePage.map'))}</a>`;
  const label = inLang(field.label, lang);
  if (field.photos.length)
    value += `<span class="photos">${field.photos.map((photo) => image(photo, label)).join('')}</span>`;
  return row(label, value);
}

function stageItem(stage: PublicStage, lang: Lang, w: Words): string {
  const fields = stage.fields.map((field) => fieldRow(field, lang, w)).join('');
  return (
    `<li><h3>${escapeHtml(inLang(stage.name, lang))}</h3><time datetime="${escapeHtml(machineTime(stage.time))}">${escapeHtml(formatInstant(stage.time, lang))}</time>` +
    (fields ? `<dl>${fields}</dl>` : '') +
    '</li>'
  );
}

function lotDates(lot: PublicLot, lang: Lang, w: Words): string {
  const { harvest, production, packing, expiry } = lot.dates;
  const dates = [
    [w('tracePage.harvest'), harvest],
    [w('tracePage.production'), production],
    [w('tracePage.packing'), packing],
    [w('tracePage.expiry'), expiry],
  ].flatMap(([term, date]) => (term && date ? [row(term, escapeHtml(formatDay(date, lang)))] : []));
  return dates.length ? `<dl>${dates.join('')}</dl>` : '';
}

function timeline(lot: PublicLot, lang: Lang, w: Words): string {
  if (!lot.timeline.length) return `<p class="muted">${escapeHtml(w('tracePage.timelineEmpty'))}</p>`;
  return `<ol>${lot.timeline.map((stage) => stageItem(stage, lang, w)).join('')}</ol>`;
}

function lotSections(trace: PublicTrace, lang: Lang, w: Words): string {
  const lot = trace.lot;
  let html = '';
  if (lot) {
    html += `<section id="lot"><h2>${escapeHtml(w('tracePage.lot', { code: lot.code }))}</h2>${lotDates(lot, lang, w)}</section>`;
    html += `<section id="timeline"><h2>${escapeHtml(w('tracePage.timeline'))}</h2>${timeline(lot, lang, w)}</section>`;
  }
  for (const ancestor of trace.ancestors) {
    const title = w('tracePage.ancestor', {
      code: ancestor.code,
      product: inLang(ancestor.productName, lang),
    });
    html += `<section class="ancestor"><h2>${escapeHtml(title)}</h2>${lotDates(ancestor, lang, w)}${timeline(ancestor, lang, w)}</section>`;
  }
  return html;
}

/** Whether the trace shows product data: a label shows it only while activated. */
export const showsProductData = (trace: PublicTrace): boolean =>
  trace.label === null || trace.label.state === 'activated';

/** The page title and description, shared with Open Graph. */
export function pageTitle(trace: PublicTrace, lang: Lang): { title: string; description: string } {
  const w: Words = (key, values) => wordPage(lang, key, values);
  if (!showsProductData(trace) || !trace.product) {
    const title = trace.label?.state === 'voided' ? w('tracePage.voided') : w('tracePage.notActivated');
    return { title: w('tracePage.siteName'), description: title };
  }
  const product = inLang(trace.product.name, lang);
  const producer = trace.producer?.name ?? '';
  return {
    title: producer ? w('tracePage.titleOf', { product, producer }) : product,
    description: w('tracePage.description', { product, producer }),
  };
}

export function renderTracePage(trace: PublicTrace, lang: Lang, publicBaseUrl: string): RenderedTracePage {
  const w: Words = (key, values) => wordPage(lang, key, values);
  const { title, description } = pageTitle(trace, lang);
  const shows = showsProductData(trace);
  const firstImage = shows ? trace.product?.images[0] : undefined;
  const imageUrl =
    firstImage && safeHref(firstImage.src) ? new URL(firstImage.src, publicBaseUrl).href : null;
  const canonicalUrl = new URL(trace.path, publicBaseUrl).href;
  let before = pageStart({ lang, title, description, canonicalUrl, imageUrl });
  if (trace.recall) before += recallSection(trace.recall, lang, w);
  before += labelBanner(trace, lang, w);
  let after = '';
  if (shows) {
    if (!trace.recall && trace.product)
      after += `<p id="recall" class="muted">${escapeHtml(w('tracePage.recallNone'))}</p>`;
    if (trace.product) after += productSection(trace.product, lang, w);
    if (trace.producer) after += producerSection(trace.producer, w);
    const certifications = trace.product?.certifications ?? [];
    if (certifications.length)
      after += `<section id="certifications"><h2>${escapeHtml(w('tracePage.certifications'))}</h2><ul>${certifications.map((cert) => certificationItem(cert, lang, w)).join('')}</ul></section>`;
    after += lotSections(trace, lang, w);
  }
  return { before, after: after + pageEnd(lang) };
}

/** The scan counter and counterfeit warnings: the one part of the page made per request. */
export function renderScanSlot(scans: PublicScanFigures | null, lang: Lang): string {
  if (!scans || scans.count === 0) return '';
  const w: Words = (key, values) => wordPage(lang, key, values);
  const text =
    scans.count > 1 && scans.firstAt
      ? w('tracePage.scanCount', { count: scans.count, first: formatInstant(scans.firstAt, lang) })
      : w('tracePage.scanFirst');
  const warnings = scans.warnings.map(
    (warning) =>
      `<p><strong>${escapeHtml(w(warning === 'scan_count' ? 'tracePage.warningScanCount' : 'tracePage.warningSpread'))}</strong></p>`,
  );
  return warnings.length
    ? `<section class="bad" id="scans" role="alert"><p>${escapeHtml(text)}</p>${warnings.join('')}</section>`
    : `<p class="muted" id="scans">${escapeHtml(text)}</p>`;
}
