import { Stack, Text, Title } from '@mantine/core';
import type { RendererFieldProps } from '../renderer-context';

/** heading fields: a section title (and its help) between the inputs; holds no value, so records carry none. */
export function HeadingField({ schema, fieldPathId }: RendererFieldProps) {
  return (
    <Stack gap={2} pt="sm" className="nguon-form-heading">
      <Title order={3} size="h4" id={fieldPathId.$id}>
        {schema.title}
      </Title>
      {schema.description && (
        <Text size="sm" c="dimmed">
          {schema.description}
        </Text>
      )}
    </Stack>
  );
}
