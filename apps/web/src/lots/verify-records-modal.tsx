import { Alert, Anchor, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import type { RecordVerification } from '@nguon/contracts/client';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { AppModal } from '../ui/app-modal';
import { QueryState } from '../ui/query-state';
import { useLotsKey } from './lot-api';
import { lotPath, recordPath } from './lot-paths';

/** Each fault by lot code and record number, linked to the record in its lot's timeline. */
function FaultList({ faults }: { faults: RecordVerification['faults'] }) {
  const t = useT();
  return (
    <List size="sm" spacing={4}>
      {faults.map((fault) => (
        <List.Item key={`${fault.lotId}-${fault.recordId ?? 'head'}-${fault.kind}`}>
          <Anchor
            component={Link}
            to={fault.recordId ? recordPath(fault.lotId, fault.recordId) : lotPath(fault.lotId)}
            fw={600}
          >
            {fault.seq === null
              ? t('lots.verify.lot', { code: fault.lotCode })
              : t('lots.verify.record', { code: fault.lotCode, seq: fault.seq })}
          </Anchor>
          {': '}
          {t(`lots.verify.kind.${fault.kind}`)}
        </List.Item>
      ))}
    </List>
  );
}

function VerificationResult({ result }: { result: RecordVerification }) {
  const t = useT();
  const lang = useLang();
  const counts = t('lots.verify.counts', { lots: result.lots, records: result.records });
  if (result.faults.length === 0) {
    return (
      <Alert
        color="leaf"
        icon={<IconShieldCheck size={22} />}
        title={t('lots.verify.ok')}
        data-testid="verify-ok"
      >
        {counts} {t('lots.verify.checkedAt', { time: formatDateTime(result.checkedAt, lang) })}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      icon={<IconShieldX size={22} />}
      title={t('lots.verify.faults', { count: result.faults.length })}
      data-testid="verify-faults"
    >
      <Text size="sm" mb="xs">
        {counts}
      </Text>
      <FaultList faults={result.faults} />
    </Alert>
  );
}

/** The owner recomputes every lot's hash chain and sees which stored records no longer match. */
export function VerifyRecordsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const verification = useQuery({
    queryKey: useLotsKey('verification'),
    queryFn: () => api.call('verifyRecords'),
    enabled: opened,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const running = verification.isFetching;
  return (
    <AppModal opened={opened} onClose={onClose} title={t('lots.verify.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('lots.verify.intro')}
        </Text>
        {running && (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('lots.verify.running')}</Text>
          </Group>
        )}
        {!running && verification.error && (
          <QueryState isPending={false} error={verification.error} onRetry={() => verification.refetch()} />
        )}
        {!running && verification.data && <VerificationResult result={verification.data} />}
        <Button
          variant="default"
          onClick={() => verification.refetch()}
          disabled={running}
          data-testid="verify-again"
        >
          {t('lots.verify.again')}
        </Button>
      </Stack>
    </AppModal>
  );
}
