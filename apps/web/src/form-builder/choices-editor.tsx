import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FieldChoice, fieldCapabilities } from '@nguon/forms';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { translate, useT } from '../i18n/use-t';
import { isChoiceValue, newChoice, relabelChoice } from './choice-values';
import type { PropsSectionProps } from './props-section';

function moved(choices: FieldChoice[], from: number, to: number): FieldChoice[] {
  const next = [...choices];
  const [choice] = next.splice(from, 1);
  if (choice) next.splice(to, 0, choice);
  return next;
}

interface ChoiceRowProps {
  choice: FieldChoice;
  index: number;
  count: number;
  readOnly: boolean;
  error: string | undefined;
  setChoices: (update: (choices: FieldChoice[]) => FieldChoice[]) => void;
}

function ChoiceInputs({ choice, index, readOnly, error, setChoices }: ChoiceRowProps) {
  const t = useT();
  const label = (lang: 'vi' | 'en', text: string) =>
    setChoices((choices) => relabelChoice(choices, index, { ...choice.label, [lang]: text }));
  const value = (text: string) =>
    setChoices((choices) =>
      choices.map((other, at) => (at === index ? { ...other, value: text.trim() } : other)),
    );
  return (
    <div className="fb-grid fb-grid-3">
      {(['vi', 'en'] as const).map((lang) => (
        <TextInput
          key={lang}
          label={t(lang === 'vi' ? 'formBuilder.choices.labelVi' : 'formBuilder.choices.labelEn')}
          value={choice.label[lang]}
          // blank English follows the Vietnamese: show what English readers will see
          placeholder={lang === 'en' ? choice.label.vi : undefined}
          onChange={(event) => label(lang, event.currentTarget.value)}
          readOnly={readOnly}
          data-testid={`fb-choice-label-${lang}-${index}`}
        />
      ))}
      <TextInput
        label={t('formBuilder.choices.value')}
        value={choice.value}
        onChange={(event) => value(event.currentTarget.value)}
        readOnly={readOnly}
        error={!isChoiceValue(choice.value) ? t('formBuilder.choices.valueFormat') : error}
        spellCheck={false}
        data-testid={`fb-choice-value-${index}`}
      />
    </div>
  );
}

function ChoiceButtons({ index, count, setChoices }: ChoiceRowProps) {
  const t = useT();
  const n = index + 1;
  const buttons = [
    { key: 'up', icon: IconArrowUp, label: t('formBuilder.choices.moveUp', { n }), disabled: index === 0 },
    {
      key: 'down',
      icon: IconArrowDown,
      label: t('formBuilder.choices.moveDown', { n }),
      disabled: index === count - 1,
    },
  ];
  return (
    <Group gap={0} justify="flex-end" mt={4}>
      {buttons.map((button) => (
        <ActionIcon
          key={button.key}
          variant="subtle"
          color="gray"
          size="xl"
          disabled={button.disabled}
          aria-label={button.label}
          onClick={() =>
            setChoices((choices) => moved(choices, index, button.key === 'up' ? index - 1 : index + 1))
          }
          data-testid={`fb-choice-${button.key}-${index}`}
        >
          <button.icon size={20} />
        </ActionIcon>
      ))}
      <ActionIcon
        variant="subtle"
        color="red"
        size="xl"
        aria-label={t('formBuilder.choices.remove', { n })}
        onClick={() => setChoices((choices) => choices.filter((_, at) => at !== index))}
        data-testid={`fb-choice-remove-${index}`}
      >
        <IconTrash size={20} />
      </ActionIcon>
    </Group>
  );
}

function ChoiceRow(props: ChoiceRowProps) {
  return (
    <Paper withBorder p="xs" radius="md">
      <ChoiceInputs {...props} />
      {!props.readOnly && <ChoiceButtons {...props} />}
    </Paper>
  );
}

/** The choices of a choice or multiChoice field: label vi/en and stored value; add, remove, reorder. */
export function ChoicesEditor({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  if (!fieldCapabilities[field.type].choices) return null;
  const setChoices = (update: (choices: FieldChoice[]) => FieldChoice[]) =>
    onChange({ ...field, choices: update(field.choices) });
  const add = () => {
    const n = field.choices.length + 1;
    // English follows the Vietnamese label until the owner writes one
    const label = { vi: translate('vi', 'formBuilder.choices.newLabel', { n }), en: '' };
    setChoices((choices) => [...choices, newChoice(choices, label)]);
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('formBuilder.choices.title')}
      </Title>
      {field.choices.length === 0 && (
        <Text size="sm" c="red">
          {errorFor('choices') ?? t('formBuilder.choices.empty')}
        </Text>
      )}
      {field.choices.map((choice, index) => (
        <ChoiceRow
          // biome-ignore lint/suspicious/noArrayIndexKey: the value is being edited in the row; keyed by it, the input would lose focus at each keystroke
          key={index}
          choice={choice}
          index={index}
          count={field.choices.length}
          readOnly={readOnly}
          error={errorFor(`choices/${index}`)}
          setChoices={setChoices}
        />
      ))}
      {!readOnly && (
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={add}
          data-testid="fb-choice-add"
        >
          {t('formBuilder.choices.add')}
        </Button>
      )}
    </Stack>
  );
}
