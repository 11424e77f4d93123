import { Alert, Text, Title, UnstyledButton } from '@mantine/core';
import type { DescriptionFieldProps, ErrorListProps, RJSFSchema, TitleFieldProps } from '@rjsf/utils';
import { type FormValue, formTranslate, type RendererFormContext } from '../renderer-context';

/** The first field showing an error in the form around `from`: scrolled to the middle and focused. */
export function focusFirstError(from: Element | null): void {
  const field = from?.closest('form')?.querySelector('[id$="__errors"]')?.closest('.nguon-form-field');
  if (!field) return;
  field.scrollIntoView?.({ block: 'center' });
  const target = field.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button, [tabindex]');
  target?.focus({ preventScroll: true });
}

/** Under the submit button: how many entries still need fixing; a tap goes to the first one. */
export function ErrorListTemplate({
  errors,
  registry,
}: ErrorListProps<FormValue, RJSFSchema, RendererFormContext>) {
  const t = formTranslate(registry.formContext.lang);
  // one entry per field, however many rules it breaks: the count matches the lines in red
  const count = new Set(errors.map((error) => error.property ?? '')).size;
  return (
    <Alert color="red" role="alert" p={0}>
      <UnstyledButton
        type="button"
        w="100%"
        p="md"
        c="red.9"
        fz="sm"
        onClick={(event) => focusFirstError(event.currentTarget)}
        data-testid="form-errors-summary"
      >
        {t('formRenderer.errorsSummary', { count })}
      </UnstyledButton>
    </Alert>
  );
}

export function TitleFieldTemplate({
  id,
  title,
}: TitleFieldProps<FormValue, RJSFSchema, RendererFormContext>) {
  return title ? (
    <Title order={3} size="h4" id={id}>
      {title}
    </Title>
  ) : null;
}

export function DescriptionFieldTemplate({
  id,
  description,
}: DescriptionFieldProps<FormValue, RJSFSchema, RendererFormContext>) {
  return description ? (
    <Text size="sm" c="dimmed" id={id}>
      {description}
    </Text>
  ) : null;
}

/** Errors and help are drawn by FieldTemplate, once, in our language. */
export const Nothing = () => null;
