import type { ProcessDefinition } from '@nguon/domain';
import { checkStageForm } from '@nguon/forms';
import { describe, expect, it, vi } from 'vitest';
import { updateStage } from '../editing/definition-edits';
import { fixtureChain, fixtureJob, fixtureWithJobs } from '../process-fixtures';
import {
  checkFormOnce,
  designerProblems,
  mergeProblems,
  problemCountsByStage,
  problemEdgeIds,
  type ServerCheck,
} from './designer-problems';

vi.mock('@nguon/forms', async (importOriginal) => {
  const forms = await importOriginal<typeof import('@nguon/forms')>();
  return { ...forms, checkStageForm: vi.fn(forms.checkStageForm) };
});

const brokenForm = { schema: { type: 'object', properties: { x: { type: 'banana' } } }, uiSchema: {} };
const nothingChecked = (definition: ProcessDefinition): ServerCheck => ({
  definition: { ...definition, stages: [] },
  problems: [],
});

describe('designerProblems', () => {
  it('finds nothing wrong with a sound chain', () => {
    const chain = fixtureChain('a', 'b');
    expect(designerProblems(chain, 'vi', nothingChecked(chain))).toEqual([]);
  });

  it('reports graph problems on their stage and edge, in the chosen language', () => {
    const chain = fixtureChain('a', 'b');
    const broken = {
      ...updateStage(chain, 's-b', { key: 'B!' }),
      edges: [...chain.edges, { id: 'loop', source: 's-a', target: 's-a' }],
    };
    const problems = designerProblems(broken, 'vi', nothingChecked(broken));
    expect(problems.map((problem) => [problem.code, problem.stageId, problem.edgeId])).toEqual(
      expect.arrayContaining([
        ['invalid_stage_key', 's-b', null],
        ['self_loop', 's-a', 'loop'],
      ]),
    );
    expect(problems.every((problem) => problem.message.trim() !== '')).toBe(true);
    expect(problemCountsByStage(problems).get('s-b')).toBe(1);
    expect(problemEdgeIds(problems).has('loop')).toBe(true);
  });

  it('checks an edited stage form in the browser and reports it on its stage', () => {
    const chain = fixtureChain('a');
    const edited = updateStage(chain, 's-a', { form: brokenForm });
    const problems = designerProblems(edited, 'en', { definition: chain, problems: [] });
    expect(problems.some((problem) => problem.stageId === 's-a' && problem.path !== '')).toBe(true);
  });

  it('takes the server’s answer for forms it checked at the last save, without compiling them again', () => {
    const saved = updateStage(fixtureChain('a'), 's-a', { form: brokenForm });
    const server: ServerCheck = {
      definition: saved,
      problems: [
        {
          code: 'invalid_schema',
          stageId: 's-a',
          edgeId: null,
          path: 'schema/properties/x',
          message: 'Máy chủ: sai kiểu',
        },
      ],
    };
    const problems = designerProblems(saved, 'vi', server);
    expect(problems.map((problem) => problem.message)).toEqual(['Máy chủ: sai kiểu']);
  });

  it('checks the lot quantity field against the stage form, even when the server checked the form', () => {
    const chain = fixtureChain('a');
    const missing = updateStage(chain, 's-a', { lotQuantityField: 'weight' });
    const stale = {
      code: 'lot_quantity_field_missing',
      stageId: 's-a',
      edgeId: null,
      path: '',
      message: 'Máy chủ: cũ',
    };
    const problems = designerProblems(missing, 'vi', { definition: missing, problems: [stale] });
    expect(problems.map((problem) => [problem.code, problem.message])).toEqual([
      ['lot_quantity_field_missing', 'Trường "weight" ghi số lượng của lô không còn trong biểu mẫu'],
    ]);
    const cleared = updateStage(missing, 's-a', { lotQuantityField: null });
    expect(designerProblems(cleared, 'vi', { definition: missing, problems: [stale] })).toEqual([]);
  });

  it('opens a 200-stage process without compiling a single form, and checks only the one edited', () => {
    const big = fixtureChain(...Array.from({ length: 200 }, (_, index) => `s${index}`));
    vi.mocked(checkStageForm).mockClear();
    expect(designerProblems(big, 'vi', { definition: big, problems: [] })).toEqual([]);
    expect(checkStageForm).not.toHaveBeenCalled();
    const unseenForm = { schema: { type: 'object', properties: { y: { type: 'kiwi' } } }, uiSchema: {} };
    const edited = updateStage(big, 's-s7', { form: unseenForm });
    designerProblems(edited, 'vi', { definition: big, problems: [] });
    expect(checkStageForm).toHaveBeenCalledTimes(1);
  });

  it('adds the server’s graph problems the browser does not know, only for the draft the server checked', () => {
    const chain = fixtureChain('a');
    const server: ServerCheck = {
      definition: chain,
      problems: [{ code: 'cycle', stageId: 's-a', edgeId: null, path: '', message: 'Máy chủ thấy vòng lặp' }],
    };
    expect(designerProblems(chain, 'vi', server).map((problem) => problem.message)).toEqual([
      'Máy chủ thấy vòng lặp',
    ]);
    const edited = updateStage(chain, 's-a', { repeatable: true });
    expect(designerProblems(edited, 'vi', server)).toEqual([]);
  });

  it('checks each form object once, and a copy with the same content reuses the result', () => {
    const form = fixtureChain('a').stages[0]?.form;
    if (!form) throw new Error('no form');
    expect(checkFormOnce(form)).toBe(checkFormOnce(form));
    expect(checkFormOnce(structuredClone(form))).toBe(checkFormOnce(form));
  });

  it('merges without repeating a problem', () => {
    const problem = {
      code: 'no_start_stage',
      stageId: null,
      edgeId: null,
      jobId: null,
      path: '',
      message: 'vi',
    };
    const client = [problem];
    expect(mergeProblems(client, [{ ...problem, message: 'en' }])).toBe(client);
  });

  it('checks the forms of a stage’s jobs, not its unused own form, and names the job', () => {
    const jobs = [fixtureJob('bon_phan'), fixtureJob('lam_co', { form: brokenForm })];
    const definition = fixtureWithJobs('cham_soc', jobs, 'gieo', 'cham_soc');
    const withBrokenOwn = updateStage(definition, 's-cham_soc', { form: brokenForm });
    const problems = designerProblems(withBrokenOwn, 'vi', nothingChecked(withBrokenOwn));
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.every((problem) => problem.stageId === 's-cham_soc' && problem.jobId === 'j-lam_co'),
    ).toBe(true);
  });

  it('takes the server’s answer for a job form saved as it is, and checks an edited one here', () => {
    const definition = fixtureWithJobs('cham_soc', [fixtureJob('lam_co', { form: brokenForm })], 'cham_soc');
    const said = {
      code: 'empty_job_form',
      stageId: 's-cham_soc',
      edgeId: null,
      jobId: 'j-lam_co',
      path: '',
      message: 'Máy chủ',
    };
    const server: ServerCheck = { definition, problems: [said] };
    expect(
      designerProblems(definition, 'vi', server).map((problem) => [problem.message, problem.jobId]),
    ).toEqual([['Máy chủ', 'j-lam_co']]);
    const edited = {
      ...definition,
      stages: [{ ...definition.stages[0]!, jobs: [fixtureJob('lam_co', { form: { ...brokenForm } })] }],
    };
    const here = designerProblems(edited, 'vi', server);
    expect(here.some((problem) => problem.message === 'Máy chủ')).toBe(false);
    expect(here.every((problem) => problem.jobId === 'j-lam_co')).toBe(true);
  });
});
