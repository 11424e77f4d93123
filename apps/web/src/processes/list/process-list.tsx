import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ProcessSummary } from '@nguon/contracts/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { useIsMobile } from '../../ui/use-is-mobile';
import { TemplateOrigin } from '../template-update/template-origin';
import { type ProcessRowAction, ProcessRowActions } from './process-row-actions';
import { useProductTypeName } from './product-type-select';

interface ProcessListProps {
  processes: readonly ProcessSummary[];
  canManage: boolean;
  onAction: (action: ProcessRowAction, process: ProcessSummary) => void;
}

const factColumns = [
  'designer.colProductType',
  'designer.colVersion',
  'designer.colStages',
  'designer.colUpdated',
] as const;

/** A process's facts in the order of factColumns, so the table and the phone cards say the same. */
function useProcessFacts(): (process: ProcessSummary) => ReactNode[] {
  const t = useT();
  const lang = useLang();
  const productTypeName = useProductTypeName();
  return (process) => [
    productTypeName(process.productType),
    <Group key="version" gap={6}>
      <Text size="sm">
        {process.latestVersion
          ? t('designer.versionN', { number: process.latestVersion.number })
          : t('designer.noVersion')}
      </Text>
      {process.unpublishedChanges && (
        <Badge color="orange" variant="light" data-testid="process-unpublished">
          {t('designer.unpublished')}
        </Badge>
      )}
    </Group>,
    String(process.stageCount),
    formatDateTime(process.draftUpdatedAt, lang),
  ];
}

function ProcessName({ process }: { process: ProcessSummary }) {
  const t = useT();
  const lang = useLang();
  const name = process.name[lang] || process.name.vi;
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Anchor component={Link} to={`/processes/${process.id}`} fw={600}>
          {name}
        </Anchor>
        {process.archived && (
          <Badge color="gray" variant="light">
            {t('designer.archivedBadge')}
          </Badge>
        )}
      </Group>
      {process.template && <TemplateOrigin link={process.template} />}
    </Stack>
  );
}

/** Processes as a table on wide screens and as cards on phones. */
export function ProcessList({ processes, canManage, onAction }: ProcessListProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const factsOf = useProcessFacts();

  if (isMobile) {
    return (
      <Stack gap="sm" data-testid="process-list">
        {processes.map((process, index) => (
          <Card key={process.id} withBorder radius="md" data-testid={`process-row-${index}`}>
            <ProcessName process={process} />
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} my="xs">
              {factsOf(process).map((fact, column) => (
                <Stack gap={0} key={factColumns[column]}>
                  <Text size="xs" c="dimmed">
                    {t(factColumns[column] ?? 'designer.colName')}
                  </Text>
                  <Text size="sm" component="div">
                    {fact}
                  </Text>
                </Stack>
              ))}
            </SimpleGrid>
            <ProcessRowActions process={process} index={index} canManage={canManage} onAction={onAction} />
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={860} data-testid="process-list">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('designer.colName')}</Table.Th>
            {factColumns.map((column) => (
              <Table.Th key={column}>{t(column)}</Table.Th>
            ))}
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {processes.map((process, index) => (
            <Table.Tr key={process.id} data-testid={`process-row-${index}`}>
              <Table.Td>
                <ProcessName process={process} />
              </Table.Td>
              {factsOf(process).map((fact, column) => (
                <Table.Td key={factColumns[column]}>{fact}</Table.Td>
              ))}
              <Table.Td>
                <ProcessRowActions
                  process={process}
                  index={index}
                  canManage={canManage}
                  onAction={onAction}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
