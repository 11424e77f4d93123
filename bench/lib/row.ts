/** One printed figure; `ratio` is value / the baseline row's value, measured in the same run. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
}

/** A row name with its target; MISSED marks a figure over it (benchmarks print, tests assert). */
export const against = (name: string, value: number, target: number, unit: string): string =>
  `${name} (target < ${target} ${unit})${value < target ? '' : ' MISSED'}`;
