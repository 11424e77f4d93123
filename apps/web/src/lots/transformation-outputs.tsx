import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ProductView } from '@nguon/contracts/client';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { useNameOf } from './lot-text';
import { QuantityInput } from './quantity-input';
import { newOutputRow, type OutputRow, type TransformationDraft } from './transformation-draft';

interface OutputsProps {
  draft: TransformationDraft;
  onDraft: (update: (draft: TransformationDraft) => TransformationDraft) => void;
  errors: Map<string, string>;
  /** Products that follow the stage's process; the first input's product when a row names none. */
  products: ProductView[];
  defaultProduct: ProductView | null;
  defaultUnit: string;
}

function OutputHeader({ index, onRemove }: { index: number; onRemove: (() => void) | null }) {
  const t = useT();
  return (
    <Group justify="space-between">
      <Text fw={600}>{t('lots.transform.outputN', { n: index + 1 })}</Text>
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="red"
          size="xl"
          onClick={onRemove}
          aria-label={t('lots.transform.removeOutput', { n: index + 1 })}
          data-testid={`output-remove-${index}`}
        >
          <IconTrash size={20} />
        </ActionIcon>
      )}
    </Group>
  );
}

interface OutputProductProps {
  row: OutputRow;
  index: number;
  props: OutputsProps;
  onChange: (productId: string | null) => void;
}

/** Only when the process serves several products: an output may be another product than its inputs. */
function OutputProduct({ row, index, props, onChange }: OutputProductProps) {
  const t = useT();
  const nameOf = useNameOf();
  if (props.products.length < 2) return null;
  return (
    <Select
      label={t('lots.transform.product')}
      placeholder={props.defaultProduct ? nameOf(props.defaultProduct.name) : undefined}
      clearable
      data={props.products.map((option) => ({ value: option.id, label: nameOf(option.name) }))}
      value={row.productId}
      error={props.errors.get(`/outputs/${index}/productId`)}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
      data-testid={`output-${index}-product`}
    />
  );
}

function OutputCard({ row, index, props }: { row: OutputRow; index: number; props: OutputsProps }) {
  const t = useT();
  const update = (patch: Partial<OutputRow>) =>
    props.onDraft((draft) => ({
      ...draft,
      outputs: draft.outputs.map((entry) => (entry.key === row.key ? { ...entry, ...patch } : entry)),
    }));
  const remove = () =>
    props.onDraft((draft) => ({ ...draft, outputs: draft.outputs.filter((entry) => entry.key !== row.key) }));
  const product = props.products.find((candidate) => candidate.id === row.productId) ?? props.defaultProduct;
  const error = (field: string) => props.errors.get(`/outputs/${index}/${field}`);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`output-row-${index}`}>
      <Stack gap="xs">
        <OutputHeader index={index} onRemove={props.draft.outputs.length > 1 ? remove : null} />
        <QuantityInput
          label={t('lots.transform.made')}
          required
          quantity={row.quantity}
          unit={row.unit}
          onQuantity={(quantity) => update({ quantity })}
          onUnit={(unit) => update({ unit })}
          quantityError={error('quantity')}
          unitError={error('unit')}
          testId={`output-${index}`}
        />
        <TextInput
          label={t('lots.transform.code')}
          placeholder={
            product?.lotCodePattern
              ? t('lots.transform.codeAuto', { pattern: product.lotCodePattern })
              : undefined
          }
          description={product && !product.lotCodePattern ? t('lots.create.codeNoPattern') : undefined}
          maxLength={20}
          value={row.code}
          error={error('code')}
          onChange={(event) => update({ code: event.currentTarget.value })}
          data-testid={`output-${index}-code`}
        />
        <OutputProduct
          row={row}
          index={index}
          props={props}
          onChange={(productId) => update({ productId })}
        />
      </Stack>
    </Paper>
  );
}

/** The lots the transformation makes: one for a merge, several for a split. */
export function TransformationOutputs(props: OutputsProps) {
  const t = useT();
  return (
    <Stack gap="xs">
      {props.draft.outputs.map((row, index) => (
        <OutputCard key={row.key} row={row} index={index} props={props} />
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={20} />}
        onClick={() =>
          props.onDraft((draft) => ({
            ...draft,
            outputs: [...draft.outputs, newOutputRow(props.defaultUnit)],
          }))
        }
        data-testid="output-add"
      >
        {t('lots.transform.addOutput')}
      </Button>
    </Stack>
  );
}
