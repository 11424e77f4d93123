import type { Lang } from '@nguon/contracts/client';

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
