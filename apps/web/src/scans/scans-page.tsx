import { Button, EmptyState, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ScanPeriodQuery } from '@nguon/contracts/client';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { accessOf, useSession } from '../auth/session-context';
import { useT } from '../i18n/use-t';
import { DateField } from '../ui/date-field';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { ScanChart } from './scan-chart';
import { lastDays } from './scan-period';
import { ScanSettingsForm } from './scan-settings-form';
import { ByLotTable, ByProductTable, LabelTable } from './scan-tables';
import { scansCsvHref, useScanSettings, useScanStatistics } from './scans-api';

const presets = ['7', '30', '90'] as const;

function PeriodPicker({
  period,
  onChange,
}: {
  period: ScanPeriodQuery;
  onChange: (next: ScanPeriodQuery) => void;
}) {
  const t = useT();
  const [preset, setPreset] = useState<string>('30');
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SegmentedControl
        value={preset}
        size="md"
        data={presets.map((days) => ({ value: days, label: t(`scans.last${days}`) }))}
        onChange={(value) => {
          setPreset(value);
          onChange(lastDays(Number(value), new Date()));
        }}
      />
      <DateField
        size="md"
        required
        label={t('scans.from')}
        value={period.from}
        data-testid="scans-from"
        onChange={(from) => {
          if (from === '') return;
          setPreset('');
          onChange({ ...period, from });
        }}
      />
      <DateField
        size="md"
        required
        label={t('scans.to')}
        value={period.to}
        data-testid="scans-to"
        onChange={(to) => {
          if (to === '') return;
          setPreset('');
          onChange({ ...period, to });
        }}
      />
    </Group>
  );
}

/** The owner's scans dashboard: a period's scans per day, by product and lot, top and suspicious labels, thresholds. */
export function ScansPage() {
  const t = useT();
  const session = useSession();
  const [period, setPeriod] = useState<ScanPeriodQuery>(() => lastDays(30, new Date()));
  const stats = useScanStatistics(period);
  const settings = useScanSettings();
  const canChange = accessOf(session).tenantRole === 'owner';
  const data = stats.data;
  return (
    <>
      <PageHeader
        title={t('scans.title')}
        description={t('scans.intro')}
        action={
          <Button
            component="a"
            href={scansCsvHref(period)}
            download
            size="md"
            variant="default"
            leftSection={<IconDownload size={20} />}
            data-testid="scans-csv"
          >
            {t('scans.csv')}
          </Button>
        }
      />
      <Stack gap="md">
        <PeriodPicker period={period} onChange={setPeriod} />
        <QueryState isPending={stats.isPending} error={stats.error} onRetry={() => stats.refetch()} />
        {data && (
          <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }}>
            <Text size="xl" fw={700} data-testid="scans-total">
              {t('scans.total', { count: data.total })}
            </Text>
            <ScanChart stats={data} />
          </Paper>
        )}
        {data && data.total === 0 && (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="scans-empty">
            <EmptyState
              variant="light"
              color="leaf"
              icon={<IconChartBar size={32} />}
              title={t('scans.empty')}
            />
          </Paper>
        )}
        {data && data.total > 0 && (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <ByProductTable stats={data} />
              <ByLotTable stats={data} />
            </SimpleGrid>
            <LabelTable labels={data.topLabels} kind="top" />
          </>
        )}
        {data && data.suspicious.length > 0 && <LabelTable labels={data.suspicious} kind="suspicious" />}
        {data && data.suspicious.length === 0 && (
          <Text c="dimmed" size="sm" data-testid="scans-suspicious-none">
            {t('scans.suspiciousNone')}
          </Text>
        )}
        {settings.data && <ScanSettingsForm settings={settings.data} canChange={canChange} />}
      </Stack>
    </>
  );
}
