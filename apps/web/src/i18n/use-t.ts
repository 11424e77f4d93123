import { createMessageFormatter, type MessageValues } from '@nguon/contracts/client';
import { useCallback } from 'react';
import { useLang } from './lang-store';
import { en, type MessageKey, vi } from './messages';

export type MessageParams = MessageValues;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The message of a key in a language, in ICU MessageFormat: `{name}`, plurals, numbers and dates through Intl. */
export const translate = createMessageFormatter<MessageKey>({ vi, en });

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
