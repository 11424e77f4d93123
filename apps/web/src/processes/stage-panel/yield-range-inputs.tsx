import { Group, NumberInput, Text } from '@mantine/core';
import type { YieldRange } from '@nguon/domain';
import { useT } from '../../i18n/use-t';

const toNumber = (value: string | number): number | null =>
  typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);

// the contract's bound; above the domain's 1000 % is reported as a problem
const maxPercent = 100_000;

interface YieldRangeInputsProps {
  value: YieldRange;
  disabled: boolean;
  onChange: (range: YieldRange) => void;
}

/** Expected output per input of a transformation, in percent, both ends optional. */
export function YieldRangeInputs({ value, disabled, onChange }: YieldRangeInputsProps) {
  const t = useT();
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('designer.yieldRange')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('designer.yieldRangeHint')}
      </Text>
      <Group grow gap="xs">
        <NumberInput
          aria-label={t('designer.yieldMin')}
          placeholder={t('designer.yieldMin')}
          value={value.minPercent ?? ''}
          onChange={(input) => onChange({ ...value, minPercent: toNumber(input) })}
          min={0}
          max={maxPercent}
          suffix=" %"
          disabled={disabled}
          data-testid="stage-yield-min"
        />
        <NumberInput
          aria-label={t('designer.yieldMax')}
          placeholder={t('designer.yieldMax')}
          value={value.maxPercent ?? ''}
          onChange={(input) => onChange({ ...value, maxPercent: toNumber(input) })}
          min={0}
          max={maxPercent}
          suffix=" %"
          disabled={disabled}
          data-testid="stage-yield-max"
        />
      </Group>
    </div>
  );
}
