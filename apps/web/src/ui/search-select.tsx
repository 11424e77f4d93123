import { Group, Loader, Select, type SelectProps, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** One choice of a server-searched picker; `hint` is a second, dimmed line (an SKU, a status). */
export interface SearchOption {
  value: string;
  label: string;
  hint?: string;
}

/** What the server answered for the current words: one page of matches and how many there are in all. */
export interface SearchAnswer {
  options: SearchOption[];
  total: number;
  loading: boolean;
  failed: boolean;
}

/** A search query's page (react-query's shape) as the select's answer. */
export function answerOf<T>(
  query: { data?: { items: T[]; total: number }; isFetching: boolean; isError: boolean },
  toOption: (item: T) => SearchOption,
): SearchAnswer {
  return {
    options: (query.data?.items ?? []).map(toOption),
    total: query.data?.total ?? 0,
    loading: query.isFetching,
    failed: query.isError,
  };
}

/** The item behind a picked option: from the page on screen, or the one already chosen; null when cleared. */
export function pickedItem<T extends { id: string }>(
  option: SearchOption | null,
  items: readonly T[] | undefined,
  chosen: T | null,
): T | null {
  if (option === null) return null;
  return items?.find((item) => item.id === option.value) ?? (chosen?.id === option.value ? chosen : null);
}

export interface SearchTexts {
  searching: string;
  noneFound: string;
  failed: string;
  /** Shown under the field while the page holds fewer matches than there are; `{shown}` and `{total}` filled by the caller. */
  more?: (shown: number, total: number) => string;
}

/** How long the owner may pause between letters before the server is asked. */
export const searchWaitMs = 250;

/**
 * The words to send: nothing while the field shows the chosen option's own label (the list then opens
 * on the first page, as a plain select does), the typed text otherwise, settled for `searchWaitMs`.
 */
export function useSearchWords(search: string, picked: SearchOption | null, maxLength: number): string {
  const typed = picked && search === picked.label ? '' : search.trim().slice(0, maxLength);
  const [settled] = useDebouncedValue(typed, searchWaitMs);
  return settled;
}

type PassedProps = Omit<
  SelectProps,
  | 'data'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'searchable'
  | 'searchValue'
  | 'onSearchChange'
  | 'filter'
  | 'nothingFoundMessage'
  | 'renderOption'
>;

export interface SearchSelectProps extends PassedProps {
  /** The chosen option, kept whole so its label shows when it is not among the current matches. */
  picked: SearchOption | null;
  onPick: (option: SearchOption | null) => void;
  /** The typed words, held by the caller so a re-render of the form never loses them. */
  search: string;
  onSearch: (text: string) => void;
  answer: SearchAnswer;
  texts: SearchTexts;
}

/**
 * A select whose options come from the server as the owner types (the server folds accents and case, so
 * the options are shown as answered, never filtered again here). Keyboard and touch as Mantine's Select.
 */
export function SearchSelect({
  picked,
  onPick,
  search,
  onSearch,
  answer,
  texts,
  description,
  ...props
}: SearchSelectProps) {
  const [open, setOpen] = useState(false);
  const found = new Set(answer.options.map((option) => option.value));
  const options = picked && !found.has(picked.value) ? [picked, ...answer.options] : answer.options;
  const hints = new Map(options.map((option) => [option.value, option.hint]));
  const more =
    open && texts.more && answer.total > answer.options.length
      ? texts.more(answer.options.length, answer.total)
      : undefined;
  return (
    <>
      <Select
        {...props}
        data={options.map(({ value, label }) => ({ value, label }))}
        value={picked?.value ?? null}
        onChange={(value) => onPick(options.find((option) => option.value === value) ?? null)}
        searchable
        searchValue={search}
        onSearchChange={onSearch}
        // Mantine passes no words while the field shows the chosen label: then the chosen option and the
        // first page; otherwise only the server's matches, as answered (never filtered again here)
        filter={({ options: shown, search: words }) =>
          words === '' ? shown : shown.filter((option) => !('value' in option) || found.has(option.value))
        }
        nothingFoundMessage={
          answer.loading ? texts.searching : answer.failed ? texts.failed : texts.noneFound
        }
        onDropdownOpen={() => {
          setOpen(true);
          props.onDropdownOpen?.();
        }}
        onDropdownClose={() => {
          setOpen(false);
          props.onDropdownClose?.();
        }}
        rightSection={open && answer.loading ? <Loader size="xs" /> : props.rightSection}
        description={more ?? description}
        renderOption={({ option }) => {
          const hint = hints.get(option.value);
          return (
            <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
              <Text size="sm">{option.label}</Text>
              {hint && (
                <Text size="xs" c="dimmed">
                  {hint}
                </Text>
              )}
            </Group>
          );
        }}
        comboboxProps={{ withinPortal: true, ...props.comboboxProps }}
      />
      {answer.failed && !answer.loading && (
        <Text size="sm" c="red" role="alert">
          {texts.failed}
        </Text>
      )}
    </>
  );
}
