import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { LabelBatchView } from '@nguon/contracts/client';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useIsMobile } from '../ui/use-is-mobile';
import { BatchGenerationProgress, LabelBatchStateBadge, useBatchSubject } from './label-batch-parts';
import { labelBatchPath } from './label-paths';

const moving = (batch: LabelBatchView) => batch.state === 'queued' || batch.state === 'running';

function BatchCards({ batches }: { batches: LabelBatchView[] }) {
  const t = useT();
  const lang = useLang();
  const subjectOf = useBatchSubject();
  return (
    <SimpleGrid cols={1} spacing="xs">
      {batches.map((batch, index) => (
        <Paper key={batch.id} withBorder radius="lg" p="sm" data-testid={`label-batch-row-${index}`}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={labelBatchPath(batch.id)} fw={700} size="lg">
                {t('labels.batch.number', { number: batch.number })}
              </Anchor>
              <LabelBatchStateBadge batch={batch} />
            </Group>
            <Text size="sm">{subjectOf(batch)}</Text>
            <Text size="sm" c="dimmed">
              {moving(batch)
                ? t('labels.batch.ordered', { at: formatDateTime(batch.createdAt, lang) })
                : t('labels.list.cardLine', {
                    generated: batch.generated,
                    quantity: batch.quantity,
                    created: formatDateTime(batch.createdAt, lang),
                  })}
            </Text>
            <BatchGenerationProgress batch={batch} testId={`label-batch-progress-${index}`} />
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function BatchTable({ batches }: { batches: LabelBatchView[] }) {
  const t = useT();
  const lang = useLang();
  const subjectOf = useBatchSubject();
  return (
    <Paper withBorder radius="lg">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('labels.col.number')}</Table.Th>
            <Table.Th>{t('labels.col.what')}</Table.Th>
            <Table.Th ta="right">{t('labels.col.quantity')}</Table.Th>
            <Table.Th miw={220}>{t('labels.col.generated')}</Table.Th>
            <Table.Th>{t('labels.col.state')}</Table.Th>
            <Table.Th>{t('labels.col.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((batch, index) => (
            <Table.Tr key={batch.id} data-testid={`label-batch-row-${index}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={labelBatchPath(batch.id)}
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {t('labels.batch.number', { number: batch.number })}
                </Anchor>
              </Table.Td>
              <Table.Td>{subjectOf(batch)}</Table.Td>
              <Table.Td ta="right">{t('labels.number', { value: batch.quantity })}</Table.Td>
              <Table.Td>
                {moving(batch) ? (
                  <BatchGenerationProgress batch={batch} testId={`label-batch-progress-${index}`} />
                ) : (
                  t('labels.number', { value: batch.generated })
                )}
              </Table.Td>
              <Table.Td>
                <LabelBatchStateBadge batch={batch} />
              </Table.Td>
              <Table.Td>{formatDateTime(batch.createdAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The batches of one page: a table on a desktop, cards on a phone; running ones show their progress. */
export function LabelBatchList({ batches }: { batches: LabelBatchView[] }) {
  return useIsMobile() ? <BatchCards batches={batches} /> : <BatchTable batches={batches} />;
}
