/**
 * The shell commands a reader can copy from the Markdown docs: every line of a ```sh/```bash block and every
 * inline code span that starts with `npm `, cut at `&&`, `;` and `|`, with the environment it sets (inline
 * `NAME=value`, `export NAME=value` earlier in the same block, `echo "NAME=value" >> .env` for Compose).
 */

export interface DocCommand {
  /** Where the reader finds it, `README.md:42`. */
  where: string;
  /** The words of the command, quotes removed, without its leading assignments. */
  words: string[];
  /** The directory it runs in, relative to the repository root (`cd apps/api && ...`). */
  cwd: string;
  /** Variables set for it: inline, by `export` above it in the block, or written to .env for Compose. */
  env: Record<string, string>;
  /** Variables written to the Compose .env file by this command (`echo "NAME=..." >> .env`). */
  dotEnv: Record<string, string>;
}

const shellFences = new Set(['sh', 'bash', 'shell', 'console']);
const assignment = /^([A-Z][A-Z0-9_]*)=(.*)$/s;

/** Shell words, as sh splits them: quotes group and are removed, also inside a word (`A="x y"`). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)+/g)) {
    words.push(
      match[0].replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_, double, single) => double ?? single ?? ''),
    );
  }
  return words;
}

/** The text before a `#` comment that starts a word (a `#` inside a word or a quoted string is kept). */
export function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

/** The pieces of a command line that run one after another or in a pipe; `(`/`)` subshell marks dropped. */
export function segments(line: string): string[] {
  return line
    .split(/&&|\|\||;|\|/)
    .map((part) => part.replace(/^\s*\(+|\)+\s*$/g, '').trim())
    .filter((part) => part.length > 0);
}

interface BlockState {
  exported: Record<string, string>;
}

function assignmentsOf(words: string[]): { env: Record<string, string>; rest: string[] } {
  const env: Record<string, string> = {};
  let index = 0;
  for (; index < words.length; index += 1) {
    const match = assignment.exec(words[index] ?? '');
    if (!match?.[1]) break;
    env[match[1]] = match[2] ?? '';
  }
  return { env, rest: words.slice(index) };
}

/** `echo "NAME=value" >> .env`: what Compose will read from the .env file. */
function dotEnvOf(words: string[]): Record<string, string> {
  if (words[0] !== 'echo' || !words.includes('>>') || words.at(-1) !== '.env') return {};
  const match = assignment.exec(words[1] ?? '');
  return match?.[1] ? { [match[1]]: match[2] ?? '' } : {};
}

/** The commands of one shell line; `export` lines only add to the block's environment. */
function commandsOfLine(line: string, where: string, state: BlockState): DocCommand[] {
  const commands: DocCommand[] = [];
  let cwd = '.';
  for (const segment of segments(withoutComment(line))) {
    const words = shellWords(segment);
    if (words[0] === 'export') {
      Object.assign(state.exported, assignmentsOf(words.slice(1)).env);
      continue;
    }
    if (words[0] === 'cd' && words[1]) {
      cwd = words[1];
      continue;
    }
    const { env, rest } = assignmentsOf(words);
    if (rest.length === 0) continue;
    commands.push({ where, words: rest, cwd, env: { ...state.exported, ...env }, dotEnv: dotEnvOf(rest) });
  }
  return commands;
}

/** Every command of one Markdown file, in order. */
export function docCommands(file: string, markdown: string): DocCommand[] {
  const commands: DocCommand[] = [];
  let fence: string | undefined;
  let state: BlockState = { exported: {} };
  markdown.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    const opening = /^\s*```(\S*)/.exec(line);
    if (opening) {
      fence = fence === undefined ? (opening[1] ?? '') : undefined;
      state = { exported: {} };
      return;
    }
    if (fence !== undefined) {
      if (shellFences.has(fence)) commands.push(...commandsOfLine(line, where, state));
      return;
    }
    for (const span of line.matchAll(/`([^`]+)`/g)) {
      const text = span[1] ?? '';
      if (/^(npm|npx) /.test(text)) commands.push(...commandsOfLine(text, where, { exported: {} }));
    }
  });
  return commands;
}

/** The variable names in the first column of every Markdown table whose header's first cell says variable or env. */
export function tableVariables(markdown: string): string[] {
  const names: string[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const first = /^\|\s*([^|]*?)\s*\|/.exec(line)?.[1];
    if (first === undefined) inTable = false;
    else if (/^(variable|env)$/i.test(first)) inTable = true;
    else if (inTable) {
      const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(first)?.[1];
      if (name) names.push(name);
    }
  }
  return names;
}

/** The cells of those tables by variable name, each row as `{ header: cell }` (backticks kept). */
export function tableCells(markdown: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  let headers: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      headers = [];
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (headers.length === 0) headers = cells;
    const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.set(name, Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])));
  }
  return rows;
}
