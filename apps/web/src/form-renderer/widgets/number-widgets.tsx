import type { RendererWidgetProps } from '../renderer-context';
import { DraftNumberInput } from './draft-number-input';
import { numberOf, unitSuffix } from './number-value';
import { describedBy } from './widget-ids';

/** Number input for `integer`, `number` and `quantity` (the unit as a right section); Vietnamese writes 1,5. */
export function NumberWidget(props: RendererWidgetProps) {
  const { id, value, schema, onChange, onBlur, onFocus, readonly, disabled, autofocus, rawErrors, registry } =
    props;
  const { lang } = registry.formContext;
  const suffix = unitSuffix(schema['x-unit'], lang);
  const integer = schema.type === 'integer';
  return (
    <DraftNumberInput
      id={id}
      value={numberOf(value)}
      onNumberChange={(next) => onChange(next)}
      onBlur={() => onBlur(id, numberOf(value))}
      onFocus={() => onFocus(id, numberOf(value))}
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      allowDecimal={!integer}
      decimalSeparator={lang === 'vi' ? ',' : '.'}
      rightSection={suffix}
      rightSectionWidth={suffix ? Math.max(44, suffix.length * 9 + 24) : undefined}
      rightSectionPointerEvents="none"
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      data-testid={`form-input-${id}`}
    />
  );
}
