import { type Lang, languages } from '@nguon/contracts/client';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useSyncExternalStore } from 'react';

const storageKey = 'nguon.lang';
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey) ?? null;
    return languages.find((lang) => lang === stored) ?? 'vi';
  } catch {
    return 'vi';
  }
}

let current: Lang = readStoredLang();

function applyToDocument(lang: Lang): void {
  dayjs.locale(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
applyToDocument(current);

/** The language the person chose (Vietnamese by default); also sent to the API as Accept-Language. */
export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(storageKey, lang);
  } catch {
    // private mode or storage full: the choice lasts for this page only
  }
  applyToDocument(lang);
  for (const listener of listeners) listener();
}

function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang);
}
