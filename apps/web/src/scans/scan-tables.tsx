import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import type { ScanFlag, ScannedLabel, ScanStatistics } from '@nguon/contracts/client';
import { formatLabelCode } from '@nguon/domain';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { type Translate, useT } from '../i18n/use-t';

function Section({
  title,
  testId,
  minWidth = 320,
  children,
}: {
  title: string;
  testId: string;
  minWidth?: number;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} data-testid={testId}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing="xs">{children}</Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function ByProductTable({ stats }: { stats: ScanStatistics }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('scans.byProduct')} testId="scans-by-product">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('scans.product')}</Table.Th>
          <Table.Th ta="right">{t('scans.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stats.byProduct.map((row) => (
          <Table.Tr key={row.product?.id ?? 'none'}>
            <Table.Td>
              {row.product ? row.product.name[lang] || row.product.name.vi : t('scans.noProduct')}
            </Table.Td>
            <Table.Td ta="right">{row.scans.toLocaleString(lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Section>
  );
}

export function ByLotTable({ stats }: { stats: ScanStatistics }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section title={t('scans.byLot')} testId="scans-by-lot">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('scans.lot')}</Table.Th>
          <Table.Th>{t('scans.product')}</Table.Th>
          <Table.Th ta="right">{t('scans.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stats.byLot.map((row) => (
          <Table.Tr key={row.lot.id}>
            <Table.Td>{row.lot.code}</Table.Td>
            <Table.Td>{row.product ? row.product.name[lang] || row.product.name.vi : ''}</Table.Td>
            <Table.Td ta="right">{row.scans.toLocaleString(lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Section>
  );
}

function flagText(flag: ScanFlag, label: ScannedLabel, t: Translate, lang: 'vi' | 'en'): string {
  const when = formatDateTime(flag.at, lang);
  switch (flag.kind) {
    case 'scan_count':
      return t('scans.flag.scan_count', { count: label.totalScans, threshold: flag.threshold, when });
    case 'spread':
      return t('scans.flag.spread', {
        networks: flag.networks,
        regions: flag.regions,
        hours: flag.hours,
        when,
      });
  }
}

export function LabelTable({ labels, kind }: { labels: ScannedLabel[]; kind: 'top' | 'suspicious' }) {
  const t = useT();
  const lang = useLang();
  return (
    <Section
      title={t(kind === 'top' ? 'scans.topLabels' : 'scans.suspicious')}
      testId={kind === 'top' ? 'scans-top-labels' : 'scans-suspicious'}
      minWidth={kind === 'top' ? 560 : 640}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('scans.label')}</Table.Th>
          <Table.Th>{t('scans.product')}</Table.Th>
          <Table.Th ta="right">{t(kind === 'top' ? 'scans.periodCount' : 'scans.totalCount')}</Table.Th>
          <Table.Th>{kind === 'top' ? t('scans.lastAt') : t('scans.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {labels.map((label) => (
          <Table.Tr key={label.serial}>
            <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {formatLabelCode(label.serial)}
            </Table.Td>
            <Table.Td>
              {label.product ? label.product.name[lang] || label.product.name.vi : ''}
              {label.lot ? ` · ${label.lot.code}` : ''}
            </Table.Td>
            <Table.Td ta="right">{label.periodScans.toLocaleString(lang)}</Table.Td>
            <Table.Td>
              {kind === 'top' ? (
                formatDateTime(label.lastAt, lang)
              ) : (
                <Stack gap={4}>
                  {label.flags.map((flag) => (
                    <Badge
                      key={flag.kind}
                      color="red"
                      variant="light"
                      radius="sm"
                      style={{ whiteSpace: 'normal', height: 'auto' }}
                    >
                      {flagText(flag, label, t, lang)}
                    </Badge>
                  ))}
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Section>
  );
}
