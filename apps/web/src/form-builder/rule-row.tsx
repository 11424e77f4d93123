import { ActionIcon, Group, MultiSelect, Paper, Select, Text } from '@mantine/core';
import { type ConditionalRule, type FormField, fieldCapabilities, pickText } from '@nguon/forms';
import { IconTrash } from '@tabler/icons-react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { firstValueOf, RuleValueInput } from './rule-value-input';

const effects: ConditionalRule['effect'][] = ['show', 'require', 'showAndRequire'];

export interface RuleRowProps {
  rule: ConditionalRule;
  index: number;
  fields: FormField[];
  onChange: (rule: ConditionalRule) => void;
  onRemove: () => void;
  readOnly: boolean;
  error: string | undefined;
}

function useFieldName() {
  const lang = useLang();
  return (field: FormField) => pickText(field.label, lang) || field.key;
}

/** "Khi [trường] là [giá trị] thì [hiện / bắt buộc / hiện và bắt buộc]". */
function RuleSentence({ rule, index, fields, onChange, readOnly }: RuleRowProps) {
  const t = useT();
  const name = useFieldName();
  const conditions = fields.filter((field) => fieldCapabilities[field.type].canBeCondition);
  const pickCondition = (key: string | null) => {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) return;
    const targets = rule.targets.filter((target) => target !== field.key);
    onChange({ ...rule, when: field.key, equals: firstValueOf(field), targets });
  };
  const pickEffect = (value: string | null) => {
    const effect = effects.find((candidate) => candidate === value);
    if (effect) onChange({ ...rule, effect });
  };
  const common = { allowDeselect: false, readOnly, comboboxProps: { withinPortal: true } };
  return (
    <Group gap="xs" align="center" wrap="wrap" className="fb-rule-sentence">
      <Text>{t('formBuilder.rules.when')}</Text>
      <Select
        {...common}
        aria-label={t('formBuilder.rules.field')}
        data={conditions.map((field) => ({ value: field.key, label: name(field) }))}
        value={rule.when}
        onChange={pickCondition}
        data-testid={`fb-rule-when-${index}`}
      />
      <Text>{t('formBuilder.rules.is')}</Text>
      <RuleValueInput
        field={fields.find((field) => field.key === rule.when)}
        value={rule.equals}
        onChange={(equals) => onChange({ ...rule, equals })}
        readOnly={readOnly}
        testId={`fb-rule-equals-${index}`}
      />
      <Text>{t('formBuilder.rules.then')}</Text>
      <Select
        {...common}
        aria-label={t('formBuilder.rules.effect')}
        data={effects.map((effect) => ({ value: effect, label: t(`formBuilder.rules.effect.${effect}`) }))}
        value={rule.effect}
        onChange={pickEffect}
        data-testid={`fb-rule-effect-${index}`}
      />
    </Group>
  );
}

/** "[các trường]": a required field cannot be shown by a rule, a heading cannot be required. */
function RuleTargets({ rule, index, fields, onChange, readOnly, error }: RuleRowProps) {
  const t = useT();
  const name = useFieldName();
  const shows = rule.effect !== 'require';
  const requires = rule.effect !== 'show';
  const targets = fields.filter(
    (field) => field.key !== rule.when && (!requires || fieldCapabilities[field.type].canBeRequired),
  );
  return (
    <MultiSelect
      mt="xs"
      aria-label={t('formBuilder.rules.targets')}
      placeholder={t('formBuilder.rules.targetsPlaceholder')}
      data={targets.map((field) => ({
        value: field.key,
        label: name(field),
        disabled: shows && field.required,
      }))}
      value={rule.targets}
      onChange={(keys) => onChange({ ...rule, targets: keys })}
      readOnly={readOnly}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={`fb-rule-targets-${index}`}
    />
  );
}

/** One condition of the form, as a sentence the owner reads left to right. */
export function RuleRow(props: RuleRowProps) {
  const { index, onRemove, readOnly } = props;
  const t = useT();
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`fb-rule-${index}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('formBuilder.rules.number', { n: index + 1 })}
        </Text>
        {!readOnly && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="xl"
            onClick={onRemove}
            aria-label={t('formBuilder.rules.remove', { n: index + 1 })}
            data-testid={`fb-rule-remove-${index}`}
          >
            <IconTrash size={20} />
          </ActionIcon>
        )}
      </Group>
      <RuleSentence {...props} />
      <RuleTargets {...props} />
    </Paper>
  );
}
