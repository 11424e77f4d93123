import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { IconCopy, IconEye, IconTrash } from '@tabler/icons-react';
import { Panel } from '@xyflow/react';
import { useT } from '../../i18n/use-t';
import type { Selection } from '../canvas/use-flow-elements';

/** Shown while a published version is on the canvas instead of the draft. */
export function VersionBanner({ number, onBack }: { number: number; onBack: () => void }) {
  const t = useT();
  return (
    <Alert color="blue" icon={<IconEye size={20} />} mb="sm" data-testid="designer-version-banner">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('designer.viewingVersion', { number })}
        </Text>
        <Button size="xs" variant="white" onClick={onBack} data-testid="designer-back-to-draft">
          {t('designer.backToDraft')}
        </Button>
      </Group>
    </Alert>
  );
}

/** Why nothing can be changed here: the person's role, or an archived process. */
export function ReadOnlyNotice({ archived }: { archived: boolean }) {
  const t = useT();
  return (
    <Alert color="gray" icon={<IconEye size={20} />} mb="sm" data-testid="designer-read-only">
      {t(archived ? 'designer.readOnlyArchived' : 'designer.readOnlyRole')}
    </Alert>
  );
}

/** A strip over the canvas while a diff colours the cards, with a way out. */
export function HighlightPanel({ onClear }: { onClear: () => void }) {
  const t = useT();
  return (
    <Panel position="bottom-center">
      <Paper withBorder shadow="sm" p={6} radius="md">
        <Group gap="xs">
          <Text size="sm">{t('designer.highlighting')}</Text>
          <Button size="xs" variant="light" onClick={onClear}>
            {t('designer.highlightClear')}
          </Button>
        </Group>
      </Paper>
    </Panel>
  );
}

interface SelectionToolbarProps {
  selection: Selection;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** Buttons for what is selected on the canvas, for touch screens where there is no Delete key. */
export function SelectionToolbar({ selection, onDuplicate, onDelete }: SelectionToolbarProps) {
  const t = useT();
  const stages = selection.stageIds.size;
  const edges = selection.edgeIds.size;
  if (stages + edges === 0) return null;
  return (
    <Panel position="top-center">
      <Paper withBorder shadow="sm" p={4} radius="md" data-testid="designer-selection">
        <Group gap={4} wrap="nowrap">
          <Text size="sm" px="xs">
            {t('designer.selected', { stages, edges })}
          </Text>
          {stages > 0 && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconCopy size={16} />}
              onClick={onDuplicate}
              data-testid="selection-duplicate"
            >
              {t('designer.duplicateStage')}
            </Button>
          )}
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={onDelete}
            data-testid="selection-delete"
          >
            {t('designer.delete')}
          </Button>
        </Group>
      </Paper>
    </Panel>
  );
}
