import { Group, Select, TextInput } from '@mantine/core';
import { findUnit, units } from '@nguon/forms';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

/** Lots are counted in mass, volume or pieces. */
const lotUnits = units.filter((unit) => ['mass', 'volume', 'count'].includes(unit.dimension));

/** The unit choices, with `current` kept when it is not one of them (a lot made in another unit). */
export function useUnitOptions(current: string | null = null) {
  const lang = useLang();
  const list = lotUnits.map((unit) => ({
    value: unit.code,
    label: unit.symbol ? `${unit.symbol} · ${unit.name[lang]}` : unit.name[lang],
  }));
  if (current && !list.some((option) => option.value === current)) {
    const unit = findUnit(current);
    list.push({ value: current, label: unit ? (unit.symbol ?? unit.name[lang]) : current });
  }
  return list;
}

interface QuantityInputProps {
  label: string;
  quantity: string;
  unit: string;
  onQuantity: (text: string) => void;
  onUnit: (unit: string) => void;
  quantityError?: string;
  unitError?: string;
  required?: boolean;
  testId: string;
}

/** A quantity and its unit side by side; both fit a 360 px phone. */
export function QuantityInput(props: QuantityInputProps) {
  const t = useT();
  const options = useUnitOptions(props.unit);
  return (
    <Group gap="xs" grow align="flex-start" wrap="nowrap">
      <TextInput
        label={props.label}
        required={props.required}
        inputMode="decimal"
        value={props.quantity}
        error={props.quantityError}
        onChange={(event) => props.onQuantity(event.currentTarget.value)}
        data-testid={`${props.testId}-quantity`}
      />
      <Select
        label={t('lots.unit')}
        allowDeselect={false}
        searchable
        data={options}
        value={props.unit}
        error={props.unitError}
        onChange={(value) => value && props.onUnit(value)}
        comboboxProps={{ withinPortal: true }}
        data-testid={`${props.testId}-unit`}
      />
    </Group>
  );
}
