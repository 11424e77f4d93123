import { Textarea, TextInput } from '@mantine/core';
import type { BaseInputTemplateProps, RJSFSchema } from '@rjsf/utils';
import type { ChangeEvent } from 'react';
import type { FormValue, RendererFormContext, RendererWidgetProps } from '../renderer-context';
import { NumberWidget } from './number-widgets';
import { describedBy } from './widget-ids';

type InputProps = BaseInputTemplateProps<FormValue, RJSFSchema, RendererFormContext>;

const inputTypes: Record<string, string> = { date: 'date', 'datetime-local': 'datetime-local' };

/** Every `<input>` rjsf draws (text, date, date-time), as a Mantine input; numbers get NumberWidget. */
export function BaseInputTemplate(props: InputProps) {
  const { id, value, type, schema, options, onChange, onChangeOverride, onBlur, onFocus, rawErrors } = props;
  if (schema.type === 'number' || schema.type === 'integer') return <NumberWidget {...props} />;
  const change = (event: ChangeEvent<HTMLInputElement>) =>
    onChange(event.target.value === '' ? options.emptyValue : event.target.value);
  return (
    <TextInput
      id={id}
      name={props.htmlName ?? id}
      type={(type && inputTypes[type]) ?? 'text'}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={onChangeOverride ?? change}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
      readOnly={props.readonly}
      disabled={props.disabled}
      autoFocus={props.autofocus}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      placeholder={props.placeholder}
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      data-testid={`form-input-${id}`}
    />
  );
}

export function TextareaWidget(props: RendererWidgetProps) {
  const { id, value, schema, options, onChange, onBlur, onFocus, rawErrors } = props;
  return (
    <Textarea
      id={id}
      name={props.htmlName ?? id}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? options.emptyValue : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
      readOnly={props.readonly}
      disabled={props.disabled}
      autoFocus={props.autofocus}
      autosize
      minRows={3}
      maxRows={12}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      data-testid={`form-input-${id}`}
    />
  );
}
