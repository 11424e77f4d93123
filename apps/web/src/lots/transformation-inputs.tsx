import { Checkbox, Paper, Stack, Text } from '@mantine/core';
import type { LotSummary } from '@nguon/contracts/client';
import { typedNumberText } from '@nguon/forms';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { RemainingText } from './lot-header';
import { useNameOf } from './lot-text';
import { QuantityInput } from './quantity-input';
import { type InputRow, type TransformationDraft, toggleInput } from './transformation-draft';

interface InputsProps {
  lots: LotSummary[];
  draft: TransformationDraft;
  onDraft: (update: (draft: TransformationDraft) => TransformationDraft) => void;
  errors: Map<string, string>;
}

function InputCard({
  lot,
  row,
  index,
  props,
}: {
  lot: LotSummary;
  row: InputRow | null;
  index: number;
  props: InputsProps;
}) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  const update = (patch: Partial<InputRow>) =>
    props.onDraft((draft) => ({
      ...draft,
      inputs: draft.inputs.map((entry) => (entry.lotId === lot.id ? { ...entry, ...patch } : entry)),
    }));
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={row ? 'var(--mantine-color-leaf-0)' : undefined}
      data-testid={`input-lot-${lot.code}`}
    >
      <Checkbox
        size="md"
        checked={row !== null}
        onChange={() =>
          props.onDraft((draft) => toggleInput(draft, lot, typedNumberText(lot.remaining, lang)))
        }
        label={
          <Text fw={700} component="span">
            {lot.code}
          </Text>
        }
        description={
          <>
            {nameOf(lot.productName)} · <RemainingText lot={lot} />
          </>
        }
        data-testid={`input-check-${lot.code}`}
      />
      {row && (
        <Stack mt="xs">
          <QuantityInput
            label={t('lots.transform.taken')}
            required
            quantity={row.quantity}
            unit={row.unit}
            onQuantity={(quantity) => update({ quantity })}
            onUnit={(unit) => update({ unit })}
            quantityError={
              props.errors.get(`/inputs/${index}/quantity`) ?? props.errors.get(`/inputs/${index}/lotId`)
            }
            unitError={props.errors.get(`/inputs/${index}/unit`)}
            testId={`input-${index}`}
          />
        </Stack>
      )}
    </Paper>
  );
}

/** The lots waiting at this stage; ticked ones are taken, each with a quantity (all that is left by default). */
export function TransformationInputs(props: InputsProps) {
  const t = useT();
  if (props.lots.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="inputs-empty">
        {t('lots.transform.noCandidates')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {props.lots.map((lot) => {
        const index = props.draft.inputs.findIndex((row) => row.lotId === lot.id);
        return (
          <InputCard
            key={lot.id}
            lot={lot}
            row={props.draft.inputs[index] ?? null}
            index={index}
            props={props}
          />
        );
      })}
    </Stack>
  );
}
