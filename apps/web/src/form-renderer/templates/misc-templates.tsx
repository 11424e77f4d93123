import { Alert, Text, Title } from '@mantine/core';
import type { DescriptionFieldProps, ErrorListProps, RJSFSchema, TitleFieldProps } from '@rjsf/utils';
import { type FormValue, formTranslate, type RendererFormContext } from '../renderer-context';

/** Under the submit button: how many entries still need fixing (each one says why under its field). */
export function ErrorListTemplate({
  errors,
  registry,
}: ErrorListProps<FormValue, RJSFSchema, RendererFormContext>) {
  const t = formTranslate(registry.formContext.lang);
  return (
    <Alert color="red" role="alert" data-testid="form-errors-summary">
      {t('formRenderer.errorsSummary', { count: errors.length })}
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
