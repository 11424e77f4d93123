import { createMessageFormatter, type Lang, type PublicText, tracePageMessages } from '@nguon/contracts';
import { tracePageStyle } from './page-style';

/** The building blocks of the resolver's server-rendered pages: escaping, wording, dates, the page shell. */

export const wordPage = createMessageFormatter(tracePageMessages);

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value shown goes through here: loader data and codes are opaque text, never markup. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (symbol) => escapes[symbol] ?? symbol);
}

/** A link target we will print: http(s) or a same-site path; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url) || (url.startsWith('/') && !url.startsWith('//'))) return escapeHtml(url);
  return null;
}

/** The visitor's language, falling back to Vietnamese where the English is empty. */
export const inLang = (text: PublicText, lang: Lang): string =>
  lang === 'en' && text.en ? text.en : text.vi;

const zone = 'Asia/Ho_Chi_Minh';
const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const dateFormats = {
  vi: new Intl.DateTimeFormat(locales.vi, { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(locales.en, { dateStyle: 'long', timeZone: 'UTC' }),
};
const instantFormats = {
  vi: new Intl.DateTimeFormat(locales.vi, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
  en: new Intl.DateTimeFormat(locales.en, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
};
const dayFormats = {
  vi: new Intl.DateTimeFormat(locales.vi, { dateStyle: 'long', timeZone: zone }),
  en: new Intl.DateTimeFormat(locales.en, { dateStyle: 'long', timeZone: zone }),
};

/** A calendar date (YYYY-MM-DD) as the language writes it. */
export const formatDay = (date: string, lang: Lang): string =>
  dateFormats[lang].format(new Date(`${date}T00:00:00Z`));
/** An instant's date and time in Vietnam. */
export const formatInstant = (iso: string, lang: Lang): string => instantFormats[lang].format(new Date(iso));
/** An instant's date in Vietnam. */
export const formatInstantDay = (iso: string, lang: Lang): string => dayFormats[lang].format(new Date(iso));

export interface PageHead {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute canonical URL and Open Graph image; null on error pages (which are not indexed). */
  canonicalUrl: string | null;
  imageUrl: string | null;
}

function headTags(head: PageHead): string {
  const description = escapeHtml(head.description);
  if (!head.canonicalUrl) return '<meta name="robots" content="noindex">';
  const url = escapeHtml(head.canonicalUrl);
  const tags = [
    `<meta name="description" content="${description}">`,
    `<link rel="canonical" href="${url}">`,
    `<link rel="alternate" hreflang="vi" href="${url}?lang=vi"><link rel="alternate" hreflang="en" href="${url}?lang=en">`,
    `<meta property="og:type" content="website"><meta property="og:url" content="${url}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:locale" content="${head.lang === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    `<meta property="og:site_name" content="${escapeHtml(wordPage(head.lang, 'tracePage.siteName'))}">`,
  ];
  if (head.imageUrl) tags.push(`<meta property="og:image" content="${escapeHtml(head.imageUrl)}">`);
  return tags.join('');
}

/** The language switch: links (no script), each language named in itself. */
function languageSwitch(lang: Lang): string {
  const link = (code: Lang, name: string) =>
    `<a href="?lang=${code}" hreflang="${code}" lang="${code}"${code === lang ? ' aria-current="true"' : ''}>${name}</a>`;
  return `<nav aria-label="${escapeHtml(wordPage(lang, 'tracePage.languages'))}">${link('vi', 'Tiếng Việt')}${link('en', 'English')}</nav>`;
}

/** The page before its main content; the content and pageEnd follow. */
export function pageStart(head: PageHead): string {
  return (
    `<!doctype html><html lang="${head.lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escapeHtml(head.title)}</title>${headTags(head)}<style>${tracePageStyle}</style></head><body>` +
    `<header><span>Nguồn</span>${languageSwitch(head.lang)}</header><main>`
  );
}

export function pageEnd(lang: Lang): string {
  return `</main><footer><p class="muted">${escapeHtml(wordPage(lang, 'tracePage.footer'))}</p></footer></body></html>`;
}

/** A refusal as a page (400, 404, 429…): what went wrong and its code, in the visitor's language. */
export function renderErrorPage(input: { lang: Lang; title: string; message: string; code: string }): string {
  const { lang } = input;
  return (
    pageStart({ lang, title: input.title, description: input.message, canonicalUrl: null, imageUrl: null }) +
    `<section class="bad"><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.message)}</p>` +
    `<p class="muted">${escapeHtml(wordPage(lang, 'tracePage.errorCode', { code: input.code }))}</p></section>` +
    pageEnd(lang)
  );
}
