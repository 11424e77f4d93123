import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';
import { foldText, searchWords } from '@nguon/domain';

const isGroup = (item: ComboboxParsedItem): item is ComboboxParsedItemGroup => 'group' in item;

const matches = (item: ComboboxItem, words: readonly string[]): boolean => {
  const label = foldText(item.label);
  return words.every((word) => label.includes(word));
};

/** A Select/Combobox filter that ignores accents and case ("mat ong" finds "Mật ong"), word by word. */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = searchWords(search);
  const found: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (found.length >= limit) break;
    if (isGroup(item)) {
      const items = item.items.filter((option) => matches(option, words));
      if (items.length > 0) found.push({ group: item.group, items });
    } else if (matches(item, words)) found.push(item);
  }
  return found;
};
