import { Stack, Text } from '@mantine/core';
import type { FormField, FormProblem } from '@nguon/forms';
import { type DragEvent, useState } from 'react';
import { useT } from '../i18n/use-t';
import { FieldRow } from './field-row';
import { type FieldPath, pathId, samePath } from './model-ops';

export interface FieldListCallbacks {
  onSelect: (path: FieldPath) => void;
  onMove: (group: string | null, from: number, to: number) => void;
  onDuplicate: (path: FieldPath) => void;
  onDelete: (path: FieldPath) => void;
}

interface FieldListProps extends FieldListCallbacks {
  fields: FormField[];
  group: string | null;
  selected: FieldPath | null;
  problems: Map<string, FormProblem[]>;
  /** Keys of top-level fields a rule shows. */
  conditional: ReadonlySet<string>;
  readOnly: boolean;
}

/** Native drag and drop within one list; up/down buttons do the same for keyboards and touch screens. */
function useRowDrag(onDrop: (from: number, to: number) => void) {
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const reset = () => {
    setFrom(null);
    setOver(null);
  };
  return (index: number, id: string) => ({
    isDropTarget: from !== null && over === index && from !== index,
    onDragStart: (event: DragEvent) => {
      event.stopPropagation();
      event.dataTransfer?.setData('text/plain', id);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      setFrom(index);
    },
    onDragOver: (event: DragEvent) => {
      if (from === null) return;
      event.preventDefault();
      event.stopPropagation();
      setOver(index);
    },
    onDrop: (event: DragEvent) => {
      if (from === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (from !== index) onDrop(from, index);
      reset();
    },
    onDragEnd: reset,
  });
}

/** The fields of the form (or of one group), in order, each with its actions; groups list their sub-fields. */
export function FieldList(props: FieldListProps) {
  const { fields, group, selected, problems, readOnly } = props;
  const t = useT();
  const dragProps = useRowDrag((from, to) => props.onMove(group, from, to));
  if (fields.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid={group ? `fb-group-empty-${group}` : 'fb-list-empty'}>
        {group ? t('formBuilder.group.empty') : t('formBuilder.list.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={6} className={group ? 'fb-sublist' : undefined}>
      {fields.map((field, index) => {
        const path: FieldPath = { group, key: field.key };
        const id = pathId(path);
        return (
          <Stack key={field.key} gap={6}>
            <FieldRow
              field={field}
              id={id}
              index={index}
              count={fields.length}
              selected={samePath(selected, path)}
              conditional={group === null && props.conditional.has(field.key)}
              problemCount={problems.get(id)?.length ?? 0}
              readOnly={readOnly}
              drag={dragProps(index, id)}
              actions={{
                onSelect: () => props.onSelect(path),
                onMoveUp: () => props.onMove(group, index, index - 1),
                onMoveDown: () => props.onMove(group, index, index + 1),
                onDuplicate: () => props.onDuplicate(path),
                onDelete: () => props.onDelete(path),
              }}
            />
            {field.type === 'group' && group === null && (
              <FieldList {...props} fields={field.fields} group={field.key} />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
