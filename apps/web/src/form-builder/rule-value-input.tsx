import { Select, TextInput } from '@mantine/core';
import { type ConditionalRule, type FormField, pickText } from '@nguon/forms';
import { DraftNumberInput } from '../form-renderer/widgets/draft-number-input';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

interface RuleValueInputProps {
  field: FormField | undefined;
  value: ConditionalRule['equals'];
  onChange: (value: ConditionalRule['equals']) => void;
  readOnly: boolean;
  testId: string;
}

/** A value of the condition field's own kind: one of its choices, yes/no, a number or a text. */
export function RuleValueInput({ field, value, onChange, readOnly, testId }: RuleValueInputProps) {
  const t = useT();
  const lang = useLang();
  const common = { 'aria-label': t('formBuilder.rules.value'), readOnly, 'data-testid': testId };
  if (field?.type === 'choice' || field?.type === 'yesNo') {
    const options =
      field.type === 'yesNo'
        ? [
            { value: 'true', label: t('formRenderer.yes') },
            { value: 'false', label: t('formRenderer.no') },
          ]
        : field.choices.map((choice) => ({
            value: choice.value,
            label: pickText(choice.label, lang) || choice.value,
          }));
    return (
      <Select
        {...common}
        data={options}
        value={String(value)}
        onChange={(picked) =>
          picked !== null && onChange(field.type === 'yesNo' ? picked === 'true' : picked)
        }
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  if (field?.type === 'integer' || field?.type === 'number') {
    return (
      <DraftNumberInput
        {...common}
        value={typeof value === 'number' ? value : undefined}
        onNumberChange={(next) => onChange(next ?? 0)}
        allowDecimal={field.type === 'number'}
      />
    );
  }
  return (
    <TextInput {...common} value={String(value)} onChange={(event) => onChange(event.currentTarget.value)} />
  );
}

/** What a rule compares with when its condition field becomes `field`. */
export function firstValueOf(field: FormField): ConditionalRule['equals'] {
  switch (field.type) {
    case 'choice':
      return field.choices[0]?.value ?? '';
    case 'yesNo':
      return true;
    case 'integer':
    case 'number':
      return 0;
    default:
      return '';
  }
}
