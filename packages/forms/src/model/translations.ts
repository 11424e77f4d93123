import { type LocalizedText, lacksEnglish } from '@nguon/domain';
import type { FormField, FormModel } from './form-model';

/**
 * Where a form's words still lack English, as paths in the model: `label`, `help`, `choices/1` under a
 * field (`fields/<key>/…`, group sub-fields `fields/<group>/fields/<key>/…`). Blank English follows the
 * Vietnamese, so these are not errors: the form works, English readers see Vietnamese there.
 */
export function untranslatedTexts(model: FormModel): string[] {
  return model.fields.flatMap((field) => untranslatedOfField(field, `fields/${field.key}`));
}

function untranslatedOfField(field: FormField, at: string): string[] {
  const subs = field.fields.flatMap((sub) => untranslatedOfField(sub, `${at}/fields/${sub.key}`));
  return [...ownUntranslated(field, at), ...subs];
}

function ownUntranslated(field: FormField, at: string): string[] {
  const texts: Array<[string, LocalizedText]> = [
    [`${at}/label`, field.label],
    [`${at}/help`, field.help],
    ...field.choices.map((choice, index): [string, LocalizedText] => [
      `${at}/choices/${index}`,
      choice.label,
    ]),
  ];
  return texts.filter(([, text]) => lacksEnglish(text)).map(([path]) => path);
}

/** The number of a field's own texts (label, help, choices; not its sub-fields) that lack English. */
export function untranslatedCount(field: FormField): number {
  return ownUntranslated(field, '').length;
}
