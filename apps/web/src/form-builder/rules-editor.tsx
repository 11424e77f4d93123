import { Button, Stack, Text, Title } from '@mantine/core';
import { type ConditionalRule, type FormModel, fieldCapabilities, positionalRuleId } from '@nguon/forms';
import { IconPlus } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';
import { RuleRow } from './rule-row';
import { firstValueOf } from './rule-value-input';

interface RulesEditorProps {
  model: FormModel;
  onChange: (rules: ConditionalRule[]) => void;
  readOnly: boolean;
  /** Message of a problem of rule `index`, if any. */
  errorFor: (index: number) => string | undefined;
}

/** Rule ids only key the rows; parsing renumbers them, so any id not in use will do. */
function freeRuleId(rules: readonly ConditionalRule[]): string {
  const used = new Set(rules.map((rule) => rule.id));
  let index = rules.length;
  while (used.has(positionalRuleId(index))) index += 1;
  return positionalRuleId(index);
}

/** A new rule on the first field that can be tested, showing the first field it may show (none would not compile). */
export function newRule(model: FormModel): ConditionalRule | null {
  const condition = model.fields.find((field) => fieldCapabilities[field.type].canBeCondition);
  if (!condition) return null;
  const target = model.fields.find((field) => field.key !== condition.key && !field.required);
  return {
    id: freeRuleId(model.rules),
    when: condition.key,
    equals: firstValueOf(condition),
    effect: 'show',
    targets: target ? [target.key] : [],
  };
}

/** The form's conditions, each a sentence; "Thêm điều kiện" needs a field that can be tested. */
export function RulesEditor({ model, onChange, readOnly, errorFor }: RulesEditorProps) {
  const t = useT();
  const starter = newRule(model);
  const replace = (index: number, rule: ConditionalRule) =>
    onChange(model.rules.map((other, at) => (at === index ? rule : other)));
  return (
    <Stack gap="xs">
      <div>
        <Title order={2} size="h4">
          {t('formBuilder.rules.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('formBuilder.rules.intro')}
          {model.rules.length === 0 && ` ${t('formBuilder.rules.empty')}`}
        </Text>
      </div>
      {model.rules.map((rule, index) => (
        <RuleRow
          key={rule.id}
          rule={rule}
          index={index}
          fields={model.fields}
          onChange={(next) => replace(index, next)}
          onRemove={() => onChange(model.rules.filter((_, at) => at !== index))}
          readOnly={readOnly}
          error={errorFor(index)}
        />
      ))}
      {!readOnly && (
        <>
          {!starter && (
            <Text size="sm" c="dimmed">
              {t('formBuilder.rules.noConditionField')}
            </Text>
          )}
          <Button
            variant="light"
            leftSection={<IconPlus size={18} />}
            onClick={() => starter && onChange([...model.rules, starter])}
            disabled={!starter}
            data-testid="fb-rule-add"
          >
            {t('formBuilder.rules.add')}
          </Button>
        </>
      )}
    </Stack>
  );
}
