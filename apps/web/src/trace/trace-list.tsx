import { Anchor, Badge, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import type { GenealogyNode, LotSummary } from '@nguon/contracts/client';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { LotStatusBadge } from '../lots/lot-header';
import { useLotLink } from '../lots/lot-link';
import { formatQuantity, lotQuantity, useNameOf } from '../lots/lot-text';
import { useIsMobile } from '../ui/use-is-mobile';

/** The day the lot's quantity was recorded, else the day it was created. */
export const lotDay = (lot: LotSummary) => lot.recordedAt ?? lot.createdAt;

/** A lot card's head: its code (leading to its walk), its status, product and quantity. */
export function LotCardHead({ lot }: { lot: LotSummary }) {
  const lang = useLang();
  const nameOf = useNameOf();
  const linkOf = useLotLink();
  return (
    <>
      <Group justify="space-between" wrap="nowrap">
        <Anchor component={Link} to={linkOf(lot.id)} fw={700} size="lg">
          {lot.code}
        </Anchor>
        <LotStatusBadge status={lot.status} />
      </Group>
      <Text size="sm">
        {nameOf(lot.productName)} · {formatQuantity(lotQuantity(lot), lot.unit, lang)}
      </Text>
    </>
  );
}

function TraceCards({ rows, rootLotId }: { rows: GenealogyNode[]; rootLotId: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <SimpleGrid cols={1} spacing="xs">
      {rows.map(({ lot, depth, labelCount }) => (
        <Paper key={lot.id} withBorder radius="lg" p="sm" data-testid="trace-row">
          <LotCardHead lot={lot} />
          <Text size="sm" c="dimmed">
            {lot.id === rootLotId ? t('trace.root') : t('trace.depth', { depth })} ·{' '}
            {formatDate(lotDay(lot), lang)} · {t('trace.node.labels', { count: labelCount })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function TraceTable({ rows, rootLotId }: { rows: GenealogyNode[]; rootLotId: string }) {
  const t = useT();
  const linkOf = useLotLink();
  const lang = useLang();
  const nameOf = useNameOf();
  return (
    <Paper withBorder radius="lg">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trace.col.lot')}</Table.Th>
              <Table.Th>{t('trace.col.product')}</Table.Th>
              <Table.Th>{t('trace.col.quantity')}</Table.Th>
              <Table.Th>{t('trace.col.depth')}</Table.Th>
              <Table.Th>{t('trace.col.date')}</Table.Th>
              <Table.Th>{t('trace.col.labels')}</Table.Th>
              <Table.Th>{t('trace.col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ lot, depth, labelCount }) => (
              <Table.Tr key={lot.id} data-testid="trace-row">
                <Table.Td>
                  <Anchor component={Link} to={linkOf(lot.id)} fw={700}>
                    {lot.code}
                  </Anchor>
                  {lot.id === rootLotId && (
                    <Badge ml="xs" variant="light" size="sm">
                      {t('trace.root')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{nameOf(lot.productName)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatQuantity(lotQuantity(lot), lot.unit, lang)}
                </Table.Td>
                <Table.Td>{depth}</Table.Td>
                <Table.Td>{formatDate(lotDay(lot), lang)}</Table.Td>
                <Table.Td>{labelCount}</Table.Td>
                <Table.Td>
                  <LotStatusBadge status={lot.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The walk as a list: cards on a phone, a table on wider screens; each lot opens its own trace. */
export function TraceList({ rows, rootLotId }: { rows: GenealogyNode[]; rootLotId: string }) {
  return useIsMobile() ? (
    <TraceCards rows={rows} rootLotId={rootLotId} />
  ) : (
    <TraceTable rows={rows} rootLotId={rootLotId} />
  );
}
