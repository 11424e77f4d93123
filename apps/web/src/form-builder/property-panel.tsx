import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { type FieldType, type FormField, fieldCapabilities, pickText } from '@nguon/forms';
import { IconChevronLeft } from '@tabler/icons-react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ChoicesEditor } from './choices-editor';
import { FieldPalette } from './field-palette';
import { fieldTypeIcons, fieldTypeName } from './field-types';
import { DefaultProp } from './props-default';
import { CatalogProp, FlagProps, LimitProps, PatternProp, UnitProp } from './props-options';
import type { PropsSectionProps } from './props-section';
import { KeyProp, LabelProps } from './props-text';

export interface PropertyPanelProps extends PropsSectionProps {
  /** Keys of the field's siblings, its own excluded. */
  takenKeys: ReadonlySet<string>;
  onRename: (key: string) => void;
  catalogs: Array<{ id: string; name: { vi: string; en: string } }>;
  /** Opens the catalog creation; the new catalog becomes this field's. */
  onCreateCatalog?: (() => void) | undefined;
  /** The group holding this sub-field, to go back to it. */
  parent: FormField | null;
  onSelectParent: () => void;
  onAddSubField: (type: FieldType) => void;
}

function PanelHeader({
  field,
  parent,
  onSelectParent,
}: Pick<PropertyPanelProps, 'field' | 'parent' | 'onSelectParent'>) {
  const t = useT();
  const lang = useLang();
  const Icon = fieldTypeIcons[field.type];
  return (
    <Stack gap={4}>
      {parent && (
        <Group>
          <Button
            variant="subtle"
            size="compact-md"
            leftSection={<IconChevronLeft size={18} />}
            onClick={onSelectParent}
            data-testid="fb-group-back"
          >
            {t('formBuilder.group.back', { label: pickText(parent.label, lang) || parent.key })}
          </Button>
        </Group>
      )}
      <Group gap="xs" wrap="nowrap">
        <Icon size={22} />
        <Title order={2} size="h4">
          {t('formBuilder.props.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {t(fieldTypeName(field.type))}
      </Text>
    </Stack>
  );
}

/** Everything about the selected field, the parts shown depending on what its type can hold. */
export function PropertyPanel(props: PropertyPanelProps) {
  const { field, readOnly } = props;
  const t = useT();
  const section: PropsSectionProps = { field, onChange: props.onChange, readOnly, errorFor: props.errorFor };
  return (
    <Stack gap="md" data-testid="fb-properties">
      <PanelHeader field={field} parent={props.parent} onSelectParent={props.onSelectParent} />
      {field.type === 'heading' && (
        <Text size="sm" c="dimmed">
          {t('formBuilder.props.headingNote')}
        </Text>
      )}
      <LabelProps {...section} />
      <KeyProp fieldKey={field.key} taken={props.takenKeys} onRename={props.onRename} readOnly={readOnly} />
      <FlagProps {...section} />
      <UnitProp {...section} />
      <LimitProps {...section} />
      <PatternProp {...section} />
      <CatalogProp {...section} catalogs={props.catalogs} onCreate={props.onCreateCatalog} />
      <ChoicesEditor {...section} />
      <DefaultProp {...section} />
      {fieldCapabilities[field.type].subFields && !readOnly && (
        <Stack gap="xs">
          <Divider />
          <Title order={3} size="h5">
            {t('formBuilder.group.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('formBuilder.group.hint')}
          </Text>
          <FieldPalette inGroup onAdd={props.onAddSubField} />
        </Stack>
      )}
    </Stack>
  );
}
