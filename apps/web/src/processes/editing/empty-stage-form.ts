import type { StageForm } from '@nguon/domain';
import { compileFormModel, emptyFormModel } from '@nguon/forms';

/** The form a new stage starts with: no fields yet. */
export function emptyStageForm(): StageForm {
  return compileFormModel(emptyFormModel());
}
