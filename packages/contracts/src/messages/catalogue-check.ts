import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Lang } from '../errors/lang';
import type { Catalogue } from './message-format';

export interface CatalogueProblem {
  key: string;
  problem: string;
}

const argumentTypes = new Set([TYPE.argument, TYPE.number, TYPE.date, TYPE.time, TYPE.select, TYPE.plural]);

/**
 * The names of a parsed message's arguments, nested options included. Kinds are not compared: Vietnamese
 * has no plural forms, so `{count}` there answers `{count, plural, one {…} other {…}}` in English.
 */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (argumentTypes.has(element.type) && 'value' in element && typeof element.value === 'string') {
      found.add(element.value);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

function parsed(message: string): { arguments: string[] } | { error: string } {
  try {
    return { arguments: [...argumentsOf(parse(message, { ignoreTag: true }))].sort() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * What is wrong with a feature's catalogues: a key missing in one language, an empty message, a message
 * that is not valid ICU, or arguments that differ between the languages (a translation that drops
 * `{count}` or turns a plural into plain text). Empty when they agree.
 */
export function catalogueProblems(catalogues: Readonly<Record<Lang, Catalogue>>): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const keys = new Set([...Object.keys(catalogues.vi), ...Object.keys(catalogues.en)]);
  for (const key of [...keys].sort()) {
    const vi = catalogues.vi[key];
    const en = catalogues.en[key];
    if (vi === undefined || en === undefined) {
      problems.push({ key, problem: `missing in ${vi === undefined ? 'vi' : 'en'}` });
      continue;
    }
    if (!vi.trim() || !en.trim()) {
      problems.push({ key, problem: `empty in ${vi.trim() ? 'en' : 'vi'}` });
      continue;
    }
    const [viParsed, enParsed] = [parsed(vi), parsed(en)];
    if ('error' in viParsed || 'error' in enParsed) {
      const error =
        'error' in viParsed ? `vi: ${viParsed.error}` : `en: ${'error' in enParsed ? enParsed.error : ''}`;
      problems.push({ key, problem: `not ICU MessageFormat (${error})` });
      continue;
    }
    if (viParsed.arguments.join() !== enParsed.arguments.join()) {
      problems.push({
        key,
        problem: `arguments differ: vi {${viParsed.arguments.join(', ')}}, en {${enParsed.arguments.join(', ')}}`,
      });
    }
  }
  return problems;
}
