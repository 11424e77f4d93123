import type { Lang, PublicTrace } from '@nguon/contracts';
import type { ResolverLinkType } from '@nguon/domain';
import { pageTitle, showsProductData } from './trace-page';

/**
 * The links a trace offers, per GS1's resolver conventions: the page itself is the default link and
 * gs1:traceability; gs1:pip is the product's own page (/01/{gtin14}); gs1:certificationInfo and
 * gs1:recallStatus are the page's sections. A label without product data offers the page only.
 */
export function traceLinks(trace: PublicTrace, publicBaseUrl: string): Map<ResolverLinkType, string> {
  const page = new URL(trace.path, publicBaseUrl).href;
  const links = new Map<ResolverLinkType, string>([['gs1:traceability', page]]);
  if (!showsProductData(trace) || !trace.product) return links;
  if (trace.product.gtin) links.set('gs1:pip', new URL(`/01/${trace.product.gtin}`, publicBaseUrl).href);
  if (trace.product.certifications.length) links.set('gs1:certificationInfo', `${page}#certifications`);
  links.set('gs1:recallStatus', `${page}#recall`);
  return links;
}

const vocabulary = 'https://gs1.org/voc/';

/** The link set in the RFC 9264 JSON shape GS1 resolvers answer, with the default link first. */
export function traceLinkset(trace: PublicTrace, publicBaseUrl: string, lang: Lang): string {
  const anchor = new URL(trace.path, publicBaseUrl).href;
  const { title } = pageTitle(trace, lang);
  const target = (href: string) => [{ href, title, type: 'text/html', hreflang: ['vi', 'en'] }];
  const context: Record<string, unknown> = { anchor, [`${vocabulary}defaultLink`]: target(anchor) };
  for (const [linkType, href] of traceLinks(trace, publicBaseUrl))
    context[`${vocabulary}${linkType.slice('gs1:'.length)}`] = target(href);
  return JSON.stringify({ linkset: [context] });
}

/** The Link header every page carries: where its link set is. */
export const linksetHeader = (trace: PublicTrace, publicBaseUrl: string): string =>
  `<${new URL(trace.path, publicBaseUrl).href}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`;

/** /.well-known/gs1resolver: the GS1-conformant resolver description (Resolver 1.2.0 shape). */
export function resolverDescription(publicBaseUrl: string): Record<string, unknown> {
  return {
    name: 'Nguồn traceability resolver',
    resolverRoot: new URL('/', publicBaseUrl).href.replace(/\/$/, ''),
    supportedPrimaryKeys: ['01'],
    supportedLinkType: [{ namespace: vocabulary, prefix: 'gs1:' }],
    linkTypeDefaultCanBeLinkset: true,
    linkTypeDefaultCanBeAll: true,
    supportedContextValuesEnumerated: [],
    supportedContextValuesExternal: [],
    supportedLanguages: ['vi', 'en'],
  };
}
