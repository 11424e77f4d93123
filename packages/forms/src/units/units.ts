import type { LocalizedText } from '@nguon/domain';

export const unitDimensions = [
  'mass',
  'volume',
  'area',
  'length',
  'time',
  'temperature',
  'count',
  'ratio',
  'concentration',
  'rate',
] as const;
export type UnitDimension = (typeof unitDimensions)[number];

export interface Unit {
  /** UCUM case-sensitive code, stored in `x-unit` and in records. */
  code: string;
  /** International symbol; null when the unit is shown by its name (days, bags...). */
  symbol: string | null;
  name: LocalizedText;
  dimension: UnitDimension;
  /** Code of the unit `factor` converts to; units convert only when their bases match. */
  base: string;
  /** value in this unit × factor = value in `base`; null when not linearly convertible. */
  factor: number | null;
}

type UnitRow = [
  code: string,
  symbol: string | null,
  vi: string,
  en: string,
  base: string,
  factor: number | null,
];

const rows: Record<UnitDimension, UnitRow[]> = {
  mass: [
    ['mg', 'mg', 'miligam', 'milligram', 'g', 0.001],
    ['g', 'g', 'gam', 'gram', 'g', 1],
    ['kg', 'kg', 'kilôgam', 'kilogram', 'g', 1000],
    ['t', 't', 'tấn', 'tonne', 'g', 1_000_000],
  ],
  volume: [
    ['mL', 'mL', 'mililít', 'millilitre', 'L', 0.001],
    ['L', 'L', 'lít', 'litre', 'L', 1],
    ['m3', 'm³', 'mét khối', 'cubic metre', 'L', 1000],
  ],
  area: [
    ['m2', 'm²', 'mét vuông', 'square metre', 'm2', 1],
    ['ar', 'a', 'a (100 m²)', 'are (100 m²)', 'm2', 100],
    ['ha', 'ha', 'héc-ta', 'hectare', 'm2', 10_000],
  ],
  length: [
    ['mm', 'mm', 'milimét', 'millimetre', 'm', 0.001],
    ['cm', 'cm', 'xentimét', 'centimetre', 'm', 0.01],
    ['m', 'm', 'mét', 'metre', 'm', 1],
    ['km', 'km', 'kilômét', 'kilometre', 'm', 1000],
  ],
  time: [
    ['s', 's', 'giây', 'second', 's', 1],
    ['min', 'min', 'phút', 'minute', 's', 60],
    ['h', 'h', 'giờ', 'hour', 's', 3600],
    ['d', null, 'ngày', 'day', 's', 86_400],
    ['wk', null, 'tuần', 'week', 's', 604_800],
    // UCUM `mo` is the mean Julian month, 30.4375 days.
    ['mo', null, 'tháng', 'month', 's', 2_629_800],
  ],
  // Celsius is an offset scale: not convertible by a factor.
  temperature: [['Cel', '°C', 'độ C', 'degree Celsius', 'Cel', null]],
  // Annotated counts are different things: a bag is not a bottle.
  count: [
    ['{pcs}', null, 'cái', 'pieces', '{pcs}', null],
    ['{plant}', null, 'cây', 'plants', '{plant}', null],
    ['{bag}', null, 'bao', 'bags', '{bag}', null],
    ['{box}', null, 'thùng', 'boxes', '{box}', null],
    ['{bottle}', null, 'chai', 'bottles', '{bottle}', null],
  ],
  ratio: [
    ['%', '%', 'phần trăm', 'percent', '1', 0.01],
    ['[ppm]', 'ppm', 'phần triệu', 'parts per million', '1', 0.000_001],
    ['mg/kg', 'mg/kg', 'miligam trên kilôgam', 'milligram per kilogram', '1', 0.000_001],
    ['mL/L', 'mL/L', 'mililít trên lít', 'millilitre per litre', '1', 0.001],
  ],
  concentration: [
    ['g/L', 'g/L', 'gam trên lít', 'gram per litre', 'g/L', 1],
    ['mg/L', 'mg/L', 'miligam trên lít', 'milligram per litre', 'g/L', 0.001],
    // Fish sauce strength: grams of total nitrogen per litre; only comparable with itself.
    ['{degN}', '°N', 'độ đạm', 'degree of nitrogen (g N/L)', '{degN}', null],
    ['[pH]', 'pH', 'độ pH', 'pH', '[pH]', null],
  ],
  rate: [
    ['kg/ha', 'kg/ha', 'kilôgam trên héc-ta', 'kilogram per hectare', 'kg/ha', 1],
    ['t/ha', 't/ha', 'tấn trên héc-ta', 'tonne per hectare', 'kg/ha', 1000],
    ['g/m2', 'g/m²', 'gam trên mét vuông', 'gram per square metre', 'kg/ha', 10],
    ['L/ha', 'L/ha', 'lít trên héc-ta', 'litre per hectare', 'L/ha', 1],
  ],
};

/** The units a number field may carry, in palette order. */
export const units: readonly Unit[] = unitDimensions.flatMap((dimension) =>
  rows[dimension].map(([code, symbol, vi, en, base, factor]) => ({
    code,
    symbol,
    name: { vi, en },
    dimension,
    base,
    factor,
  })),
);

export const unitCodes: readonly string[] = units.map((unit) => unit.code);

const byCode = new Map(units.map((unit) => [unit.code, unit]));

export function findUnit(code: string): Unit | null {
  return byCode.get(code) ?? null;
}

/** What a quantity widget prints after the value: the symbol, else the name in `lang`. */
export function unitLabel(code: string, lang: 'vi' | 'en'): string {
  const unit = findUnit(code);
  if (!unit) return code;
  return unit.symbol ?? unit.name[lang];
}

/** Converts between units of the same base; null when either is unknown or not convertible. */
export function convertQuantity(value: number, fromCode: string, toCode: string): number | null {
  const from = findUnit(fromCode);
  const to = findUnit(toCode);
  if (!from || !to || !Number.isFinite(value)) return null;
  if (from.code === to.code) return value;
  if (from.base !== to.base || from.factor === null || to.factor === null) return null;
  // Round off binary noise (0.1 kg -> 100.00000000000001 g) to 12 significant digits.
  return Number.parseFloat(((value * from.factor) / to.factor).toPrecision(12));
}
