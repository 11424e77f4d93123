import { ActionIcon, CloseButton, Group, Paper, ScrollArea, Tabs, Text, Tooltip } from '@mantine/core';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { IconCopy, IconForms, IconSettings, IconTrash } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { stageKindLooks } from '../canvas/stage-kinds';
import type { DesignerCommands } from '../editing/designer-commands';
import { StageFormTab } from './stage-form-tab';
import { StageProperties } from './stage-properties';

interface StagePanelProps {
  stage: ProcessStage;
  definition: ProcessDefinition;
  readOnly: boolean;
  /** The stage is in a published version: its key no longer follows its name. */
  keyFrozen: boolean;
  commands: DesignerCommands;
  onClose: () => void;
  onDelete: () => void;
  /** Floats over the canvas on narrower screens. */
  overlay: boolean;
  ref?: Ref<HTMLElement>;
}

/** Duplicate and delete, beside the close button so they are there on both tabs. */
function StageActions({ onDuplicate, onDelete }: { onDuplicate: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <>
      <Tooltip label={t('designer.duplicateThisStage')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={40}
          onClick={onDuplicate}
          aria-label={t('designer.duplicateThisStage')}
          data-testid="stage-duplicate"
        >
          <IconCopy size={20} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('designer.deleteStage')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size={40}
          onClick={onDelete}
          aria-label={t('designer.deleteStage')}
          data-testid="stage-delete"
        >
          <IconTrash size={20} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/** The selected stage: its properties and its form, side by side with the canvas. */
export function StagePanel({
  stage,
  definition,
  readOnly,
  keyFrozen,
  commands,
  onClose,
  onDelete,
  overlay,
  ref,
}: StagePanelProps) {
  const t = useT();
  const lang = useLang();
  const [tab, setTab] = useState<string | null>('props');
  const Icon = stageKindLooks[stage.kind].icon;
  const burst = (field: string) => `${field}:${stage.id}`;
  return (
    <Paper
      ref={ref}
      withBorder
      radius={overlay ? 'md' : 0}
      shadow={overlay ? 'lg' : undefined}
      className="designer-stage-panel"
      data-overlay={overlay || undefined}
      data-wide={tab === 'form' || undefined}
      component="aside"
      aria-label={t('designer.stagePanel')}
      data-testid="designer-stage-panel"
    >
      <Group justify="space-between" wrap="nowrap" gap={4} p="sm" pb={0}>
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Icon size={20} />
          <Text fw={600} truncate>
            {(lang === 'en' && stage.name.en) || stage.name.vi || stage.key}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          {!readOnly && (
            <StageActions onDuplicate={() => commands.duplicate(new Set([stage.id]))} onDelete={onDelete} />
          )}
          <CloseButton size={40} onClick={onClose} aria-label={t('designer.closePanel')} />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={setTab}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Tabs.List px="sm">
          <Tabs.Tab value="props" leftSection={<IconSettings size={16} />} data-testid="stage-tab-props">
            {t('designer.tabProps')}
          </Tabs.Tab>
          <Tabs.Tab value="form" leftSection={<IconForms size={16} />} data-testid="stage-tab-form">
            {t('designer.tabForm')}
          </Tabs.Tab>
        </Tabs.List>
        <ScrollArea style={{ flex: 1 }} p="sm" data-designer-history>
          <Tabs.Panel value="props">
            <StageProperties
              stage={stage}
              definition={definition}
              readOnly={readOnly}
              keyFrozen={keyFrozen}
              onChange={(patch, field) => commands.updateStage(stage.id, patch, burst(field))}
            />
          </Tabs.Panel>
          <Tabs.Panel value="form">
            <StageFormTab
              form={stage.form}
              readOnly={readOnly}
              onChange={(form) => commands.updateStage(stage.id, { form }, burst('form'))}
            />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
    </Paper>
  );
}
