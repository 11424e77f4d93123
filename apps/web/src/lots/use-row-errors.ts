import type { TransformationFault } from '@nguon/domain';
import { unitLabel } from '@nguon/forms';
import { useLang } from '../i18n/lang-store';
import { type Translate, useT } from '../i18n/use-t';
import { formatQuantity, quantityProblemMessages } from './lot-text';
import { draftProblems, type TransformationDraft, type YieldResult } from './transformation-draft';

function faultMessage(fault: TransformationFault, t: Translate, lang: 'vi' | 'en'): [string, string] {
  switch (fault.kind) {
    case 'exceeds_remaining':
      return [
        `/inputs/${fault.index}/quantity`,
        t('lots.transform.exceeds', { remaining: formatQuantity(fault.remaining, fault.unit, lang) }),
      ];
    case 'unit_mismatch':
      return [
        `/${fault.side}/${fault.index}/unit`,
        t('lots.transform.unitMismatch', {
          unit: unitLabel(fault.unit, lang),
          expected: unitLabel(fault.expected, lang),
        }),
      ];
    case 'duplicate_input':
      return [`/inputs/${fault.index}/quantity`, t('lots.transform.duplicate')];
  }
}

/**
 * The message of every row field, by body pointer: the server's answer first, then the quantity rules checked
 * as the clerk types (remaining, units), then refused numbers as typed and blanks once they tried to send.
 */
export function useRowErrors(
  draft: TransformationDraft,
  yieldResult: YieldResult,
  checked: boolean,
  server: Map<string, string>,
): Map<string, string> {
  const t = useT();
  const lang = useLang();
  const errors = new Map<string, string>();
  for (const [pointer, problem] of draftProblems(draft)) {
    // text the number rule refuses is said at once; a blank or a zero only once they tried to send
    const refused = problem !== 'required' && problem !== 'positive';
    if (checked || refused) errors.set(pointer, t(quantityProblemMessages[problem]));
  }
  if (yieldResult && !yieldResult.ok) {
    for (const fault of yieldResult.faults) errors.set(...faultMessage(fault, t, lang));
  }
  for (const [pointer, message] of server) errors.set(pointer, message);
  return errors;
}
