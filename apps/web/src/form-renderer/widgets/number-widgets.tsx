import { TextInput } from '@mantine/core';
import type { Lang } from '@nguon/contracts/client';
import { readTypedNumber, type TypedNumberKind, typedNumberText } from '@nguon/forms';
import { useEffect, useState } from 'react';
import type { RendererFieldProps, RendererWidgetProps } from '../renderer-context';
import { unitSuffix } from './number-value';
import { describedBy } from './widget-ids';

/** What the form holds for typed text: the number, nothing, or the refused text itself (ajv then refuses it). */
export function formValueOf(text: string, kind: TypedNumberKind): number | string | undefined {
  const read = readTypedNumber(text, kind);
  if (read.status === 'empty') return undefined;
  return read.status === 'number' ? read.value : text;
}

function textOf(value: unknown, lang: Lang): string {
  if (typeof value === 'number' && Number.isFinite(value)) return typedNumberText(value, lang);
  return typeof value === 'string' ? value : '';
}

/**
 * Number input for `integer`, `number` and `quantity` (the unit as a right section). The text is read by
 * the one number rule (`readTypedNumber`): refused text stays in the box and in the form, never trimmed into
 * another number, so the form shows why and cannot be sent.
 */
export function NumberWidget(props: RendererWidgetProps) {
  const { id, value, schema, onChange, onBlur, onFocus, readonly, disabled, autofocus, rawErrors, registry } =
    props;
  const { lang } = registry.formContext;
  const kind: TypedNumberKind = schema.type === 'integer' ? 'whole' : 'decimal';
  const [draft, setDraft] = useState(() => textOf(value, lang));
  useEffect(() => {
    // a value changed from outside (a reset, a correction) replaces the text; our own echo does not
    setDraft((current) => (formValueOf(current, kind) === value ? current : textOf(value, lang)));
  }, [value, kind, lang]);
  const suffix = unitSuffix(schema['x-unit'], lang);
  return (
    <TextInput
      id={id}
      value={draft}
      inputMode={kind === 'whole' ? 'numeric' : 'decimal'}
      autoComplete="off"
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        onChange(formValueOf(text, kind));
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      rightSection={suffix}
      rightSectionWidth={suffix ? Math.max(44, suffix.length * 9 + 24) : undefined}
      rightSectionPointerEvents="none"
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      data-testid={`form-input-${id}`}
    />
  );
}

/**
 * rjsf's NumberField rewrites typed text on its way to the form ("1.000" becomes 1); ours hands the widget's
 * value over untouched, since NumberWidget has already read it by the one number rule.
 */
export function PlainNumberField(props: RendererFieldProps) {
  const { StringField } = props.registry.fields;
  return StringField ? <StringField {...props} /> : null;
}
