import { ActionIcon, Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { type FormField, pickText, untranslatedCount } from '@nguon/forms';
import { IconArrowDown, IconArrowUp, IconCopy, IconGripVertical, IconTrash } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { fieldTypeIcons, fieldTypeName } from './field-types';

export interface FieldRowActions {
  onSelect: () => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export interface FieldRowDrag {
  onDragStart: (event: DragEvent) => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  onDragEnd: () => void;
  isDropTarget: boolean;
}

interface FieldRowProps {
  field: FormField;
  id: string;
  index: number;
  count: number;
  selected: boolean;
  conditional: boolean;
  problemCount: number;
  readOnly: boolean;
  actions: FieldRowActions;
  drag: FieldRowDrag;
}

function FieldBadges({
  field,
  conditional,
  problemCount,
}: Pick<FieldRowProps, 'field' | 'conditional' | 'problemCount'>) {
  const t = useT();
  return (
    <Group gap={4} wrap="wrap">
      {field.required && (
        <Badge size="sm" variant="light" color="earth">
          {t('formBuilder.badge.required')}
        </Badge>
      )}
      {field.public && (
        <Badge size="sm" variant="light" color="blue">
          {t('formBuilder.badge.public')}
        </Badge>
      )}
      {conditional && (
        <Badge size="sm" variant="light" color="grape">
          {t('formBuilder.badge.conditional')}
        </Badge>
      )}
      {untranslatedCount(field) > 0 && (
        <Badge size="sm" variant="outline" color="gray" data-testid="fb-field-no-english">
          {t('formBuilder.badge.noEnglish')}
        </Badge>
      )}
      {problemCount > 0 && (
        <Badge size="sm" color="red" data-testid="fb-field-problems">
          {t('formBuilder.badge.problems', { count: problemCount })}
        </Badge>
      )}
    </Group>
  );
}

interface RowButtonsProps {
  id: string;
  label: string;
  index: number;
  count: number;
  actions: FieldRowActions;
}

const rowButtons = [
  { key: 'up', icon: IconArrowUp, message: 'formBuilder.list.moveUp', action: 'onMoveUp' },
  { key: 'down', icon: IconArrowDown, message: 'formBuilder.list.moveDown', action: 'onMoveDown' },
  { key: 'duplicate', icon: IconCopy, message: 'formBuilder.list.duplicate', action: 'onDuplicate' },
  { key: 'delete', icon: IconTrash, message: 'formBuilder.list.delete', action: 'onDelete' },
] as const;

/** Move up/down, duplicate, delete: always visible, thumb-sized (no hover-only actions). */
function RowButtons({ id, label, index, count, actions }: RowButtonsProps) {
  const t = useT();
  const disabled = { up: index === 0, down: index === count - 1, duplicate: false, delete: false };
  return (
    <Group gap={0} wrap="nowrap">
      {rowButtons.map((button) => (
        <ActionIcon
          key={button.key}
          variant="subtle"
          color={button.key === 'delete' ? 'red' : 'gray'}
          size="xl"
          onClick={actions[button.action]}
          disabled={disabled[button.key]}
          aria-label={t(button.message, { label })}
          title={t(button.message, { label })}
          data-testid={`fb-field-${button.key}-${id}`}
        >
          <button.icon size={20} />
        </ActionIcon>
      ))}
    </Group>
  );
}

/** One field in the builder's list: drag handle, type, name, key, badges, move/duplicate/delete. */
export function FieldRow(props: FieldRowProps) {
  const { field, id, selected, readOnly, actions, drag } = props;
  const t = useT();
  const lang = useLang();
  const Icon = fieldTypeIcons[field.type];
  const label = pickText(field.label, lang) || field.key;
  return (
    <Paper
      withBorder
      p={6}
      radius="md"
      className="fb-row"
      data-selected={selected || undefined}
      data-drop-target={drag.isDropTarget || undefined}
      draggable={!readOnly}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
      data-testid={`fb-row-${id}`}
    >
      <Group gap={4} wrap="wrap" justify="space-between">
        <Group gap={6} wrap="nowrap" className="fb-row-main">
          {!readOnly && (
            <IconGripVertical
              size={20}
              className="fb-row-grip"
              aria-label={t('formBuilder.list.drag')}
              role="img"
            />
          )}
          <UnstyledButton
            onClick={actions.onSelect}
            className="fb-row-select"
            aria-pressed={selected}
            data-testid={`fb-field-${id}`}
          >
            <Group gap={8} wrap="nowrap">
              <Icon size={20} />
              <div className="fb-row-text">
                <Text fw={600} truncate>
                  {label}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {t(fieldTypeName(field.type))} · <span className="fb-mono">{field.key}</span>
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        </Group>
        <Group gap={4} wrap="nowrap" ml="auto">
          <FieldBadges field={field} conditional={props.conditional} problemCount={props.problemCount} />
          {!readOnly && (
            <RowButtons id={id} label={label} index={props.index} count={props.count} actions={actions} />
          )}
        </Group>
      </Group>
    </Paper>
  );
}
