import { Stack, Text } from '@mantine/core';
import type { RendererFieldTemplateProps } from '../renderer-context';
import { errorsId, helpId, labelId } from '../widgets/widget-ids';

/** Custom fields rjsf does not label (objects and arrays); this template labels them like the others. */
const labelledFields = new Set(['catalogLookup', 'photos', 'gps']);

/** Label, help, input, then the errors in the person's language, in one column. */
export function FieldTemplate(props: RendererFieldTemplateProps) {
  const {
    id,
    label,
    children,
    rawErrors,
    rawDescription,
    hidden,
    required,
    displayLabel,
    uiSchema,
    hideError,
  } = props;
  if (hidden) return <div hidden>{children}</div>;
  const customField = uiSchema?.['ui:field'];
  const showLabel =
    label !== '' &&
    (displayLabel === true || (typeof customField === 'string' && labelledFields.has(customField)));
  const errors = hideError ? [] : (rawErrors ?? []);
  return (
    <Stack gap={6} className="nguon-form-field" data-testid={`form-field-${id}`}>
      {showLabel && (
        <label htmlFor={id} id={labelId(id)} className="nguon-form-label">
          {label}
          {required && (
            <Text span c="red" aria-hidden>
              {' *'}
            </Text>
          )}
        </label>
      )}
      {showLabel && rawDescription && (
        <Text size="sm" c="dimmed" id={helpId(id)}>
          {rawDescription}
        </Text>
      )}
      {children}
      {errors.length > 0 && (
        <div id={errorsId(id)} role="alert">
          {errors.map((message) => (
            <Text key={message} size="sm" c="red.8">
              {message}
            </Text>
          ))}
        </div>
      )}
    </Stack>
  );
}
