import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { LabelLayoutView } from '@nguon/contracts/client';
import { IconArrowLeft, IconCopy, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { useCanManageLayouts } from './label-api';
import { labelsPath } from './label-paths';
import { type LayoutEditing, LayoutEditorModal } from './layout-editor-modal';
import { useLabelLayouts } from './use-tenant-label-layouts';

function LayoutCard({
  entry,
  index,
  onEdit,
}: {
  entry: LabelLayoutView;
  index: number;
  onEdit: (e: LayoutEditing) => void;
}) {
  const t = useT();
  const lang = useLang();
  const canManage = useCanManageLayouts();
  const { layout } = entry;
  return (
    <Paper withBorder radius="lg" p="sm" data-testid={`layout-card-${index}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>{entry.name[lang] || entry.name.vi}</Text>
          {entry.builtIn && (
            <Badge variant="light" color="gray">
              {t('labels.layouts.builtIn')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('labels.layouts.summary', {
            perPage: entry.labelsPerPage,
            width: layout.labelWidthMm,
            height: layout.labelHeightMm,
            pageWidth: layout.pageWidthMm,
            pageHeight: layout.pageHeightMm,
          })}
        </Text>
        {!entry.qrReadable && (
          <Alert color="orange" p="xs">
            {t('labels.layouts.qrUnreadable')}
          </Alert>
        )}
        {canManage && (
          <Group gap="xs">
            {entry.builtIn ? (
              <Button
                variant="default"
                leftSection={<IconCopy size={18} />}
                onClick={() => onEdit({ mode: 'copy', from: entry })}
                data-testid={`layout-copy-${index}`}
              >
                {t('labels.layouts.copy')}
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconPencil size={18} />}
                onClick={() => onEdit({ mode: 'edit', layout: entry })}
                data-testid={`layout-edit-${index}`}
              >
                {t('labels.layouts.edit')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** `/labels/layouts`: the built-in sheets and rolls and the account's own; owners make and change their own. */
export function LabelLayoutsPage() {
  const t = useT();
  const canManage = useCanManageLayouts();
  const layouts = useLabelLayouts();
  const [editing, setEditing] = useState<LayoutEditing | null>(null);
  const first = layouts.data?.items[0];
  return (
    <>
      <Anchor component={Link} to={labelsPath} size="sm" mb="xs" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} /> {t('labels.title')}
      </Anchor>
      <PageHeader
        title={t('labels.layouts.title')}
        description={t('labels.layouts.intro')}
        action={
          canManage && first ? (
            <Button
              leftSection={<IconPlus size={20} />}
              onClick={() => setEditing({ mode: 'copy', from: first })}
              data-testid="layout-new"
            >
              {t('labels.layouts.new')}
            </Button>
          ) : undefined
        }
      />
      <QueryState isPending={layouts.isPending} error={layouts.error} onRetry={() => layouts.refetch()} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {layouts.data?.items.map((entry, index) => (
          <LayoutCard key={entry.id} entry={entry} index={index} onEdit={setEditing} />
        ))}
      </SimpleGrid>
      {editing && <LayoutEditorModal editing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
