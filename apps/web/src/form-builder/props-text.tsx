import { Stack, Textarea, TextInput } from '@mantine/core';
import type { FormField } from '@nguon/forms';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { fieldKeyProblem } from './field-keys';
import type { PropsSectionProps } from './props-section';

/** Name (vi/en) and help (vi/en) of a field. */
export function LabelProps({ field, onChange, readOnly, errorFor }: PropsSectionProps) {
  const t = useT();
  const text = (part: 'label' | 'help', lang: 'vi' | 'en', value: string): FormField => ({
    ...field,
    [part]: { ...field[part], [lang]: value },
  });
  return (
    <Stack gap="sm">
      <div className="fb-grid fb-grid-2">
        <TextInput
          label={t('formBuilder.prop.labelVi')}
          required
          value={field.label.vi}
          onChange={(event) => onChange(text('label', 'vi', event.currentTarget.value))}
          readOnly={readOnly}
          error={errorFor('label')}
          data-testid="fb-prop-label-vi"
        />
        <TextInput
          label={t('formBuilder.prop.labelEn')}
          description={t('formBuilder.prop.labelEnHint')}
          value={field.label.en}
          placeholder={field.label.vi}
          onChange={(event) => onChange(text('label', 'en', event.currentTarget.value))}
          readOnly={readOnly}
          data-testid="fb-prop-label-en"
        />
      </div>
      <div className="fb-grid fb-grid-2">
        {(['vi', 'en'] as const).map((lang) => (
          <Textarea
            key={lang}
            label={t(lang === 'vi' ? 'formBuilder.prop.helpVi' : 'formBuilder.prop.helpEn')}
            value={field.help[lang]}
            placeholder={lang === 'en' ? field.help.vi : undefined}
            onChange={(event) => onChange(text('help', lang, event.currentTarget.value))}
            readOnly={readOnly}
            autosize
            minRows={1}
            maxRows={5}
            error={lang === 'vi' ? errorFor('help') : undefined}
            data-testid={`fb-prop-help-${lang}`}
          />
        ))}
      </div>
    </Stack>
  );
}

interface KeyPropProps {
  fieldKey: string;
  /** Keys of the field's siblings, its own excluded. */
  taken: ReadonlySet<string>;
  onRename: (key: string) => void;
  readOnly: boolean;
}

/** The field's key, typed freely and applied on Enter or when leaving the box, only when it is usable. */
export function KeyProp({ fieldKey, taken, onRename, readOnly }: KeyPropProps) {
  const t = useT();
  const [draft, setDraft] = useState(fieldKey);
  useEffect(() => setDraft(fieldKey), [fieldKey]);
  const problem = draft === fieldKey ? null : fieldKeyProblem(draft, taken);
  const commit = () => {
    if (draft !== fieldKey && problem === null) onRename(draft);
  };
  const errors = {
    empty: 'formBuilder.prop.keyEmpty',
    format: 'formBuilder.prop.keyFormat',
    taken: 'formBuilder.prop.keyTaken',
  } as const;
  return (
    <TextInput
      label={t('formBuilder.prop.key')}
      description={t('formBuilder.prop.keyHint')}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value.trim())}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      readOnly={readOnly}
      error={problem ? t(errors[problem]) : undefined}
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      data-testid="fb-prop-key"
    />
  );
}
