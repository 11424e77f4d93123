import {
  type LabelDesign,
  type LabelSize,
  type LabelTextRun,
  labelCodeRun,
  labelDesign,
  labelHintRuns,
  labelNameRuns,
} from '@nguon/domain';

export type { LabelTextRun } from '@nguon/domain';

/** One label to print: `code` is the grouped serial people read ("7KQM 3XWP 9D2F H"), `url` the Digital Link. */
export interface LabelPrintItem {
  seq: number;
  serial: string;
  url: string;
  code: string;
  productName: string | null;
}

/**
 * The text runs of a label for one layout, by the domain's fitting rule (the web's preview uses the same);
 * product names repeat across a batch, so their fitting is cached.
 */
export function createLabelTexts(size: LabelSize) {
  const design: LabelDesign = labelDesign(size);
  const fittedNames = new Map<string, LabelTextRun[]>();
  const nameRuns = (name: string) => {
    if (!design.name) return [];
    let runs = fittedNames.get(name);
    if (runs === undefined) {
      runs = labelNameRuns(design.name, name);
      if (fittedNames.size < 1000) fittedNames.set(name, runs);
    }
    return runs;
  };
  const hints = labelHintRuns(design);
  const textsOf = (item: LabelPrintItem): LabelTextRun[] => [
    ...(item.productName ? nameRuns(item.productName) : []),
    ...(design.code ? [labelCodeRun(design.code, item.code)] : []),
    ...hints,
  ];
  return { design, textsOf };
}
