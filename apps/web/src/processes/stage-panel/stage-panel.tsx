import { Button, CloseButton, Group, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { IconCopy, IconForms, IconSettings, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { stageKindLooks } from '../canvas/stage-kinds';
import type { DesignerCommands } from '../designer/designer-commands';
import { StageFormTab } from './stage-form-tab';
import { StageProperties } from './stage-properties';

interface StagePanelProps {
  stage: ProcessStage;
  definition: ProcessDefinition;
  readOnly: boolean;
  commands: DesignerCommands;
  onClose: () => void;
  onDelete: () => void;
  /** Floats over the canvas on narrower screens. */
  overlay: boolean;
}

/** The selected stage: its properties and its form, side by side with the canvas. */
export function StagePanel({
  stage,
  definition,
  readOnly,
  commands,
  onClose,
  onDelete,
  overlay,
}: StagePanelProps) {
  const t = useT();
  const lang = useLang();
  const [tab, setTab] = useState<string | null>('props');
  const Icon = stageKindLooks[stage.kind].icon;
  const burst = (field: string) => `${field}:${stage.id}`;
  return (
    <Paper
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
      <Group justify="space-between" wrap="nowrap" p="sm" pb={0}>
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Icon size={20} />
          <Text fw={600} truncate>
            {(lang === 'en' && stage.name.en) || stage.name.vi || stage.key}
          </Text>
        </Group>
        <CloseButton size="lg" onClick={onClose} aria-label={t('designer.closePanel')} />
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
            <Stack gap="md">
              <StageProperties
                stage={stage}
                definition={definition}
                readOnly={readOnly}
                onChange={(patch, field) => commands.updateStage(stage.id, patch, burst(field))}
              />
              {!readOnly && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconCopy size={18} />}
                    onClick={() => commands.duplicate(new Set([stage.id]))}
                    data-testid="stage-duplicate"
                  >
                    {t('designer.duplicateStage')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={18} />}
                    onClick={onDelete}
                    data-testid="stage-delete"
                  >
                    {t('designer.deleteStage')}
                  </Button>
                </Group>
              )}
            </Stack>
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
