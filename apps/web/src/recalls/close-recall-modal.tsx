import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { CloseRecallBody, RecallDetail } from '@nguon/contracts/client';
import { typedNumberValue } from '@nguon/forms';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { AppModal } from '../ui/app-modal';
import { notifyProblem, notifySuccess } from '../ui/notify';
import { useCloseRecall } from './recall-api';

interface OutcomeText {
  productId: string;
  unit: string;
  recovered: string;
  destroyed: string;
}

/** A typed quantity of an outcome: blank is nothing, else a number zero or more; null when it is not one. */
export function outcomeQuantity(text: string): number | null {
  if (text.trim() === '') return 0;
  const value = typedNumberValue(text);
  return value !== null && value >= 0 ? value : null;
}

/** The request body, or null while a typed quantity is not a number zero or more. */
export function closeRecallBody(outcomes: readonly OutcomeText[], note: string): CloseRecallBody | null {
  const rows = outcomes.map((row) => ({
    productId: row.productId,
    unit: row.unit,
    recovered: outcomeQuantity(row.recovered),
    destroyed: outcomeQuantity(row.destroyed),
  }));
  const valid = rows.flatMap(({ recovered, destroyed, ...rest }) =>
    recovered === null || destroyed === null ? [] : [{ ...rest, recovered, destroyed }],
  );
  return valid.length === rows.length ? { outcomes: valid, note: note.trim() } : null;
}

/** Closes a published recall with what was recovered and destroyed per product, in the product's unit. */
export function CloseRecallModal({ detail, onClose }: { detail: RecallDetail; onClose: () => void }) {
  const t = useT();
  const nameOf = useNameOf();
  const close = useCloseRecall(detail.recall.id);
  const [rows, setRows] = useState<OutcomeText[]>(() =>
    detail.scope.products.map((product) => ({
      productId: product.productId,
      unit: product.quantities[0]?.unit ?? '',
      recovered: '',
      destroyed: '',
    })),
  );
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(false);
  const body = closeRecallBody(rows, note);
  const setRow = (index: number, change: Partial<OutcomeText>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const errorOf = (text: string) =>
    shown && outcomeQuantity(text) === null ? t('recalls.quantityInvalid') : undefined;
  const submit = () => {
    setShown(true);
    if (!body) return;
    close.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('recalls.closed'));
        onClose();
      },
      onError: (error) => notifyProblem(error, t),
    });
  };
  return (
    <AppModal opened onClose={onClose} title={t('recalls.closeTitle')} size="lg">
      <Stack gap="md" data-testid="recall-close-form">
        <Text size="sm">{t('recalls.closeIntro')}</Text>
        {rows.map((row, index) => {
          const product = detail.scope.products[index];
          return (
            <Stack key={row.productId} gap={4}>
              <Text fw={600}>{product ? nameOf(product.productName) : ''}</Text>
              <SimpleGrid cols={2} spacing="xs">
                <TextInput
                  inputMode="decimal"
                  label={t('recalls.closeRecovered', { unit: row.unit })}
                  value={row.recovered}
                  onChange={(event) => setRow(index, { recovered: event.currentTarget.value })}
                  error={errorOf(row.recovered)}
                  data-testid="recall-recovered"
                />
                <TextInput
                  inputMode="decimal"
                  label={t('recalls.closeDestroyed', { unit: row.unit })}
                  value={row.destroyed}
                  onChange={(event) => setRow(index, { destroyed: event.currentTarget.value })}
                  error={errorOf(row.destroyed)}
                  data-testid="recall-destroyed"
                />
              </SimpleGrid>
            </Stack>
          );
        })}
        <Textarea
          label={t('recalls.closeNote')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="recall-close-note"
        />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button size="md" onClick={submit} loading={close.isPending} data-testid="recall-close-submit">
            {t('recalls.closeSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
