import { Button, Stack, Text, Title } from '@mantine/core';
import { type FieldType, fieldCapabilities, fieldTypes } from '@nguon/forms';
import { useT } from '../i18n/use-t';
import { fieldTypeIcons, fieldTypeName } from './field-types';

interface FieldPaletteProps {
  onAdd: (type: FieldType) => void;
  /** The palette of a group's sub-fields: no groups, no headings. */
  inGroup?: boolean;
}

/** Every field type as a button with its icon; a tap adds a field of that type. */
export function FieldPalette({ onAdd, inGroup = false }: FieldPaletteProps) {
  const t = useT();
  const types = inGroup ? fieldTypes.filter((type) => fieldCapabilities[type].inGroup) : fieldTypes;
  const prefix = inGroup ? 'fb-sub-palette' : 'fb-palette';
  return (
    <Stack gap="xs">
      {!inGroup && (
        <div>
          <Title order={2} size="h4">
            {t('formBuilder.palette.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('formBuilder.palette.hint')}
          </Text>
        </div>
      )}
      <div className="fb-grid fb-grid-palette">
        {types.map((type) => {
          const Icon = fieldTypeIcons[type];
          return (
            <Button
              key={type}
              variant="default"
              justify="flex-start"
              leftSection={<Icon size={18} />}
              onClick={() => onAdd(type)}
              aria-label={t('formBuilder.palette.add', { type: t(fieldTypeName(type)) })}
              data-testid={`${prefix}-${type}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.2 } }}
            >
              {t(fieldTypeName(type))}
            </Button>
          );
        })}
      </div>
    </Stack>
  );
}
