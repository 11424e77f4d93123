import type { StageForm } from '@nguon/domain';
import {
  checkFormModel,
  compileFormModel,
  type FormModel,
  type FormProblem,
  parseFormSchema,
  parseRefusalCodes,
} from '@nguon/forms';
import { useCallback, useMemo, useState } from 'react';

// The model behind each form this builder emitted: the parent hands our own object back, so an edit
// costs one compile and no parse. Keyed by object identity; a form from elsewhere (undo, load) is parsed.
const emittedModels = new WeakMap<StageForm, FormModel>();

export interface FormModelState {
  /** null when the incoming form does not parse; `parseProblems` then says why. */
  model: FormModel | null;
  parseProblems: FormProblem[];
  /** Problems of the model (labels, choices, rules…): shown, but they do not stop editing. */
  problems: FormProblem[];
  /** Problems of the last edit that would make the form unreadable; it is kept here, not passed on. */
  heldProblems: FormProblem[];
  change: (next: FormModel) => void;
}

/** Problems that `parseFormSchema` would refuse: such a form must never reach the parent. */
export function refusals(model: FormModel): FormProblem[] {
  return checkFormModel(model).filter((problem) => parseRefusalCodes.has(problem.code));
}

function modelOf(form: StageForm): { model: FormModel | null; problems: FormProblem[] } {
  const known = emittedModels.get(form);
  if (known) return { model: known, problems: [] };
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false }); // no ajv codegen under our CSP
  return parsed.ok ? { model: parsed.model, problems: [] } : { model: null, problems: parsed.problems };
}

/**
 * The builder's model of a controlled `StageForm`. Every sound edit is compiled and passed to
 * `onChange`; an edit that would not parse back (a half-typed pattern, min above max) is held
 * locally with its problems until the owner fixes it, so the parent only ever stores readable forms.
 */
export function useFormModel(form: StageForm, onChange: (form: StageForm) => void): FormModelState {
  const parsed = useMemo(() => modelOf(form), [form]);
  const [held, setHeld] = useState<{ base: StageForm; model: FormModel; problems: FormProblem[] } | null>(
    null,
  );
  const current = held && held.base === form ? held : null;
  const model = current?.model ?? parsed.model;
  const problems = useMemo(() => (model ? checkFormModel(model) : []), [model]);

  const change = useCallback(
    (next: FormModel) => {
      const refused = refusals(next);
      if (refused.length > 0) {
        setHeld({ base: form, model: next, problems: refused });
        return;
      }
      setHeld(null);
      const compiled = compileFormModel(next);
      emittedModels.set(compiled, next);
      onChange(compiled);
    },
    [form, onChange],
  );

  return { model, parseProblems: parsed.problems, problems, heldProblems: current?.problems ?? [], change };
}
