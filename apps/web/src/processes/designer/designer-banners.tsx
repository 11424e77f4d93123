import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { IconCopy, IconEye, IconTrash } from '@tabler/icons-react';
import { Panel } from '@xyflow/react';
import { type Translate, useT } from '../../i18n/use-t';
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
    // beside the zoom buttons, clear of the minimap on the right
    <Panel position="bottom-left" style={{ left: 48 }}>
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

function selectionText(stages: number, edges: number, t: Translate): string {
  if (edges === 0) return t('designer.selectedStages', { stages });
  if (stages === 0) return t('designer.selectedEdges', { edges });
  return t('designer.selected', { stages, edges });
}

/**
 * Buttons for a multiple selection or selected arrows, under the palette, for touch screens where there is no
 * Delete key; a single stage has them in its panel.
 */
export function SelectionToolbar({ selection, onDuplicate, onDelete }: SelectionToolbarProps) {
  const t = useT();
  const stages = selection.stageIds.size;
  const edges = selection.edgeIds.size;
  if (stages + edges === 0 || (stages === 1 && edges === 0)) return null;
  return (
    <Paper withBorder shadow="sm" p={6} mt={8} radius="md" data-testid="designer-selection">
      <Text size="sm" px={6} pb={4} aria-live="polite">
        {selectionText(stages, edges, t)}
      </Text>
      <Group gap={4} wrap="nowrap">
        {stages > 0 && (
          <Button
            size="sm"
            variant="default"
            leftSection={<IconCopy size={18} />}
            onClick={onDuplicate}
            data-testid="selection-duplicate"
          >
            {t('designer.duplicateStage')}
          </Button>
        )}
        <Button
          size="sm"
          variant="light"
          color="red"
          leftSection={<IconTrash size={18} />}
          onClick={onDelete}
          data-testid="selection-delete"
        >
          {t('designer.delete')}
        </Button>
      </Group>
    </Paper>
  );
}
