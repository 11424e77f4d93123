import { Stack, Text, Title } from '@mantine/core';
import { getUiOptions } from '@rjsf/utils';
import type { RendererFieldProps } from '../renderer-context';

/** heading fields: a section title (and its help) between the inputs; holds no value, so records carry none. */
export function HeadingField({ schema, uiSchema, fieldPathId }: RendererFieldProps) {
  // the title and help in the form's language come in the uiSchema (the schema keeps the stored words)
  const { title, description } = getUiOptions(uiSchema);
  const help = description ?? schema.description;
  return (
    <Stack gap={2} pt="sm" className="nguon-form-heading">
      <Title order={3} size="h4" id={fieldPathId.$id}>
        {title ?? schema.title}
      </Title>
      {help && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
    </Stack>
  );
}
