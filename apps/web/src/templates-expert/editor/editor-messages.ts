import {
  createMessageFormatter,
  templateDraftTabMessages,
  templateEditorMessages,
} from '@nguon/contracts/client';
import { useCallback } from 'react';
import { useLang } from '../../i18n/lang-store';
import type { MessageKey } from '../../i18n/messages';
import { type MessageParams, useT } from '../../i18n/use-t';

export type EditorMessageKey = keyof typeof templateEditorMessages.vi;
export type EditorTranslate = (key: EditorMessageKey, params?: MessageParams) => string;

/** The editor's texts come with the experts' screens, like the library's: not in the sign-in script's catalogue. */
export const translateEditor = createMessageFormatter<EditorMessageKey>(templateEditorMessages);

export function useEditorT(): EditorTranslate {
  const lang = useLang();
  return useCallback((key, params) => translateEditor(lang, key, params), [lang]);
}

/** A key of the app's catalogue or of the details and catalogs tabs' own (which come with these screens). */
export type DraftTabMessageKey = MessageKey | keyof typeof templateDraftTabMessages.vi;
export type DraftTabsTranslate = (key: DraftTabMessageKey, params?: MessageParams) => string;

const tabKeys: ReadonlySet<string> = new Set(Object.keys(templateDraftTabMessages.vi));
const translateTabs = createMessageFormatter<string>(templateDraftTabMessages);

/** The details and catalogs tabs' translator: their own texts, and the app's for the rest (products' labels...). */
export function useDraftTabsT(): DraftTabsTranslate {
  const lang = useLang();
  const t = useT();
  return useCallback(
    (key, params) => (tabKeys.has(key) ? translateTabs(lang, key, params) : t(key as MessageKey, params)),
    [lang, t],
  );
}
