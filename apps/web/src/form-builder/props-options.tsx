import { Button, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { fieldCapabilities, type LimitKind, units } from '@nguon/forms';
import { IconPlus } from '@tabler/icons-react';
import { DraftNumberInput } from '../form-renderer/widgets/draft-number-input';
import { useLang } from '../i18n/lang-store';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import type { PropsSectionProps } from './props-section';

/** Required, and shown to consumers. */
export function FlagProps({ field, onChange, readOnly }: PropsSectionProps) {
  const t = useT();
  const can = fieldCapabilities[field.type];
  if (!can.canBeRequired) return null;
  return (
    <Stack gap="sm">
      <Switch
        size="md"
        label={t('formBuilder.prop.required')}
        checked={field.required}
        onChange={(event) => onChange({ ...field, required: event.currentTarget.checked })}
        disabled={readOnly}
        data-testid="fb-prop-required"
      />
      <Switch
        size="md"
        label={t('formBuilder.prop.public')}
        description={t('formBuilder.prop.publicHint')}
        checked={field.public}
        onChange={(event) => onChange({ ...field, public: event.currentTarget.checked })}
        disabled={readOnly}
        data-testid="fb-prop-public"
      />
    </Stack>
  );
}

const limitLabels: Record<LimitKind, [MessageKey, MessageKey]> = {
  length: ['formBuilder.prop.minLength', 'formBuilder.prop.maxLength'],
  value: ['formBuilder.prop.minValue', 'formBuilder.prop.maxValue'],
  items: ['formBuilder.prop.minItems', 'formBuilder.prop.maxItems'],
};

/** min/max, named after what they bound: characters, value or items. */
export function LimitProps({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  const kind = fieldCapabilities[field.type].limits;
  if (!kind) return null;
  const [minLabel, maxLabel] = limitLabels[kind];
  const counts = kind !== 'value';
  return (
    <SimpleGrid cols={2} spacing="sm">
      <DraftNumberInput
        label={t(minLabel)}
        value={field.min ?? undefined}
        onNumberChange={(min) => onChange({ ...field, min: min ?? null })}
        allowDecimal={!counts}
        allowNegative={!counts}
        readOnly={readOnly}
        error={errorFor('min')}
        data-testid="fb-prop-min"
      />
      <DraftNumberInput
        label={t(maxLabel)}
        value={field.max ?? undefined}
        onNumberChange={(max) => onChange({ ...field, max: max ?? null })}
        allowDecimal={!counts}
        allowNegative={!counts}
        readOnly={readOnly}
        error={errorFor('max')}
        data-testid="fb-prop-max"
      />
    </SimpleGrid>
  );
}

export function PatternProp({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  if (!fieldCapabilities[field.type].pattern) return null;
  return (
    <TextInput
      label={t('formBuilder.prop.pattern')}
      description={t('formBuilder.prop.patternHint')}
      value={field.pattern ?? ''}
      onChange={(event) =>
        onChange({ ...field, pattern: event.currentTarget.value === '' ? null : event.currentTarget.value })
      }
      readOnly={readOnly}
      error={errorFor('pattern')}
      spellCheck={false}
      data-testid="fb-prop-pattern"
    />
  );
}

/** The units, grouped by what they measure, each as "kg — kilôgam". */
function useUnitOptions() {
  const t = useT();
  const lang = useLang();
  const dimensions = [...new Set(units.map((unit) => unit.dimension))];
  return dimensions.map((dimension) => ({
    group: t(`formBuilder.dimension.${dimension}`),
    items: units
      .filter((unit) => unit.dimension === dimension)
      .map((unit) => ({
        value: unit.code,
        label: unit.symbol ? `${unit.symbol} — ${unit.name[lang]}` : unit.name[lang],
      })),
  }));
}

export function UnitProp({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  const options = useUnitOptions();
  if (!fieldCapabilities[field.type].unit) return null;
  return (
    <Select
      label={t('formBuilder.prop.unit')}
      placeholder={t('formBuilder.prop.unitPlaceholder')}
      data={options}
      value={field.unit}
      onChange={(unit) => onChange({ ...field, unit })}
      searchable
      clearable
      readOnly={readOnly}
      error={errorFor('unit')}
      comboboxProps={{ withinPortal: true }}
      data-testid="fb-prop-unit"
    />
  );
}

interface CatalogPropProps extends PropsSectionProps {
  catalogs: Array<{ id: string; name: { vi: string; en: string } }>;
  onCreate?: (() => void) | undefined;
}

/** The catalog a lookup field reads from, chosen by the owner (none at first), or created from here. */
export function CatalogProp({ field, onChange, readOnly, errorFor, catalogs, onCreate }: CatalogPropProps) {
  const t = useT();
  const lang = useLang();
  if (!fieldCapabilities[field.type].catalog) return null;
  const options = catalogs.map((catalog) => ({
    value: catalog.id,
    label: catalog.name[lang] || catalog.name.vi,
  }));
  if (field.catalogId && !options.some((option) => option.value === field.catalogId)) {
    options.push({ value: field.catalogId, label: field.catalogId });
  }
  return (
    <Stack gap={4}>
      <Select
        label={t('formBuilder.prop.catalog')}
        placeholder={t('formBuilder.prop.catalogPlaceholder')}
        data={options}
        value={field.catalogId}
        onChange={(catalogId) => onChange({ ...field, catalogId })}
        searchable
        readOnly={readOnly}
        required
        error={errorFor('catalogId')}
        comboboxProps={{ withinPortal: true }}
        data-testid="fb-prop-catalog"
      />
      {catalogs.length === 0 && (
        <Text size="sm" data-testid="fb-catalogs-empty">
          {t(onCreate ? 'formBuilder.prop.catalogsEmptyCreate' : 'formBuilder.prop.catalogsEmpty')}
        </Text>
      )}
      {onCreate && !readOnly && (
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={onCreate}
          style={{ alignSelf: 'flex-start' }}
          data-testid="fb-catalog-create"
        >
          {t('formBuilder.prop.catalogCreate')}
        </Button>
      )}
    </Stack>
  );
}
