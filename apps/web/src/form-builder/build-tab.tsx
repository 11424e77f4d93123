import { Paper, Stack, Text, Title } from '@mantine/core';
import { formProblemMessage } from '@nguon/contracts/client';
import { type FormModel, type FormProblem, pickText, untranslatedTexts } from '@nguon/forms';
import { useMemo } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FieldList } from './field-list';
import { FieldPalette } from './field-palette';
import { type FieldPath, findField, samePath, siblingsOf } from './model-ops';
import { problemSubject, problemsByField } from './problem-paths';
import { ProblemsPanel } from './problems-panel';
import { PropertyPanel } from './property-panel';
import { RulesEditor } from './rules-editor';
import type { BuilderActions } from './use-builder-actions';

export interface BuildTabProps {
  model: FormModel;
  problems: FormProblem[];
  heldProblems: FormProblem[];
  actions: BuilderActions;
  catalogs: Array<{ id: string; name: { vi: string; en: string } }>;
  onCreateCatalog?: ((chosen: (catalogId: string) => void) => void) | undefined;
  readOnly: boolean;
}

/** Messages of the problems about one field, by the part they are about (`label`, `choices/1`…). */
function useFieldErrors(problems: FormProblem[], model: FormModel, path: FieldPath | null) {
  const lang = useLang();
  return useMemo(() => {
    const own = problems.flatMap((problem) => {
      const subject = problemSubject(problem, model);
      return subject.kind === 'field' && samePath(subject.path, path)
        ? [{ rest: subject.rest, problem }]
        : [];
    });
    return (rest: string) => {
      const found = own.find((entry) => entry.rest === rest || entry.rest.startsWith(`${rest}/`));
      return found ? formProblemMessage(found.problem, lang) : undefined;
    };
  }, [problems, model, path, lang]);
}

function useRuleErrors(problems: FormProblem[], model: FormModel) {
  const lang = useLang();
  return (index: number) => {
    const found = problems.find((problem) => {
      const subject = problemSubject(problem, model);
      return subject.kind === 'rule' && subject.index === index;
    });
    return found ? formProblemMessage(found, lang) : undefined;
  };
}

function SelectedField({ model, problems, actions, catalogs, onCreateCatalog, readOnly }: BuildTabProps) {
  const t = useT();
  const path = actions.selected;
  const field = path ? findField(model, path) : undefined;
  const errorFor = useFieldErrors(problems, model, path);
  if (!path || !field) {
    return (
      <Text c="dimmed" size="sm" data-testid="fb-properties-none">
        {t('formBuilder.props.none')}
      </Text>
    );
  }
  const taken = new Set(siblingsOf(model, path.group).map((sibling) => sibling.key));
  taken.delete(path.key);
  const parent = path.group ? (findField(model, { group: null, key: path.group }) ?? null) : null;
  return (
    <PropertyPanel
      field={field}
      onChange={(next) => actions.update(path, next)}
      readOnly={readOnly}
      errorFor={errorFor}
      takenKeys={taken}
      onRename={(key) => actions.rename(path, key)}
      catalogs={catalogs}
      onCreateCatalog={
        onCreateCatalog &&
        (() => onCreateCatalog((catalogId) => actions.update(path, { ...field, catalogId })))
      }
      parent={parent}
      onSelectParent={() => parent && actions.select({ group: null, key: parent.key })}
      onAddSubField={(type) => actions.add(type, path.key)}
    />
  );
}

/** The field list beside (or above) the selected field's properties. */
function FieldsAndProperties(props: BuildTabProps) {
  const { model, problems, actions, readOnly } = props;
  const t = useT();
  const byField = useMemo(() => problemsByField(problems, model), [problems, model]);
  const conditional = useMemo(
    () => new Set(model.rules.filter((rule) => rule.effect !== 'require').flatMap((rule) => rule.targets)),
    [model.rules],
  );
  return (
    <div className="fb-columns">
      <Stack gap="xs" className="fb-column">
        <Title order={2} size="h4">
          {t('formBuilder.list.title')}
        </Title>
        <FieldList
          fields={model.fields}
          group={null}
          selected={actions.selected}
          problems={byField}
          conditional={conditional}
          readOnly={readOnly}
          onSelect={actions.select}
          onMove={actions.move}
          onDuplicate={actions.duplicate}
          onDelete={actions.askDelete}
        />
      </Stack>
      <Paper withBorder p="md" radius="md" className="fb-column">
        <SelectedField {...props} />
      </Paper>
    </div>
  );
}

/** How many labels still show in Vietnamese to English readers: a note, not a problem. */
function UntranslatedNote({ model }: { model: FormModel }) {
  const t = useT();
  const count = useMemo(() => untranslatedTexts(model).length, [model]);
  if (count === 0) return null;
  return (
    <Text size="sm" data-testid="fb-untranslated">
      {t('formBuilder.untranslated', { count })}
    </Text>
  );
}

/** Problems, palette, fields with their properties, conditions; laid out by the builder's own width. */
export function BuildTab(props: BuildTabProps) {
  const { model, problems, heldProblems, actions, readOnly } = props;
  const t = useT();
  const lang = useLang();
  const ruleErrors = useRuleErrors(problems, model);
  const deleting = actions.deleting ? findField(model, actions.deleting) : undefined;
  const problemsTitle = t('formBuilder.problems.title', { count: problems.length });
  return (
    <Stack gap="lg">
      <ProblemsPanel
        problems={heldProblems}
        model={model}
        color="red"
        title={t('formBuilder.held.title')}
        testId="fb-held-problems"
      />
      <ProblemsPanel problems={problems} model={model} title={problemsTitle} onPick={actions.select} />
      <UntranslatedNote model={model} />
      {!readOnly && <FieldPalette onAdd={(type) => actions.add(type, null)} />}
      <FieldsAndProperties {...props} />
      <RulesEditor model={model} onChange={actions.setRules} readOnly={readOnly} errorFor={ruleErrors} />
      <ConfirmDialog
        opened={deleting !== undefined}
        title={t('formBuilder.delete.title', {
          label: deleting ? pickText(deleting.label, lang) || deleting.key : '',
        })}
        body={t('formBuilder.delete.body')}
        confirmLabel={t('formBuilder.delete.confirm')}
        loading={false}
        onConfirm={actions.confirmDelete}
        onClose={actions.cancelDelete}
      />
    </Stack>
  );
}
