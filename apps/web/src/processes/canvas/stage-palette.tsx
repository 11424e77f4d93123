import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { type StageKind, stageKinds } from '@nguon/domain';
import type { DragEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { stageKindLooks } from './stage-kinds';

/** The dataTransfer type of a palette item being dragged onto the canvas. */
export const stageKindDragType = 'application/x-nguon-stage-kind';

export function draggedStageKind(event: DragEvent): StageKind | null {
  const value = event.dataTransfer.getData(stageKindDragType);
  return stageKinds.find((kind) => kind === value) ?? null;
}

/** The three stage kinds: drag one onto the canvas, or tap it to add a stage in the middle of the view. */
export function StagePalette({ onAdd }: { onAdd: (kind: StageKind) => void }) {
  const t = useT();
  return (
    <Paper withBorder shadow="xs" p={6} radius="md" aria-label={t('designer.palette')} role="toolbar">
      <Text size="xs" c="dimmed" px={6} pb={4}>
        {t('designer.paletteHint')}
      </Text>
      <Stack gap={4}>
        {stageKinds.map((kind) => {
          const Icon = stageKindLooks[kind].icon;
          return (
            <UnstyledButton
              key={kind}
              className="designer-palette-item"
              data-kind={kind}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData(stageKindDragType, kind);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => onAdd(kind)}
              title={t(`designer.kindHint.${kind}`)}
              data-testid={`designer-palette-${kind}`}
            >
              <Icon size={20} />
              <span>{t(`designer.kind.${kind}`)}</span>
            </UnstyledButton>
          );
        })}
      </Stack>
    </Paper>
  );
}
