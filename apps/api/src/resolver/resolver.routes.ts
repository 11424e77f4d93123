import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Lang, PublicScanFigures, PublicTrace } from '@nguon/contracts';
import {
  clientNetwork,
  type LoadPublicTrace,
  type PublicChanges,
  type ScanLedger,
  TaggedCache,
  type TraceAnswer,
  type TraceLookup,
} from '@nguon/services';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { answerFirst } from '../http/answer-first';
import { requestIdOf } from '../http/request-id';
import {
  browserFamily,
  clientAddress,
  isLinkPreview,
  networkHash,
  regionOf,
  type TrustProxy,
} from './client-signals';
import { budgetAfter, type Delivery, deliver, fixedHeadersOf, reusable } from './delivery';
import { createLinkReader, isTraceability } from './link-reading';
import { NetworkRateLimit } from './rate-limit';
import {
  acceptedRepresentation,
  answerOptions,
  contentHash,
  cors,
  entityTag,
  narrowPagePolicy,
  queryWithoutLinkType,
  type RefusalContext,
  type Representation,
  redirectWithQuery,
  refuse,
  visitorLanguage,
} from './resolver-http';
import { linksetHeader, resolverDescription, traceLinks, traceLinkset } from './trace-links';
import { renderScanSlot, renderTracePage } from './trace-page';

export interface ResolverTuning {
  /** Every answer that missed the cache takes at least this long since the request began (unknown = known). */
  floorMs: number;
  ttlMs: number;
  /** How long a not-found answer is kept: briefly, a new code may appear any moment. */
  unknownTtlMs: number;
  maxEntries: number;
  /** The bytes the answers kept may hold (known answers; unknown ones a quarter of it beside). */
  maxBytes: number;
  /** Token bucket per client network. */
  burst: number;
  perSecond: number;
  /**
   * How many times a second one label page's bytes may be made again for new scan figures; past it, the same
   * bytes (figures under a second old) are sent. See delivery.ts.
   */
  makingsPerSecond: number;
  /** Monotonic milliseconds for the cache, the throttle and the floor. */
  monotonic: () => number;
}

export interface ResolverDeps {
  loadTrace: LoadPublicTrace;
  changes: Pick<PublicChanges, 'subscribe'>;
  /** Optional until the scan ledger is wired: without it no scan is counted. */
  scans?: ScanLedger;
  publicBaseUrl: string;
  /** Keys the network hash of scans (SESSION_SECRET or its own). */
  secret: string;
  now: () => Date;
  tuning?: Partial<ResolverTuning>;
  /**
   * The platform's security headers middleware, read once and set on every resolver answer: the resolver is
   * mounted ahead of the platform's middleware, which it does not need per request.
   */
  securityHeaders?: RequestHandler;
  /** Where a failed answer is logged (the platform's request logger does not run for resolver routes). */
  logger?: Logger;
  /** SCAN_REGION_HEADER, lower case: the header a trusted proxy sets to the client's region code. */
  regionHeader?: string;
}

export const defaultResolverTuning: ResolverTuning = {
  floorMs: 50,
  ttlMs: 5 * 60_000,
  // as long as a known one's: a shorter life would let a second probe tell them apart (a new code empties
  // both through the `unknown` tag)
  unknownTtlMs: 5 * 60_000,
  maxEntries: 4_000,
  maxBytes: 64 * 1024 * 1024,
  burst: 60,
  perSecond: 6,
  makingsPerSecond: 20,
  monotonic: () => performance.now(),
};

type Rendered =
  | { kind: 'html'; before: string; after: string; hash: string; linkHeader: string }
  | { kind: 'json'; head: string; hash: string }
  | { kind: 'linkset'; body: string; hash: string };

/** One code's answer as the loader gave it, with its renderings per language and representation. */
interface CachedAnswer {
  answer: TraceAnswer;
  rendered: Map<string, Rendered>;
  /** The bytes last sent per language and representation (see delivery.ts). */
  delivered: Map<string, Delivery>;
  /** Whether the scan ledger was asked to read this label since the answer was loaded. */
  warmed: boolean;
  /** Where it is kept, weighed again as renderings and bytes are made of it. */
  path: string;
  room: TaggedCache<CachedAnswer>;
  /** The answer itself, roughly: twice its JSON's length (JavaScript strings are UTF-16). */
  answerBytes: number;
}

/** What an answer holds in memory, roughly: the answer, its renderings and the bytes made of them. */
function weighAnswer(entry: CachedAnswer): number {
  let bytes = entry.answerBytes;
  for (const made of entry.rendered.values()) {
    const text =
      made.kind === 'html'
        ? made.before.length + made.after.length + made.linkHeader.length
        : made.kind === 'json'
          ? made.head.length
          : made.body.length;
    bytes += 2 * text;
  }
  for (const sent of entry.delivered.values())
    bytes += sent.body.length + (sent.br?.length ?? 0) + (sent.gzip?.length ?? 0);
  return bytes;
}

export interface ResolverHandle {
  /** Stops listening to the change feed. */
  close(): void;
  /** Answers held in the cache (tests, metrics). */
  cachedAnswers(): number;
  /** Answers sent before Express set the request up (warm scans; tests, metrics). */
  answeredAtOnce(): number;
}

const resolverPath = /^\/(?:01|q)(?:[/?]|$)/;

const contentTypes: Record<Rendered['kind'], string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  linkset: 'application/linkset+json; charset=utf-8',
};

function bodyOf(rendered: Rendered, scans: PublicScanFigures | null, lang: Lang): string {
  switch (rendered.kind) {
    case 'html':
      return rendered.before + renderScanSlot(scans, lang) + rendered.after;
    case 'json':
      return `${rendered.head}${JSON.stringify(scans)}}`;
    case 'linkset':
      return rendered.body;
  }
}

const wellKnownPath = '/.well-known/gs1resolver';

/**
 * The GS1 Digital Link resolver and the consumer trace page: /01/…, /q/… and /.well-known/gs1resolver, GET,
 * HEAD and OPTIONS. Mount it before the web app (whose catch-all would serve the SPA for these paths) and before
 * the query-string guard (the resolver answers a malformed query itself, as a page in the visitor's language).
 */
export function mountResolverRoutes(app: Express, deps: ResolverDeps): ResolverHandle {
  const tuning = { ...defaultResolverTuning, ...deps.tuning };
  const cache = new TaggedCache<CachedAnswer>({
    maxEntries: tuning.maxEntries,
    maxBytes: tuning.maxBytes,
    weigh: weighAnswer,
    ttlMs: tuning.ttlMs,
    clock: tuning.monotonic,
  });
  // Unknown codes apart (small entries, their own room): a flood of made-up codes never pushes out real pages.
  const unknowns = new TaggedCache<CachedAnswer>({
    maxEntries: tuning.maxEntries * 5,
    maxBytes: tuning.maxBytes / 4,
    weigh: weighAnswer,
    ttlMs: tuning.unknownTtlMs,
    clock: tuning.monotonic,
  });
  const inFlight = new Map<string, Promise<CachedAnswer>>();
  const throttle = new NetworkRateLimit({
    burst: tuning.burst,
    perSecond: tuning.perSecond,
    clock: tuning.monotonic,
  });
  const unsubscribe = deps.changes.subscribe((tags) => {
    cache.invalidate(tags);
    unknowns.invalidate(tags);
    // a load under way may read the data before the change: later callers start their own
    inFlight.clear();
  });

  async function answerFor(
    path: string,
    lookup: TraceLookup | null,
  ): Promise<{ entry: CachedAnswer; missed: boolean }> {
    const cached = cache.get(path) ?? unknowns.get(path);
    if (cached) return { entry: cached, missed: false };
    let loading = inFlight.get(path);
    if (!loading) {
      const since = cache.generation;
      const load: Promise<CachedAnswer> = (async () => {
        const answer: TraceAnswer = lookup ? await deps.loadTrace(lookup) : { found: false };
        const entry: CachedAnswer = {
          answer,
          rendered: new Map(),
          delivered: new Map(),
          warmed: false,
          path,
          room: answer.found ? cache : unknowns,
          answerBytes: answer.found ? 2 * JSON.stringify(answer.trace).length : 64,
        };
        // not kept if a change landed while it loaded: it may have been made from the data before it
        if (answer.found) cache.set(path, entry, answer.tags, tuning.ttlMs, since);
        else unknowns.set(path, entry, ['unknown'], tuning.unknownTtlMs, since);
        return entry;
      })().finally(() => {
        if (inFlight.get(path) === load) inFlight.delete(path);
      });
      loading = load;
      inFlight.set(path, load);
    }
    return { entry: await loading, missed: true };
  }

  function rendering(
    entry: CachedAnswer,
    trace: PublicTrace,
    lang: Lang,
    representation: Representation,
  ): Rendered {
    const key = `${lang}|${representation}`;
    const known = entry.rendered.get(key);
    if (known) return known;
    let made: Rendered;
    if (representation === 'html') {
      const { before, after } = renderTracePage(trace, lang, deps.publicBaseUrl);
      const linkHeader = linksetHeader(trace, deps.publicBaseUrl);
      made = { kind: 'html', before, after, hash: contentHash(before + after), linkHeader };
    } else if (representation === 'json') {
      // `scans` goes last, whatever the loader's key order: the cached head ends just before its value.
      const { scans: _perRequest, ...rest } = trace;
      const full = JSON.stringify({ ...rest, scans: null });
      const head = full.slice(0, -'null}'.length);
      made = { kind: 'json', head, hash: contentHash(full) };
    } else {
      const body = traceLinkset(trace, deps.publicBaseUrl, lang);
      made = { kind: 'linkset', body, hash: contentHash(body) };
    }
    entry.rendered.set(key, made);
    entry.room.reweigh(entry.path);
    return made;
  }

  /** Counts one consumer's scan of a label and gives the figures to show. */
  function countScan(
    ledger: ScanLedger,
    req: IncomingMessage,
    network: string,
    scan: NonNullable<Extract<TraceAnswer, { found: true }>['scan']>,
    lang: Lang,
  ): PublicScanFigures {
    return ledger.count({
      ...scan,
      at: deps.now(),
      networkHash: networkHash(deps.secret, network),
      browser: browserFamily(req.headers['user-agent']),
      language: lang,
      region: regionOf(req.headers, deps.regionHeader),
    });
  }

  /** Whether this request is a consumer's scan to count: a GET of a label, not HEAD, not a link preview. */
  const counts = (req: IncomingMessage, answer: TraceAnswer): boolean =>
    deps.scans !== undefined &&
    answer.found &&
    answer.scan !== null &&
    req.method === 'GET' &&
    !isLinkPreview(req.headers['user-agent']);

  /**
   * Counts a consumer's scan and gives the figures to show. The ledger is asked to warm every time (free while it
   * holds the label; a stale one is read again in the background; one it dropped is read again before counting);
   * `firstRead` says this answer's first count read the store.
   */
  async function scanFigures(
    req: Request,
    network: string,
    entry: CachedAnswer,
    lang: Lang,
  ): Promise<{ figures: PublicScanFigures | null; counted: boolean; firstRead: boolean }> {
    const { answer } = entry;
    if (!answer.found) return { figures: null, counted: false, firstRead: false };
    const ledger = deps.scans;
    if (!ledger || !answer.scan || !counts(req, answer))
      return { figures: answer.trace.scans, counted: false, firstRead: false };
    const firstRead = !entry.warmed;
    try {
      await ledger.warm(answer.scan.labelId, answer.scan.tenantId);
      entry.warmed = true;
    } catch (error: unknown) {
      // the page still answers: the scan is counted from what the ledger holds, the store joins later
      deps.logger?.warn({ err: error }, 'scan ledger: could not read a label');
    }
    return { figures: countScan(ledger, req, network, answer.scan, lang), counted: true, firstRead };
  }

  const readLink = createLinkReader();

  async function resolve(
    req: Request,
    res: Response,
    started: number,
    network: string,
    visitor: RefusalContext,
    accepted: Representation,
  ): Promise<void> {
    const link = readLink(req.originalUrl);
    const { linkType } = link;
    const representation: Representation = linkType.kind === 'linkset' ? 'linkset' : accepted;
    const context: RefusalContext = { ...visitor, json: representation !== 'html' };
    if (!link.ok) return refuse(res, context, link.refusal);
    const { path, rawQuery } = link;
    if (link.redirect) return redirectWithQuery(res, 301, path, rawQuery);
    const found = await answerFor(path, link.lookup);
    const { entry } = found;
    let missed = found.missed;
    const pad = async () => {
      const wait = tuning.floorMs - (tuning.monotonic() - started);
      if (missed && wait > 0) await delay(wait);
    };
    const { answer } = entry;
    if (!answer.found) {
      await pad();
      return refuse(res, context, 'RESOLVER_UNKNOWN_CODE');
    }
    const trace = answer.trace;
    if (linkType.kind === 'absent') {
      await pad();
      return refuse(res, context, 'RESOLVER_LINK_TYPE_ABSENT', { linkType: linkType.linkType.slice(0, 100) });
    }
    if (linkType.kind === 'type' && linkType.linkType !== 'gs1:traceability') {
      const target = traceLinks(trace, deps.publicBaseUrl).get(linkType.linkType);
      await pad();
      if (!target) return refuse(res, context, 'RESOLVER_LINK_TYPE_ABSENT', { linkType: linkType.linkType });
      return redirectWithQuery(res, 307, target, queryWithoutLinkType(rawQuery));
    }
    const rendered = rendering(entry, trace, context.lang, representation);
    const scan =
      rendered.kind === 'linkset'
        ? { figures: null, counted: false, firstRead: false }
        : await scanFigures(req, network, entry, context.lang);
    // a label's first counted scan read its figures from the store: padded as a load is
    if (scan.firstRead) missed = true;
    await pad();
    // a label page made for a HEAD or a link preview (no figures) is kept apart, never sent to consumers
    const forConsumers = answer.scan === null || scan.counted || rendered.kind === 'linkset';
    sendAnswer(req, res, entry, rendered, scan.figures, context.lang, forConsumers);
  }

  function sendAnswer(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedAnswer,
    rendered: Rendered,
    scans: PublicScanFigures | null,
    lang: Lang,
    forConsumers: boolean,
  ) {
    res.setHeader('cache-control', 'public, max-age=60');
    res.setHeader('vary', 'Accept, Accept-Language, Accept-Encoding');
    res.setHeader('content-language', lang);
    if (rendered.kind === 'html') {
      res.setHeader('link', rendered.linkHeader);
      narrowPagePolicy(res);
    } else cors(res);
    const key = `${lang}|${rendered.kind}${forConsumers ? '' : '|uncounted'}`;
    const variant = rendered.kind === 'linkset' ? '' : entityTag('', scans);
    const nowMs = tuning.monotonic();
    const last = entry.delivered.get(key);
    const making = !reusable(last, variant, nowMs, tuning.makingsPerSecond);
    let delivery = last;
    if (making || !delivery) {
      delivery = {
        body: Buffer.from(bodyOf(rendered, scans, lang)),
        etag: entityTag(rendered.hash, rendered.kind === 'linkset' ? null : scans),
        contentType: contentTypes[rendered.kind],
        variant,
        ...budgetAfter(last, nowMs),
      };
      entry.delivered.set(key, delivery);
    }
    const encoded = deliver(req, res, delivery);
    if (making || encoded) entry.room.reweigh(entry.path);
  }

  const fixedHeaders = deps.securityHeaders ? fixedHeadersOf(deps.securityHeaders) : [];

  // What each Accept header asks for, as the ordinary way's negotiation found it: browsers send a handful.
  const representations = new Map<string, Representation>();
  function representationOf(req: Request): Representation {
    const accept = req.headers.accept ?? '';
    let known = representations.get(accept);
    if (known === undefined) {
      known = acceptedRepresentation(req);
      if (accept.length <= 512) {
        if (representations.size >= 1_000) representations.clear();
        representations.set(accept, known);
      }
    }
    return known;
  }

  // Express's compiled TRUST_PROXY, read as the ordinary way's req.ip reads it
  const trustSetting: unknown = app.get('trust proxy fn');
  const trust: TrustProxy = typeof trustSetting === 'function' ? (trustSetting as TrustProxy) : () => false;

  /**
   * A warm scan of a page, answered before Express sets the request up (its routing and per-request prototypes
   * cost about a tenth of this route's time under a crowd): only when nothing but the cached page is needed —
   * GET or HEAD of a traceability link already cached, the label's figures held, an Accept header seen before,
   * the network within its limit. Anything else goes the ordinary way. Returns whether it answered.
   */
  let answeredAtOnceCount = 0;
  function answerAtOnce(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || url === undefined || !resolverPath.test(url))
      return false;
    const representation = representations.get(req.headers.accept ?? '');
    if (representation === undefined || representation === 'linkset') return false;
    const link = readLink(url);
    if (!link.ok || link.redirect || !isTraceability(link.linkType)) return false;
    const entry = cache.get(link.path);
    const answer = entry?.answer;
    if (!entry || !answer?.found) return false;
    const counted = counts(req, answer);
    const ledger = deps.scans;
    const scan = answer.scan;
    // a label's first count reads the store (and is padded): the ordinary way
    if (counted && (!entry.warmed || !ledger || !scan || !ledger.warmAtOnce(scan.labelId, scan.tenantId)))
      return false;
    const network = clientNetwork(clientAddress(req, trust));
    const lang = visitorLanguage(req, link.rawQuery);
    const rendered = rendering(entry, answer.trace, lang, representation);
    // refused the ordinary way, in the visitor's language
    if (!throttle.take(network).allowed) return false;
    // from here the request is this lane's (its token taken, its scan counted): a failure is answered here
    try {
      res.setHeader('x-request-id', requestIdOf(req));
      for (const [name, value] of fixedHeaders) res.setHeader(name, value);
      const figures =
        counted && ledger && scan ? countScan(ledger, req, network, scan, lang) : answer.trace.scans;
      sendAnswer(req, res, entry, rendered, figures, lang, scan === null || counted);
    } catch (error: unknown) {
      deps.logger?.error({ err: error }, 'resolver: a warm answer failed');
      if (res.headersSent) res.destroy();
      else {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('500');
      }
    }
    answeredAtOnceCount += 1;
    return true;
  }
  answerFirst(app, answerAtOnce, deps.logger);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    const wellKnown = path === wellKnownPath;
    if (!wellKnown && !resolverPath.test(req.originalUrl)) return next();
    const started = tuning.monotonic();
    // No access log line per scan (the scan ledger keeps them); a failure still reaches the error handler's log.
    const requestId = requestIdOf(req);
    req.id = requestId;
    if (deps.logger) req.log = deps.logger;
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of fixedHeaders) res.setHeader(name, value);
    const url = req.originalUrl;
    const lang = visitorLanguage(req, url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
    const accepted = representationOf(req);
    const context: RefusalContext = { lang, json: accepted !== 'html', requestId };
    // read once: each read of req.ip parses the forwarded chain again
    const network = clientNetwork(req.ip);
    const decision = throttle.take(network);
    if (!decision.allowed)
      return refuse(res, context, 'RESOLVER_TOO_MANY', { retryAfter: decision.retryAfterSeconds });
    if (req.method === 'OPTIONS') return answerOptions(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD, OPTIONS');
      return refuse(res, context, 'RESOLVER_METHOD_NOT_ALLOWED');
    }
    if (wellKnown) {
      cors(res);
      res.setHeader('cache-control', 'public, max-age=3600');
      res.json(resolverDescription(deps.publicBaseUrl));
      return;
    }
    resolve(req, res, started, network, context, accepted).catch(next);
  });

  return {
    close: unsubscribe,
    cachedAnswers: () => cache.size + unknowns.size,
    answeredAtOnce: () => answeredAtOnceCount,
  };
}
