import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang } from '../errors/lang';

/** The locale each language formats numbers, dates and plurals with (Vietnamese: 1.000,5; English: 1,000.5). */
export const localeOf: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** What an ICU message's arguments take: text, numbers (plural, number) and dates. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** One language's messages in ICU MessageFormat: `{name}`, `{count, plural, one {…} other {…}}`, `{n, number}`. */
export type Catalogue<K extends string = string> = Readonly<Record<K, string>>;

export type MessageFormatter<K extends string> = (lang: Lang, key: K, values?: MessageValues) => string;

/** Tags are not markup here: `<` in a message is text. */
const formatOptions = { ignoreTag: true } as const;

export function compileMessage(message: string, lang: Lang): IntlMessageFormat {
  return new IntlMessageFormat(message, localeOf[lang], undefined, formatOptions);
}

/**
 * Formats the messages of a pair of catalogues, compiling each message once per language. A message whose
 * values are missing, or that is not valid ICU, comes back as written rather than throwing: a screen must never go blank over a
 * word; the catalogue tests (catalogueProblems) catch the mistake before it ships.
 */
export function createMessageFormatter<K extends string>(
  catalogues: Readonly<Record<Lang, Catalogue<K>>>,
): MessageFormatter<K> {
  const compiled: Record<Lang, Map<K, IntlMessageFormat>> = { vi: new Map(), en: new Map() };
  return (lang, key, values) => {
    const message = catalogues[lang][key];
    try {
      let format = compiled[lang].get(key);
      if (!format) {
        format = compileMessage(message, lang);
        compiled[lang].set(key, format);
      }
      return String(format.format(values));
    } catch {
      return message;
    }
  };
}

/** A number as the language writes it: `formatNumber(1234.5, 'vi')` is "1.234,5". */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf[lang], options).format(value);
}
