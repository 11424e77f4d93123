import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config';
import { loadWorkerConfig } from '../../apps/worker/src/config';
import { npmFaults, workspacesOf } from './command-checks';
import { docCommands, tableCells, tableVariables } from './doc-commands';
import { docFaults, markdownFiles, readDoc, root } from './docs-check';
import {
  type ConfigLoader,
  configVariables,
  startedProcess,
  startFaults,
  variableFaults,
} from './environment-checks';

const loaders: Record<'api' | 'worker', ConfigLoader> = { api: loadConfig, worker: loadWorkerConfig };

describe('reading commands out of Markdown', () => {
  it.each([
    {
      markdown: '```sh\nexport A_URL=x B=y\n(cd apps/api && node --import tsx src/main.ts)   # the API\n```',
      expected: [
        { words: ['node', '--import', 'tsx', 'src/main.ts'], cwd: 'apps/api', env: { A_URL: 'x', B: 'y' } },
      ],
    },
    {
      markdown: 'Run `npm run verify [-- --tenant <uuid>]` or `npm run dev -w @nguon/web`; `PORT` is a name.',
      expected: [
        { words: ['npm', 'run', 'verify', '[--', '--tenant', '<uuid>]'], cwd: '.', env: {} },
        { words: ['npm', 'run', 'dev', '-w', '@nguon/web'], cwd: '.', env: {} },
      ],
    },
    {
      markdown:
        '```sh\nREDIS_URL=redis://r:6379 SESSION_SECRET="$(openssl rand -hex 32)" npm start -w @nguon/worker\n```',
      expected: [
        {
          words: ['npm', 'start', '-w', '@nguon/worker'],
          cwd: '.',
          env: { REDIS_URL: 'redis://r:6379', SESSION_SECRET: '$(openssl rand -hex 32)' },
        },
      ],
    },
    { markdown: '```\nnpm start\n```\n```json\n{"npm run x": 1}\n```', expected: [] },
  ])('$markdown', ({ markdown, expected }) => {
    const commands = docCommands('x.md', markdown).map(({ words, cwd, env }) => ({ words, cwd, env }));
    expect(commands).toEqual(expected);
  });

  it('reads what a line writes to the Compose .env file', () => {
    const [command] = docCommands(
      'x.md',
      '```sh\necho "POSTGRES_PASSWORD=$(openssl rand -hex 16)" >> .env\n```',
    );
    expect(command?.dotEnv).toEqual({ POSTGRES_PASSWORD: '$(openssl rand -hex 16)' });
  });

  it('reads the variable tables', () => {
    const markdown =
      '| variable | meaning |\n| --- | --- |\n| `PORT` | port |\n\n| command | x |\n| `NOPE` | y |';
    expect(tableVariables(markdown)).toEqual(['PORT']);
    expect(tableCells(markdown).get('PORT')).toEqual({ variable: '`PORT`', meaning: 'port' });
  });
});

describe('what a command is checked for', () => {
  const workspaces = workspacesOf(root);
  const one = (line: string) => docCommands('x.md', `\`\`\`sh\n${line}\n\`\`\``)[0]!;

  it.each([
    ['npm run nope', ['x.md:2: `npm run nope`: . has no script "nope"']],
    ['npm start -w @nguon/nope', ['x.md:2: `npm start -w @nguon/nope` runs in no package (@nguon/nope)']],
    [
      'npm run build -w @nguon/worker',
      ['x.md:2: `npm run build -w @nguon/worker`: @nguon/worker has no script "build"'],
    ],
    ['npm run dev -w @nguon/web', []],
    ['npm install', []],
  ])('%s', (line, faults) => {
    expect(npmFaults(one(line), workspaces)).toEqual(faults);
  });

  it('names a variable nobody reads and a placeholder value', () => {
    const faults = variableFaults(
      one('NGUON_PORT=1 SESSION_SECRET=... npm start'),
      new Set(['SESSION_SECRET']),
    );
    expect(faults).toEqual([
      'x.md:2: NGUON_PORT is set, but no code and no Compose file reads it',
      'x.md:2: SESSION_SECRET=...: "..." stands for a value the reader must guess',
    ]);
  });

  it("refuses a start command without what the started process requires (the worker README's old one)", async () => {
    const command = one('REDIS_URL=redis://127.0.0.1:6379 npm start -w @nguon/worker');
    expect(startedProcess(command, workspaces)).toBe('worker');
    const [fault] = await startFaults(command, 'worker', loadWorkerConfig, {});
    expect(fault).toMatch(/would not start the worker: DATABASE_URL is not set/);
  });
});

describe('every command in the READMEs and docs', () => {
  let initCwd = '';
  beforeAll(async () => {
    initCwd = await mkdtemp(join(tmpdir(), 'nguon-docs-'));
  });
  afterAll(async () => {
    await rm(initCwd, { recursive: true, force: true });
  });

  it('finds the docs and commands in them', () => {
    const files = markdownFiles();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/deploy.md', 'apps/worker/README.md']));
    const commands = files.flatMap((file) => docCommands(file, readDoc(file)));
    expect(commands.length).toBeGreaterThan(30);
  });

  it('runs scripts that exist, sets variables the code reads, and starts the API and worker with what they need', async () => {
    expect(await docFaults(loaders, { INIT_CWD: initCwd })).toEqual([]);
  });
});

describe("the worker's variables in its README and in docs/deploy.md", () => {
  const complete = {
    REDIS_URL: 'redis://127.0.0.1:6379',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nguon',
    SESSION_SECRET: 'a1'.repeat(16),
    DATA_DIR: '/srv/nguon',
    FILES_DIR: '/srv/nguon/files',
    PUBLIC_BASE_URL: 'http://192.168.1.10:3000',
    LOG_LEVEL: 'info',
  };

  it('lists in the worker README exactly the variables the worker reads', async () => {
    const { read } = await configVariables(loadWorkerConfig, { ...complete, INIT_CWD: '/tmp' });
    read.delete('INIT_CWD'); // npm sets it, nobody does by hand
    expect(new Set(tableVariables(readDoc('apps/worker/README.md')))).toEqual(read);
  });

  it("marks in docs/deploy.md's worker column each variable the worker requires or reads", async () => {
    const { read, required } = await configVariables(loadWorkerConfig, complete);
    expect(required.sort()).toEqual(['DATABASE_URL', 'REDIS_URL', 'SESSION_SECRET']);
    const rows = tableCells(readDoc('docs/deploy.md'));
    for (const [name, row] of rows) {
      const expected = required.includes(name) ? 'required' : read.has(name) ? 'read' : '';
      expect(row.worker, name).toBe(expected);
    }
  });
});
