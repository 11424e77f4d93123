import { Button, Code, CopyButton, Flex, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';

interface CopyFieldProps {
  label: string;
  value: string;
  testId: string;
  large?: boolean;
}

/** A one-time value (code, link, secret) shown in full with a button that copies it; stacked on phones. */
export function CopyField({ label, value, testId, large = false }: CopyFieldProps) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Flex direction={{ base: 'column', xs: 'row' }} gap="xs" align={{ base: 'stretch', xs: 'center' }}>
        <Code
          block
          data-testid={testId}
          fz={large ? 'xl' : 'sm'}
          fw={large ? 700 : 400}
          style={{
            flex: 1,
            overflowWrap: 'anywhere',
            whiteSpace: 'pre-wrap',
            letterSpacing: large ? '0.05em' : undefined,
          }}
        >
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              onClick={copy}
              leftSection={copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              aria-label={`${t('common.copy')}: ${label}`}
              data-testid={`${testId}-copy`}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Flex>
    </Stack>
  );
}
