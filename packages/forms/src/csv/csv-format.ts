import type { FormField } from '../model/form-model';

type Lang = 'vi' | 'en';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote (OWASP CSV injection). */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "Label (key)": people read the label, and an import finds the field by the key whatever the language. */
export function csvHeader(field: FormField, lang: Lang): string {
  const label = (lang === 'en' && field.label.en.trim()) || field.label.vi;
  return neutralizeFormula(`${label} (${field.key})`);
}

const choiceLabel = (field: FormField, value: unknown, lang: Lang) => {
  const choice = field.choices.find((c) => c.value === value);
  return choice ? (lang === 'en' && choice.label.en.trim()) || choice.label.vi : String(value);
};

function plainCell(field: FormField, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'yesNo':
      return value === true ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
    case 'choice':
      return choiceLabel(field, value, lang);
    case 'multiChoice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(field, v, lang)).join('; ') : '';
    case 'gps':
      return typeof value === 'object' && 'lat' in value && 'lon' in value
        ? `${value.lat}, ${value.lon}`
        : '';
    case 'catalog':
      return typeof value === 'object' && 'label' in value ? String(value.label) : '';
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** A number as a cell that imports back: "1.234" would read as a thousands group (docs/numbers.md), so "1.2340". */
function numberCell(value: number): string {
  const text = String(value);
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(text) ? `${text}0` : text;
}

/** The text of one item value in a CSV cell, safe to open in a spreadsheet; numbers stay numbers. */
export function formatCsvCell(field: FormField, value: unknown, lang: Lang): string {
  if (typeof value === 'number') return numberCell(value);
  return neutralizeFormula(plainCell(field, value, lang));
}
