import type { Lang } from '@nguon/contracts';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A timestamp from the API as a short local date and time in the person's language. */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(new Date(iso));
}
