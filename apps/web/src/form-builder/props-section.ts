import type { FormField } from '@nguon/forms';

/** What every part of the property panel gets. */
export interface PropsSectionProps {
  field: FormField;
  onChange: (next: FormField) => void;
  readOnly: boolean;
  /** The message of a problem at `rest` (`label`, `min`, `choices/2`…) of this field, if any. */
  errorFor: (rest: string) => string | undefined;
}
