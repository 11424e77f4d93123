import { Checkbox, Group, Radio, Select, Stack, Switch } from '@mantine/core';
import type { EnumOptionsType, RJSFSchema } from '@rjsf/utils';
import { formTranslate, type RendererWidgetProps } from '../renderer-context';
import { describedBy, labelId } from './widget-ids';

type EnumOption = EnumOptionsType<RJSFSchema>;

const optionsOf = (props: RendererWidgetProps): EnumOption[] => props.options.enumOptions ?? [];
const sameValue = (a: unknown, b: unknown) => a === b;
const indexOfValue = (options: EnumOption[], value: unknown) =>
  options.findIndex((option) => sameValue(option.value, value));

/** Choices as big tappable radio rows (up to five choices, and yes/no). */
export function RadioWidget(props: RendererWidgetProps) {
  const { id, value, onChange, readonly, disabled, rawErrors } = props;
  const options = optionsOf(props);
  const selected = indexOfValue(options, value);
  return (
    <Radio.Group
      id={id}
      value={selected === -1 ? null : String(selected)}
      onChange={(index) => onChange(options[Number(index)]?.value)}
      aria-labelledby={labelId(id)}
      aria-describedby={describedBy(id, props, rawErrors)}
      readOnly={readonly}
    >
      <Stack gap={4}>
        {options.map((option, index) => (
          <Radio
            key={String(option.value)}
            value={String(index)}
            label={option.label}
            disabled={disabled || readonly}
            className="nguon-choice"
            data-testid={`form-option-${id}-${String(option.value)}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** Several choices (multiChoice) as big checkbox rows. */
export function CheckboxesWidget(props: RendererWidgetProps) {
  const { id, value, onChange, readonly, disabled, rawErrors } = props;
  const options = optionsOf(props);
  const values: unknown[] = Array.isArray(value) ? value : [];
  const checked = options.flatMap((option, index) => (values.includes(option.value) ? [String(index)] : []));
  // keep the owner's choice order, whatever order the clerk ticks them in
  const change = (indexes: string[]) =>
    onChange(options.filter((_, index) => indexes.includes(String(index))).map((option) => option.value));
  return (
    <Checkbox.Group
      id={id}
      value={checked}
      onChange={change}
      aria-labelledby={labelId(id)}
      aria-describedby={describedBy(id, props, rawErrors)}
      readOnly={readonly}
    >
      <Stack gap={4}>
        {options.map((option, index) => (
          <Checkbox
            key={String(option.value)}
            value={String(index)}
            label={option.label}
            disabled={disabled || readonly}
            className="nguon-choice"
            data-testid={`form-option-${id}-${String(option.value)}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** More than five choices: a select, searchable when the list is long. */
export function SelectWidget(props: RendererWidgetProps) {
  const { id, value, onChange, readonly, disabled, rawErrors, registry } = props;
  const t = formTranslate(registry.formContext.lang);
  const options = optionsOf(props);
  const selected = indexOfValue(options, value);
  return (
    <Select
      id={id}
      data={options.map((option, index) => ({ value: String(index), label: option.label }))}
      value={selected === -1 ? null : String(selected)}
      onChange={(index) =>
        onChange(index === null ? props.options.emptyValue : options[Number(index)]?.value)
      }
      placeholder={t('formRenderer.selectPlaceholder')}
      searchable={options.length > 8}
      clearable={!props.required}
      readOnly={readonly}
      disabled={disabled}
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      comboboxProps={{ withinPortal: true }}
      data-testid={`form-input-${id}`}
    />
  );
}

/** A lone boolean without a widget: a switch with its label beside it. */
export function CheckboxWidget(props: RendererWidgetProps) {
  const { id, value, onChange, readonly, disabled, label, registry } = props;
  const t = formTranslate(registry.formContext.lang);
  return (
    <Group>
      <Switch
        id={id}
        size="lg"
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        disabled={disabled || readonly}
        label={label}
        onLabel={t('formRenderer.yes')}
        offLabel={t('formRenderer.no')}
        data-testid={`form-input-${id}`}
      />
    </Group>
  );
}
