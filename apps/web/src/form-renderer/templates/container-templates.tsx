import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  type ArrayFieldItemTemplateProps,
  type ArrayFieldTemplateProps,
  getUiOptions,
  type ObjectFieldTemplateProps,
  type RJSFSchema,
} from '@rjsf/utils';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormValue, formTranslate, type RendererFormContext } from '../renderer-context';

/** The form (and each group row): its fields one under the other. */
export function ObjectFieldTemplate(
  props: ObjectFieldTemplateProps<FormValue, RJSFSchema, RendererFormContext>,
) {
  return (
    <Stack gap="lg" id={props.fieldPathId.$id}>
      {props.properties.filter((property) => !property.hidden).map((property) => property.content)}
    </Stack>
  );
}

/** A repeating group: its title, its rows as cards, and "Thêm dòng". */
export function ArrayFieldTemplate(
  props: ArrayFieldTemplateProps<FormValue, RJSFSchema, RendererFormContext>,
) {
  const {
    title,
    required,
    schema,
    uiSchema,
    items,
    canAdd,
    onAddClick,
    disabled,
    readonly,
    registry,
    fieldPathId,
  } = props;
  const help = getUiOptions(uiSchema).description ?? schema.description;
  const t = formTranslate(registry.formContext.lang);
  return (
    <Stack gap="sm" id={fieldPathId.$id} component="fieldset" className="nguon-form-group">
      <legend className="nguon-form-label">
        {title}
        {required && (
          <Text span c="red" aria-hidden>
            {' *'}
          </Text>
        )}
      </legend>
      {help && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('formRenderer.noRows')}
        </Text>
      )}
      {items}
      {canAdd && !readonly && (
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={onAddClick}
          disabled={disabled}
          data-testid={`form-add-row-${fieldPathId.$id}`}
        >
          {t('formRenderer.addRow')}
        </Button>
      )}
    </Stack>
  );
}

/** One row of a group: "Dòng n" with move and remove buttons big enough for a thumb. */
export function ArrayFieldItemTemplate(
  props: ArrayFieldItemTemplateProps<FormValue, RJSFSchema, RendererFormContext>,
) {
  const { children, buttonsProps, index, registry, readonly, disabled } = props;
  const t = formTranslate(registry.formContext.lang);
  const n = index + 1;
  const locked = readonly || disabled;
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600}>{t('formRenderer.row', { n })}</Text>
        {!locked && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="xl"
              onClick={buttonsProps.onMoveUpItem}
              disabled={!buttonsProps.hasMoveUp}
              aria-label={t('formRenderer.moveRowUp', { n })}
            >
              <IconArrowUp size={20} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="xl"
              onClick={buttonsProps.onMoveDownItem}
              disabled={!buttonsProps.hasMoveDown}
              aria-label={t('formRenderer.moveRowDown', { n })}
            >
              <IconArrowDown size={20} />
            </ActionIcon>
            {buttonsProps.hasRemove && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="xl"
                onClick={buttonsProps.onRemoveItem}
                aria-label={t('formRenderer.removeRow', { n })}
              >
                <IconTrash size={20} />
              </ActionIcon>
            )}
          </Group>
        )}
      </Group>
      {children}
    </Paper>
  );
}
