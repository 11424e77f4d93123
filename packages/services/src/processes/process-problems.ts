import type { Lang, ProcessProblemView } from '@nguon/contracts';
import { checkProcessGraph, type ProcessDefinition, processProblemMessage } from '@nguon/domain';
import { checkStageForm, formProblemMessage } from '@nguon/forms';

/** Every problem of a definition: the graph rules, then each stage's form, with messages in `lang`. */
export function definitionProblems(definition: ProcessDefinition, lang: Lang): ProcessProblemView[] {
  const graph = checkProcessGraph(definition).map((problem) => ({
    code: problem.code,
    stageId: problem.stageId ?? null,
    edgeId: problem.edgeId ?? null,
    path: '',
    message: processProblemMessage(problem, lang),
  }));
  const forms = definition.stages.flatMap((stage) =>
    checkStageForm(stage.form).map((problem) => ({
      code: `form_${problem.code}`,
      stageId: stage.id,
      edgeId: null,
      path: problem.path,
      message: `${stage.name.vi || stage.key}: ${formProblemMessage(problem, lang)}`,
    })),
  );
  return [...graph, ...forms];
}
