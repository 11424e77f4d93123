import { normalizeGtin } from './gtin';

/**
 * Reading a GS1 Digital Link URI (syntax 1.4) as a resolver receives it: the path still percent-encoded, so an
 * encoded `/` inside a value never splits it, and the raw query. Only what a label of ours can carry is read:
 * a GTIN (01) with its key qualifiers in the order 22 → 10 → 21, and the platform's short form `/q/{serial}`
 * for labels printed before their product is known. Everything else is a syntax fault or "not ours".
 */

/** GS1 General Specifications, figure 7.11-1: the 82 characters alphanumeric values may hold. */
const cset82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

export type DigitalLinkFaultCode =
  /** a `%` not followed by two hex digits, or bytes that are not UTF-8 */
  | 'escape'
  /** a path that is neither `/01/…` nor `/q/…`, a missing value, or an AI that is not a qualifier of 01 */
  | 'path'
  /** the GTIN is not 8, 12, 13 or 14 digits */
  | 'gtin_format'
  | 'gtin_check_digit'
  /** qualifiers out of the order 22 → 10 → 21, or one given twice */
  | 'qualifier_order'
  /** a value longer than its AI allows, or empty */
  | 'value_length'
  /** a character outside GS1's character set 82 */
  | 'value_charset'
  /** a numeric query key that is no GS1 AI a trade item's link may carry */
  | 'query_ai_unknown'
  | 'query_ai_duplicate'
  /** a query attribute whose value does not match its AI's format */
  | 'query_ai_value'
  /** a key or key qualifier in the query: those belong in the path */
  | 'query_ai_key';

export interface DigitalLinkFault {
  code: DigitalLinkFaultCode;
  /** the application identifier at fault, where there is one */
  ai?: string;
}

export interface Gs1TradeItemLink {
  kind: 'gtin';
  gtin14: string;
  /** whether the GTIN was written with 14 digits; if not, the canonical URI is the answer (a redirect) */
  gtinWasCanonical: boolean;
  cpv: string | null;
  lot: string | null;
  serial: string | null;
}

export interface ShortLabelLink {
  kind: 'short';
  serial: string;
}

export type DigitalLinkKeys = Gs1TradeItemLink | ShortLabelLink;

export interface DigitalLinkRequest {
  keys: DigitalLinkKeys;
  /** data attributes from the query (AI → value), validated */
  attributes: Record<string, string>;
  /** the `linkType` asked for, as written (see normalizeLinkType), or null for the default link */
  linkType: string | null;
  /** every query parameter as received, to pass on through a redirect */
  rawQuery: string;
}

export type DigitalLinkParse =
  | { ok: true; request: DigitalLinkRequest }
  | { ok: false; fault: DigitalLinkFault };

/** Key qualifiers of a GTIN in the only order a URI may give them. */
const gtinQualifiers = ['22', '10', '21'] as const;
type GtinQualifier = (typeof gtinQualifiers)[number];
const qualifierMaxLength: Record<GtinQualifier, number> = { '22': 20, '10': 20, '21': 20 };

const fail = (code: DigitalLinkFaultCode, ai?: string): { ok: false; fault: DigitalLinkFault } => ({
  ok: false,
  fault: ai === undefined ? { code } : { code, ai },
});

/** Decodes one percent-encoded segment; null for a malformed escape or bytes that are not UTF-8. */
export function percentDecodeSegment(segment: string): string | null {
  if (!/^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(segment)) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function checkValue(value: string, ai: string, maxLength: number): DigitalLinkFault | null {
  if (value.length === 0 || value.length > maxLength) return { code: 'value_length', ai };
  if (!cset82.test(value)) return { code: 'value_charset', ai };
  return null;
}

/** A date as GS1 writes it, YYMMDD; DD may be 00 ("end of month") where the AI allows it. */
const yymmdd = (value: string, dayMayBeZero: boolean): boolean => {
  const match = /^\d{2}(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day <= 31 && (day >= 1 || dayMayBeZero);
};

type AttributeCheck = (value: string) => boolean;
const digits =
  (min: number, max: number): AttributeCheck =>
  (value) =>
    value.length >= min && value.length <= max && /^\d+$/.test(value);
const text =
  (max: number): AttributeCheck =>
  (value) =>
    value.length >= 1 && value.length <= max && cset82.test(value);

/**
 * The data attributes a trade item's link may carry in its query (GS1 Digital Link 1.4, with the General
 * Specifications' formats): dates, counts, measures with their decimal-point digit, internal data.
 */
const attributeChecks = new Map<string, AttributeCheck>([
  ['11', (value) => yymmdd(value, false)],
  ['12', (value) => yymmdd(value, true)],
  ['13', (value) => yymmdd(value, false)],
  ['15', (value) => yymmdd(value, true)],
  ['16', (value) => yymmdd(value, false)],
  ['17', (value) => yymmdd(value, true)],
  ['30', digits(1, 8)],
  ['37', digits(1, 8)],
  ['242', digits(1, 6)],
  ['7003', digits(10, 10)],
  ['7006', (value) => yymmdd(value, false)],
  ['7007', (value) => (value.length === 6 || value.length === 12) && digits(6, 12)(value)],
  ['8008', digits(8, 12)],
  ['90', text(30)],
  ...['91', '92', '93', '94', '95', '96', '97', '98', '99'].map((ai): [string, AttributeCheck] => [
    ai,
    text(90),
  ]),
  // Trade measures: 310n net weight kg, 311n length m, 315n net volume l, 316n net volume m³, 320n net weight lb.
  ...['310', '311', '315', '316', '320'].flatMap((stem) =>
    ['0', '1', '2', '3', '4', '5'].map((n): [string, AttributeCheck] => [stem + n, digits(6, 6)]),
  ),
]);

/** AIs that are identification keys or key qualifiers: a query may not carry them. */
const keyAis = new Set([
  '00',
  '01',
  '02',
  '10',
  '21',
  '22',
  '235',
  '253',
  '254',
  '255',
  '414',
  '417',
  '8003',
  '8004',
]);

interface QueryRead {
  attributes: Record<string, string>;
  linkType: string | null;
}

function readQuery(
  rawQuery: string,
): { ok: true; query: QueryRead } | { ok: false; fault: DigitalLinkFault } {
  const attributes: Record<string, string> = {};
  let linkType: string | null = null;
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = percentDecodeSegment(equals < 0 ? pair : pair.slice(0, equals));
    const value = percentDecodeSegment(equals < 0 ? '' : pair.slice(equals + 1));
    if (key === null || value === null) return fail('escape');
    if (/^\d+$/.test(key)) {
      if (keyAis.has(key)) return fail('query_ai_key', key);
      const check = attributeChecks.get(key);
      if (!check) return fail('query_ai_unknown', key);
      if (key in attributes) return fail('query_ai_duplicate', key);
      if (!check(value)) return fail('query_ai_value', key);
      attributes[key] = value;
    } else if (key === 'linkType' && linkType === null) linkType = value;
  }
  return { ok: true, query: { attributes, linkType } };
}

function readGtinPath(
  segments: string[],
): { ok: true; keys: Gs1TradeItemLink } | { ok: false; fault: DigitalLinkFault } {
  const gtin = segments[1] ?? '';
  const gtinCheck = normalizeGtin(gtin);
  if (!gtinCheck.ok) return fail(gtinCheck.reason === 'format' ? 'gtin_format' : 'gtin_check_digit', '01');
  const values: Partial<Record<GtinQualifier, string>> = {};
  let last = -1;
  for (let i = 2; i < segments.length; i += 2) {
    const ai = segments[i] ?? '';
    const value = segments[i + 1];
    const position = gtinQualifiers.indexOf(ai as GtinQualifier);
    if (position < 0 || value === undefined) return fail('path', ai || undefined);
    if (position <= last) return fail('qualifier_order', ai);
    last = position;
    const qualifier = gtinQualifiers[position] as GtinQualifier;
    const fault = checkValue(value, qualifier, qualifierMaxLength[qualifier]);
    if (fault) return { ok: false, fault };
    values[qualifier] = value;
  }
  return {
    ok: true,
    keys: {
      kind: 'gtin',
      gtin14: gtinCheck.gtin14,
      gtinWasCanonical: gtin.length === 14,
      cpv: values['22'] ?? null,
      lot: values['10'] ?? null,
      serial: values['21'] ?? null,
    },
  };
}

/**
 * Parses a resolver request. `rawPath` is the path as received (percent-encoded, starting with `/`); one
 * trailing slash is tolerated. Values come back decoded; nothing here says whether a code exists.
 */
export function parseDigitalLink(rawPath: string, rawQuery = ''): DigitalLinkParse {
  const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  if (!path.startsWith('/')) return fail('path');
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    const decoded = percentDecodeSegment(raw);
    if (decoded === null) return fail('escape');
    segments.push(decoded);
  }
  const query = readQuery(rawQuery);
  if (!query.ok) return query;
  const request = (keys: DigitalLinkKeys): DigitalLinkParse => ({
    ok: true,
    request: { keys, attributes: query.query.attributes, linkType: query.query.linkType, rawQuery },
  });
  if (segments[0] === 'q' && segments.length === 2) {
    const serial = segments[1] ?? '';
    const fault = checkValue(serial, '21', 20);
    return fault ? { ok: false, fault } : request({ kind: 'short', serial });
  }
  if (segments[0] !== '01' || segments.length < 2 || segments.length % 2 !== 0) return fail('path');
  const gtin = readGtinPath(segments);
  return gtin.ok ? request(gtin.keys) : gtin;
}

/** The canonical path of a trade item's link: GTIN-14 and qualifiers in order, values percent-encoded. */
export function canonicalDigitalLinkPath(keys: DigitalLinkKeys): string {
  if (keys.kind === 'short') return `/q/${digitalLinkPercentEncode(keys.serial)}`;
  let path = `/01/${keys.gtin14}`;
  if (keys.cpv !== null) path += `/22/${digitalLinkPercentEncode(keys.cpv)}`;
  if (keys.lot !== null) path += `/10/${digitalLinkPercentEncode(keys.lot)}`;
  if (keys.serial !== null) path += `/21/${digitalLinkPercentEncode(keys.serial)}`;
  return path;
}

/** Percent-encodes everything outside RFC 3986 unreserved characters, as GS1 Digital Link 1.4 asks. */
export function digitalLinkPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (symbol) => `%${symbol.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Link types this resolver answers, in GS1's compact form. */
export const resolverLinkTypes = [
  'gs1:traceability',
  'gs1:pip',
  'gs1:certificationInfo',
  'gs1:recallStatus',
] as const;
export type ResolverLinkType = (typeof resolverLinkTypes)[number];

export type LinkTypeRequest =
  | { kind: 'default' }
  | { kind: 'linkset' }
  | { kind: 'type'; linkType: ResolverLinkType }
  /** a link type this resolver does not have: a 404 */
  | { kind: 'absent'; linkType: string };

const gs1VocabularyPrefixes = ['https://gs1.org/voc/', 'https://ref.gs1.org/voc/', 'http://gs1.org/voc/'];

/** What `?linkType=` asks for: compact (`gs1:pip`) or full (`https://gs1.org/voc/pip`) names; `linkset`/`all`. */
export function normalizeLinkType(value: string | null): LinkTypeRequest {
  if (value === null || value === '') return { kind: 'default' };
  if (value === 'linkset' || value === 'all') return { kind: 'linkset' };
  const prefix = gs1VocabularyPrefixes.find((candidate) => value.startsWith(candidate));
  const compact = prefix ? `gs1:${value.slice(prefix.length)}` : value;
  const known = resolverLinkTypes.find((linkType) => linkType === compact);
  return known ? { kind: 'type', linkType: known } : { kind: 'absent', linkType: value };
}
