import type { Lang } from '@nguon/contracts';
import type { Request } from 'express';

/** ?lang= wins, then the nguon_lang cookie, then Accept-Language; Vietnamese by default. */
export function requestLanguage(req: Request): Lang {
  const explicit = typeof req.query.lang === 'string' ? req.query.lang : req.cookies?.nguon_lang;
  if (explicit === 'vi' || explicit === 'en') return explicit;
  for (const part of (req.headers['accept-language'] ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'vi' || tag === 'en') return tag;
  }
  return 'vi';
}
