export type Lang = 'vi' | 'en';
export const languages: readonly Lang[] = ['vi', 'en'];

/** A parameter is a plain value or a phrase in both languages (e.g. the name of a missing thing). */
export type ErrorParam = string | number | { vi: string; en: string };
export type ErrorParams = Record<string, ErrorParam>;

/** Params in one language, as a problem document carries them. */
export function localizeParams(params: ErrorParams, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === 'object' ? value[lang] : value;
  return out;
}
