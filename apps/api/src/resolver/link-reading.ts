import {
  canonicalDigitalLinkPath,
  isMistypedLabelSerial,
  type LinkTypeRequest,
  normalizeLinkType,
  parseDigitalLink,
} from '@nguon/domain';
import type { TraceLookup } from '@nguon/services';
import { lookupOf, serialOf } from './trace-lookup';

/** What a link asks for: a refusal, or the canonical path, what to look up and the link type. */
export type ReadLink =
  | { ok: false; refusal: 'RESOLVER_MALFORMED_LINK' | 'RESOLVER_MISTYPED_CODE'; linkType: LinkTypeRequest }
  | {
      ok: true;
      path: string;
      lookup: TraceLookup | null;
      linkType: LinkTypeRequest;
      /** A GTIN written short: the answer is a redirect to the canonical path. */
      redirect: boolean;
      rawQuery: string;
    };

const maxReadLinks = 10_000;

function readLinkNow(url: string): ReadLink {
  const mark = url.indexOf('?');
  const rawPath = mark < 0 ? url : url.slice(0, mark);
  const rawQuery = mark < 0 ? '' : url.slice(mark + 1);
  const parse = parseDigitalLink(rawPath, rawQuery);
  const linkType = normalizeLinkType(parse.ok ? parse.request.linkType : null);
  if (!parse.ok) return { ok: false, refusal: 'RESOLVER_MALFORMED_LINK', linkType };
  const request = parse.request;
  const serial = serialOf(request);
  if (serial !== null && isMistypedLabelSerial(serial))
    return { ok: false, refusal: 'RESOLVER_MISTYPED_CODE', linkType };
  return {
    ok: true,
    path: canonicalDigitalLinkPath(request.keys),
    lookup: lookupOf(request),
    linkType,
    redirect: request.keys.kind === 'gtin' && !request.keys.gtinWasCanonical,
    rawQuery,
  };
}

/** Reads links once per distinct URL (up to 1 KB; at most 10,000 kept): a scanned label's URL comes back again and again. */
export function createLinkReader(): (url: string) => ReadLink {
  const read = new Map<string, ReadLink>();
  return (url) => {
    const known = read.get(url);
    if (known) return known;
    const link = readLinkNow(url);
    if (url.length <= 1024) {
      if (read.size >= maxReadLinks) read.clear();
      read.set(url, link);
    }
    return link;
  };
}

/** The link types the trace page itself answers: none asked, or gs1:traceability. */
export const isTraceability = (linkType: LinkTypeRequest): boolean =>
  linkType.kind === 'default' || (linkType.kind === 'type' && linkType.linkType === 'gs1:traceability');
