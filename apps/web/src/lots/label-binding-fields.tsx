import { Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { LabelView } from '@nguon/contracts/client';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/use-t';
import { addScanned, checkSerial, type LabelDraft, summariseList } from './label-draft';
import { LabelScanner } from './label-scanner';
import { useLotsKey } from './lot-api';

interface LabelBindingFieldsProps {
  draft: LabelDraft;
  onChange: (draft: LabelDraft) => void;
}

/** One label as the server knows it, once the typed code is well formed; null when it is not the tenant's. */
function useLabelLookup(input: string) {
  const checked = checkSerial(input);
  const serial = checked.ok ? checked.serial : '';
  const query = useQuery({
    queryKey: [...useLotsKey('label'), serial],
    queryFn: (): Promise<LabelView | null> => api.call('getLabel', { params: { serial } }).catch(() => null),
    enabled: checked.ok,
  });
  return { checked, label: query.data };
}

function useCodeProblem(input: string, label: LabelView | null | undefined): string | undefined {
  const t = useT();
  if (input.trim() === '') return undefined;
  const checked = checkSerial(input);
  if (!checked.ok) return t(checked.fault === 'check' ? 'lots.labels.mistyped' : 'lots.labels.malformed');
  return label === null ? t('lots.labels.notFound') : undefined;
}

function SerialInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  const t = useT();
  const { label } = useLabelLookup(props.value);
  const error = useCodeProblem(props.value, label);
  const found = label
    ? t('lots.labels.found', {
        seq: label.seq,
        batch: label.batch.number,
        state: t(`lots.labels.state.${label.state}`),
      })
    : undefined;
  return (
    <TextInput
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={error}
      description={found}
      autoCapitalize="characters"
      autoComplete="off"
      spellCheck={false}
      size="md"
      data-testid={props.testId}
    />
  );
}

/** The number of labels a roll holds, or why it holds none, once both ends are known. */
function useRollSummary(draft: LabelDraft): { count: number | null; problem?: string } {
  const t = useT();
  const first = useLabelLookup(draft.first).label;
  const last = useLabelLookup(draft.last).label;
  if (!first || !last) return { count: null };
  if (first.batch.id !== last.batch.id) return { count: null, problem: t('lots.labels.otherBatch') };
  if (first.seq > last.seq) return { count: null, problem: t('lots.labels.reversed') };
  return { count: last.seq - first.seq + 1 };
}

function RollFields({ draft, onChange }: LabelBindingFieldsProps) {
  const t = useT();
  const roll = useRollSummary(draft);
  return (
    <Stack gap="xs">
      <SerialInput
        label={t('lots.labels.first')}
        value={draft.first}
        onChange={(first) => onChange({ ...draft, first })}
        testId="labels-first"
      />
      <SerialInput
        label={t('lots.labels.last')}
        value={draft.last}
        onChange={(last) => onChange({ ...draft, last })}
        testId="labels-last"
      />
      {roll.problem && (
        <Text c="red" size="sm" data-testid="labels-problem">
          {roll.problem}
        </Text>
      )}
      {roll.count !== null && (
        <Text fw={600} data-testid="labels-count">
          {t('lots.labels.count', { count: roll.count })}
        </Text>
      )}
    </Stack>
  );
}

function ListFields({ draft, onChange }: LabelBindingFieldsProps) {
  const t = useT();
  const summary = summariseList(draft.list);
  return (
    <Stack gap="xs">
      <Textarea
        label={t('lots.labels.listLabel')}
        value={draft.list}
        onChange={(event) => onChange({ ...draft, list: event.currentTarget.value })}
        autosize
        minRows={3}
        maxRows={10}
        autoCapitalize="characters"
        spellCheck={false}
        error={
          summary.badLines.length > 0
            ? t('lots.labels.badLines', { lines: summary.badLines.join(', ') })
            : undefined
        }
        data-testid="labels-list"
      />
      {summary.duplicates > 0 && (
        <Text size="sm">{t('lots.labels.duplicates', { count: summary.duplicates })}</Text>
      )}
      {summary.serials.length > 0 && (
        <Text fw={600} data-testid="labels-count">
          {t('lots.labels.count', { count: summary.serials.length })}
        </Text>
      )}
    </Stack>
  );
}

/** A scanned code fills a roll's first label, then its last; in a list it is added once. */
function withScanned(draft: LabelDraft, serial: string): LabelDraft {
  if (draft.mode === 'list') return { ...draft, list: addScanned(draft.list, serial).list };
  return draft.first.trim() === '' ? { ...draft, first: serial } : { ...draft, last: serial };
}

/** "Tem / Labels" at a packing stage: a roll by its first and last label, or labels one by one. */
export function LabelBindingFields({ draft, onChange }: LabelBindingFieldsProps) {
  const t = useT();
  // the scanner reports between renders: it must add to the draft as it is now, not as it was when opened
  const draftRef = useRef(draft);
  draftRef.current = draft;
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} data-testid="labels-section">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {t('lots.labels.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('lots.labels.hint')}
          </Text>
        </div>
        <SegmentedControl
          fullWidth
          size="md"
          value={draft.mode}
          onChange={(mode) => onChange({ ...draft, mode: mode === 'list' ? 'list' : 'roll' })}
          data={[
            { value: 'roll', label: t('lots.labels.roll') },
            { value: 'list', label: t('lots.labels.list') },
          ]}
          data-testid="labels-mode"
        />
        <LabelScanner
          onSerial={(serial) => {
            // Two codes in one camera frame arrive before a re-render: each builds on the one before.
            draftRef.current = withScanned(draftRef.current, serial);
            onChange(draftRef.current);
          }}
        />
        {draft.mode === 'roll' ? (
          <RollFields draft={draft} onChange={onChange} />
        ) : (
          <ListFields draft={draft} onChange={onChange} />
        )}
      </Stack>
    </Paper>
  );
}
