import { createMessageFormatter, templateEditorMessages } from '@nguon/contracts/client';
import { useCallback } from 'react';
import { useLang } from '../../i18n/lang-store';
import type { MessageParams } from '../../i18n/use-t';

export type EditorMessageKey = keyof typeof templateEditorMessages.vi;
export type EditorTranslate = (key: EditorMessageKey, params?: MessageParams) => string;

/** The editor's texts come with the experts' screens, like the library's: not in the sign-in script's catalogue. */
const translateEditor = createMessageFormatter<EditorMessageKey>(templateEditorMessages);

export function useEditorT(): EditorTranslate {
  const lang = useLang();
  return useCallback((key, params) => translateEditor(lang, key, params), [lang]);
}
