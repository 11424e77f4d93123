import { Box, Button, Collapse, Stack, Text } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { useState } from 'react';
import { type FormRendererContext, StageFormView } from '../form-renderer';
import { useLang } from '../i18n/lang-store';
import { useTemplateT } from './template-messages';

interface TemplateFormPreviewProps {
  form: StageForm;
  context: FormRendererContext;
  /** Several forms on one page: each needs its own field ids. */
  idPrefix: string;
  testId: string;
}

/** A stage's or job's form as a clerk will see it on a phone, read-only, drawn only once asked for. */
export function TemplateFormPreview({ form, context, idPrefix, testId }: TemplateFormPreviewProps) {
  const tt = useTemplateT();
  const lang = useLang();
  const [opened, setOpened] = useState(false);
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        size="md"
        w="fit-content"
        onClick={() => setOpened((open) => !open)}
        aria-expanded={opened}
        data-testid={`${testId}-toggle`}
      >
        {tt(opened ? 'templates.hideForm' : 'templates.showForm')}
      </Button>
      <Collapse expanded={opened}>
        {opened && (
          <Box
            maw={360}
            p="sm"
            bd="1px solid var(--mantine-color-gray-4)"
            style={{ borderRadius: 'var(--mantine-radius-lg)' }}
            data-testid={testId}
          >
            <Text size="xs" c="dimmed" mb="xs">
              {tt('templates.formPreviewNote')}
            </Text>
            <StageFormView
              form={form}
              lang={lang}
              formData={{}}
              readOnly
              context={context}
              idPrefix={idPrefix}
            />
          </Box>
        )}
      </Collapse>
    </Stack>
  );
}
