import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { StageForm } from '@nguon/domain';
import { type FormModel, type FormProblem, parseFormSchema } from '@nguon/forms';
import { useMemo, useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { ProblemsPanel } from './problems-panel';

type Outcome =
  | { kind: 'refused'; message: MessageKey }
  | { kind: 'problems'; problems: FormProblem[] }
  | { kind: 'applied' };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The typed text as a form model, or why it is not one; nothing is changed here. */
export function readFormJson(
  text: string,
): { ok: true; model: FormModel } | Exclude<Outcome, { kind: 'applied' }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'refused', message: 'formBuilder.json.notJson' };
  }
  if (
    !isObject(value) ||
    !isObject(value.schema) ||
    !(value.uiSchema === undefined || isObject(value.uiSchema))
  ) {
    return { kind: 'refused', message: 'formBuilder.json.shape' };
  }
  const parsed = parseFormSchema(value.schema, value.uiSchema ?? {}, { compile: false }); // no ajv codegen under our CSP
  return parsed.ok ? { ok: true, model: parsed.model } : { kind: 'problems', problems: parsed.problems };
}

interface JsonTabProps {
  form: StageForm;
  readOnly: boolean;
  onApply: (model: FormModel) => void;
}

function OutcomeAlert({ outcome }: { outcome: Outcome | null }) {
  const t = useT();
  switch (outcome?.kind) {
    case 'refused':
      return (
        <Alert color="red" data-testid="fb-json-error">
          {t(outcome.message)}
        </Alert>
      );
    case 'problems': {
      const title = t('formBuilder.json.rejected', { count: outcome.problems.length });
      return (
        <ProblemsPanel
          problems={outcome.problems}
          model={null}
          color="red"
          title={title}
          testId="fb-json-error"
        />
      );
    }
    case 'applied':
      return (
        <Alert color="leaf" data-testid="fb-json-applied">
          {t('formBuilder.json.applied')}
        </Alert>
      );
    default:
      return null;
  }
}

/** schema + uiSchema as editable JSON; "Áp dụng" replaces the form only when the text parses as one. */
export function JsonTab({ form, readOnly, onApply }: JsonTabProps) {
  const t = useT();
  const current = useMemo(
    () => JSON.stringify({ schema: form.schema, uiSchema: form.uiSchema }, null, 2),
    [form],
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const edit = (text: string | null) => {
    setDraft(text);
    setOutcome(null);
  };
  const apply = () => {
    const read = readFormJson(draft ?? current);
    if (!('ok' in read)) return setOutcome(read);
    onApply(read.model);
    setDraft(null);
    setOutcome({ kind: 'applied' });
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('formBuilder.json.intro')}
      </Text>
      <OutcomeAlert outcome={outcome} />
      <Textarea
        aria-label={t('formBuilder.json.label')}
        value={draft ?? current}
        onChange={(event) => edit(event.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={12}
        maxRows={32}
        classNames={{ input: 'fb-mono fb-json' }}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        data-testid="fb-json-editor"
      />
      {!readOnly && (
        <Group justify="flex-end">
          <Button
            variant="default"
            disabled={draft === null}
            onClick={() => edit(null)}
            data-testid="fb-json-reset"
          >
            {t('formBuilder.json.reset')}
          </Button>
          <Button onClick={apply} disabled={draft === null} data-testid="fb-json-apply">
            {t('formBuilder.json.apply')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
