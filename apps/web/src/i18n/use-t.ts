import type { Lang } from '@nguon/contracts/client';
import { useCallback } from 'react';
import { useLang } from './lang-store';
import { en } from './messages.en';
import { type MessageKey, type Messages, vi } from './messages.vi';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Lang, Messages> = { vi, en };

/** The message of a key in a language, `{name}` placeholders filled from params (unknown ones left as is). */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
