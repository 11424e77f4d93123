import { Select, Text } from '@mantine/core';
import type { ProcessStage } from '@nguon/domain';
import { lotQuantityFields, parseFormSchema, pickText, unitLabel } from '@nguon/forms';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

interface LotQuantitySelectProps {
  stage: ProcessStage;
  disabled: boolean;
  onChange: (lotQuantityField: string | null) => void;
}

// Mantine's Select needs a string for "none"; a field key never starts with an underscore.
const none = '_none';

/** "This stage sets the lot's quantity": which of the stage's number fields with a unit, or none. */
export function LotQuantitySelect({ stage, disabled, onChange }: LotQuantitySelectProps) {
  const t = useT();
  const lang = useLang();
  const current = stage.lotQuantityField ?? null;
  const options = useMemo(() => {
    const parsed = parseFormSchema(stage.form.schema, stage.form.uiSchema, { compile: false });
    const fields = parsed.ok ? lotQuantityFields(parsed.model) : [];
    const choices = fields.map((field) => ({
      value: field.key,
      label: `${pickText(field.label, lang)} (${unitLabel(field.unit ?? '', lang)})`,
    }));
    // a chosen field that no longer qualifies stays shown; the problems list says what is wrong with it
    if (current !== null && !choices.some((choice) => choice.value === current))
      choices.push({ value: current, label: current });
    return choices;
  }, [stage.form, lang, current]);
  return (
    <div>
      <Select
        label={t('designer.lotQuantity')}
        description={t('designer.lotQuantityHint')}
        data={[{ value: none, label: t('designer.lotQuantityNone') }, ...options]}
        value={current ?? none}
        onChange={(value) => onChange(value === null || value === none ? null : value)}
        allowDeselect={false}
        disabled={disabled}
        data-testid="stage-lot-quantity"
      />
      {options.length === 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('designer.lotQuantityNoField')}
        </Text>
      )}
    </div>
  );
}
