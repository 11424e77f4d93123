import { choiceValuePattern, type FieldChoice } from '@nguon/forms';
import { uniqueFieldKey } from './field-keys';

/** A stored choice value from a label: like field keys but may start with a digit, up to 60 characters. */
export function choiceValueFromLabel(label: string): string {
  const slug = label
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 56);
  return slug === '' ? 'lua_chon' : slug;
}

/** A label edit of choice `index`; the value follows the Vietnamese label while it was made from it. */
export function relabelChoice(
  choices: FieldChoice[],
  index: number,
  label: FieldChoice['label'],
): FieldChoice[] {
  return choices.map((choice, at) => {
    if (at !== index) return choice;
    const follows = choice.value === choiceValueFromLabel(choice.label.vi);
    if (!follows || label.vi === choice.label.vi || label.vi.trim() === '') return { ...choice, label };
    const taken = new Set(choices.filter((_, other) => other !== index).map((other) => other.value));
    return { label, value: uniqueFieldKey(choiceValueFromLabel(label.vi), taken) };
  });
}

/** A new choice "Lựa chọn n" / "Option n" under a value no other choice has. */
export function newChoice(choices: FieldChoice[], label: FieldChoice['label']): FieldChoice {
  const taken = new Set(choices.map((choice) => choice.value));
  return { value: uniqueFieldKey(choiceValueFromLabel(label.vi), taken), label };
}

export const isChoiceValue = (value: string): boolean => choiceValuePattern.test(value);
