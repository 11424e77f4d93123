import { MultiSelect } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { labelFieldOptions, maxLabelFields } from './label-fields';

interface LabelFieldsSelectProps {
  form: StageForm;
  value: string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
}

/** Picks the 1–3 fields whose values make an item's label. */
export function LabelFieldsSelect({ form, value, onChange, disabled }: LabelFieldsSelectProps) {
  const t = useT();
  const lang = useLang();
  const options = labelFieldOptions(form);
  return (
    <MultiSelect
      label={t('catalogs.labelFields')}
      description={t('catalogs.labelFieldsHint')}
      data={options.map((option) => ({ value: option.key, label: option.label[lang] || option.label.vi }))}
      value={value}
      onChange={onChange}
      maxValues={maxLabelFields}
      disabled={disabled}
      error={options.length === 0 ? t('catalogs.labelFieldsNone') : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="catalog-label-fields"
    />
  );
}
