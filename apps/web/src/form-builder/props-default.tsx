import { Select, TextInput } from '@mantine/core';
import { type DefaultKind, type FormField, fieldCapabilities, pickText } from '@nguon/forms';
import { DraftNumberInput } from '../form-renderer/widgets/draft-number-input';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { DateField } from '../ui/date-field';
import type { PropsSectionProps } from './props-section';

const none = '__none__';
type DefaultValue = FormField['defaultValue'];

interface DefaultSelectProps {
  field: FormField;
  kind: 'boolean' | 'choice';
  common: { label: string; readOnly: boolean; error: string | undefined; 'data-testid': string };
  set: (value: DefaultValue) => void;
}

/** No default, or yes / no, or one of the choices. */
function DefaultSelect({ field, kind, common, set }: DefaultSelectProps) {
  const t = useT();
  const lang = useLang();
  const options =
    kind === 'boolean'
      ? [
          { value: 'true', label: t('formRenderer.yes') },
          { value: 'false', label: t('formRenderer.no') },
        ]
      : field.choices.map((choice) => ({
          value: choice.value,
          label: pickText(choice.label, lang) || choice.value,
        }));
  const read = (picked: string | null): DefaultValue =>
    picked === null || picked === none ? null : kind === 'boolean' ? picked === 'true' : picked;
  return (
    <Select
      {...common}
      data={[{ value: none, label: t('formBuilder.prop.noDefault') }, ...options]}
      value={field.defaultValue === null ? none : String(field.defaultValue)}
      onChange={(picked) => set(read(picked))}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function inputFor(
  kind: DefaultKind,
  props: DefaultSelectProps['common'],
  field: FormField,
  set: (value: DefaultValue) => void,
) {
  const value = field.defaultValue;
  switch (kind) {
    case 'string':
      return (
        <TextInput
          {...props}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value === '' ? null : event.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <DateField
          {...props}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => set(next === '' ? null : next)}
        />
      );
    case 'integer':
    case 'number':
      return (
        <DraftNumberInput
          {...props}
          value={typeof value === 'number' ? value : undefined}
          onNumberChange={(next) => set(next ?? null)}
          allowDecimal={kind === 'number'}
        />
      );
    case 'boolean':
    case 'choice':
      return <DefaultSelect field={field} kind={kind} common={props} set={set} />;
  }
}

/** The default value, entered with an input of the field's own kind. */
export function DefaultProp({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  const kind = fieldCapabilities[field.type].defaultKind;
  if (!kind) return null;
  const common = {
    label: t('formBuilder.prop.default'),
    readOnly,
    error: errorFor('defaultValue'),
    'data-testid': 'fb-prop-default',
  };
  return inputFor(kind, common, field, (defaultValue) => onChange({ ...field, defaultValue }));
}
