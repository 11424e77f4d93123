import type { Lang } from '@nguon/contracts/client';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const partNames = ['day', 'month', 'year', 'hour', 'minute'] as const;
type DateParts = Record<(typeof partNames)[number], string>;
/**
 * How both app languages write a date and a time, whatever the browser's locale: day/month/year and the
 * 24-hour clock. English is British (en-GB) on purpose: the same day-month order as Vietnamese, so
 * "05/12/2026" means 5 December whichever language a clerk has chosen, and no am/pm.
 */
const dayMonthYear = (p: DateParts) => `${p.day}/${p.month}/${p.year}`;
const dayMonthYearTime = (p: DateParts) => `${dayMonthYear(p)} ${p.hour}:${p.minute}`;

// one formatter per language, made once: Intl.DateTimeFormat is costly to build in long tables
const partFormatters = new Map<Lang, Intl.DateTimeFormat>();

function partsOf(date: Date, lang: Lang): DateParts {
  let formatter = partFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[lang], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partFormatters.set(lang, formatter);
  }
  const parts: DateParts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of formatter.formatToParts(date)) {
    const name = partNames.find((candidate) => candidate === part.type);
    if (name) parts[name] = part.value;
  }
  return parts;
}

/** A timestamp from the API as a local date and time in the app's language: "05/12/2026 14:30". */
export function formatDateTime(iso: string, lang: Lang): string {
  return dayMonthYearTime(partsOf(new Date(iso), lang));
}

/** A timestamp or a calendar date (`yyyy-mm-dd`, read as that day, not as UTC midnight) in the app's language. */
export function formatDate(iso: string, lang: Lang): string {
  const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = calendarDay
    ? new Date(Number(calendarDay[1]), Number(calendarDay[2]) - 1, Number(calendarDay[3]))
    : new Date(iso);
  return dayMonthYear(partsOf(date, lang));
}

/**
 * A file size as people read it on a phone: "600 KB", "3,2 MB" (1 KB = 1024 bytes, like the API's limits),
 * with a no-break space so the unit never wraps away from its number.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${Math.ceil(kilobytes)}\u00a0KB`;
  const megabytes = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(
    kilobytes / 1024,
  );
  return `${megabytes}\u00a0MB`;
}

/** The format date inputs show, read by `parseTypedDate`: the same day/month/year as `formatDate`. */
export const dateInputFormat = 'DD/MM/YYYY';

/** A date as typed ("5/12/2026", "05-12-2026") or pasted in ISO ("2026-12-05"), as `yyyy-mm-dd`; null if none. */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // 31/02 rolls over into March: not a date
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}
