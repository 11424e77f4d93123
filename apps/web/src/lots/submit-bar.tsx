import { Alert, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconWifiOff } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import type { SubmitPhase } from './use-idempotent-submit';
import './lots.css';

/** A refusal of the server the screen could not pin on one of its fields. */
export function ProblemNotice({ message }: { message: string | null }) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={20} />}
      title={t('error.title')}
      role="alert"
      data-testid="lot-problem"
    >
      {message}
    </Alert>
  );
}

function PhaseLine({ status }: { status: SubmitPhase }) {
  const t = useT();
  switch (status.phase) {
    case 'idle':
    case 'sending':
      return null;
    case 'retrying':
      return (
        <Group gap="xs" wrap="nowrap" data-testid="submit-retrying" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('lots.submit.retrying', { n: status.attempt, of: status.of })}</Text>
        </Group>
      );
    case 'offline':
      return (
        <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="submit-offline" role="alert">
          <IconWifiOff size={20} color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
          <Text size="sm" c="red.8">
            {t('lots.submit.offline')}
          </Text>
        </Group>
      );
  }
}

interface SubmitBarProps {
  label: string;
  status: SubmitPhase;
  onSubmit: () => void;
  disabled?: boolean;
  testId: string;
}

/** The sticky bar at the bottom of an entry screen: one big button under the thumb, and how sending goes. */
export function SubmitBar({ label, status, onSubmit, disabled, testId }: SubmitBarProps) {
  const t = useT();
  const busy = status.phase === 'sending' || status.phase === 'retrying';
  return (
    <Box className="nguon-lot-submit-bar">
      <PhaseLine status={status} />
      <Button size="lg" fullWidth loading={busy} disabled={disabled} onClick={onSubmit} data-testid={testId}>
        {status.phase === 'offline' ? t('lots.submit.again') : label}
      </Button>
    </Box>
  );
}
