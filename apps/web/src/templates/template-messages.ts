import { createMessageFormatter, templateMessages } from '@nguon/contracts/client';
import { useCallback } from 'react';
import { useLang } from '../i18n/lang-store';
import type { MessageParams } from '../i18n/use-t';

export type TemplateMessageKey = keyof typeof templateMessages.vi;
export type TemplateTranslate = (key: TemplateMessageKey, params?: MessageParams) => string;

/**
 * The library's texts come with the library's screens, not in the app's one catalogue: that catalogue is
 * part of the sign-in script, whose budget these texts would only spend.
 */
export const translateTemplate = createMessageFormatter<TemplateMessageKey>(templateMessages);

export function useTemplateT(): TemplateTranslate {
  const lang = useLang();
  return useCallback((key, params) => translateTemplate(lang, key, params), [lang]);
}
