import type { JobProblem, ProcessProblem, StageLabel } from '@nguon/domain';
import type { Lang } from '../errors/lang';
import { createMessageFormatter, type MessageValues } from '../messages/message-format';

/** What is wrong with a process graph, one message per problem code; `{stage}` is a quoted stage name. */
const vi = {
  no_stages: 'Quy trình chưa có công đoạn nào.',
  no_start_stage:
    'Quy trình chưa có công đoạn bắt đầu. Hãy đánh dấu ít nhất một công đoạn là công đoạn bắt đầu.',
  too_many_stages: 'Quy trình có {count, number} công đoạn, vượt quá giới hạn {limit, number}.',
  too_many_edges: 'Quy trình có {count, number} liên kết, vượt quá giới hạn {limit, number}.',
  duplicate_stage_id: 'Công đoạn {stage} có mã nội bộ “{stageId}” trùng với một công đoạn khác.',
  invalid_stage_key:
    'Mã “{key}” của công đoạn {stage} không hợp lệ: mã phải bắt đầu bằng chữ cái, chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 40 ký tự.',
  duplicate_stage_key: 'Mã “{key}” của công đoạn {stage} trùng với mã của công đoạn {firstStage}.',
  missing_stage_name: 'Công đoạn {stage} chưa có tên tiếng Việt.',
  stage_name_too_long:
    'Tên {nameLang, select, vi {tiếng Việt} other {tiếng Anh}} của công đoạn {stage} dài {length, number} ký tự, tối đa {limit, number} ký tự.',
  unknown_business_step: 'Công đoạn {stage} dùng bước nghiệp vụ không có trong danh mục: {businessStep}.',
  yield_range_invalid:
    'Tỷ lệ thu hồi của công đoạn {stage} không hợp lệ: {fault, select, not_a_number {giới hạn phải là một số} negative {tỷ lệ không được âm} too_high {tỷ lệ không được vượt quá {limit, number} %} other {mức tối thiểu {minPercent, number} % lớn hơn mức tối đa {maxPercent, number} %}}.',
  yield_range_on_non_transformation:
    'Công đoạn {stage} không phải công đoạn biến đổi nên không được có tỷ lệ thu hồi.',
  lot_quantity_on_non_stage:
    'Công đoạn {stage} là công đoạn biến đổi hoặc đóng gói nên không ghi số lượng của lô; hãy chọn một công đoạn thường.',
  lot_quantity_stage_twice:
    'Công đoạn {stage} và công đoạn {firstStage} đều ghi số lượng của lô; mỗi quy trình chỉ một công đoạn được ghi.',
  binds_labels_on_transformation:
    'Công đoạn {stage} là công đoạn biến đổi nên không gắn tem; tem được gắn ở công đoạn đóng gói của lô tạo ra.',
  dangling_edge:
    '{end, select, source {Một liên kết từ công đoạn {stage} trỏ tới công đoạn không tồn tại.} target {Một liên kết tới công đoạn {stage} xuất phát từ công đoạn không tồn tại.} other {Một liên kết nối hai công đoạn không tồn tại.}}',
  duplicate_edge_id: 'Hai liên kết có cùng mã nội bộ “{edgeId}”.',
  self_loop: 'Công đoạn {stage} có liên kết trỏ vào chính nó.',
  duplicate_edge: 'Liên kết từ công đoạn {source} tới {target} bị lặp lại.',
  unreachable_stage: 'Công đoạn {stage} không nối được từ công đoạn bắt đầu nào.',
  cycle: 'Các công đoạn tạo thành vòng lặp: {stages}.',
  duplicate_job_id:
    'Công việc {job} của công đoạn {stage} có mã nội bộ “{jobId}” trùng với một công việc khác.',
  invalid_job_key:
    'Mã “{key}” của công việc {job} (công đoạn {stage}) không hợp lệ: mã phải bắt đầu bằng chữ cái, chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 40 ký tự.',
  duplicate_job_key:
    'Mã “{key}” của công việc {job} trùng với mã của công việc {firstJob} trong công đoạn {stage}.',
  missing_job_name: 'Công việc {job} của công đoạn {stage} chưa có tên tiếng Việt.',
  min_count_without_repeat:
    'Công việc {job} của công đoạn {stage} chỉ ghi một lần nên không đặt được số lần tối thiểu.',
  empty_job_form: 'Biểu mẫu của công việc {job} (công đoạn {stage}) chưa có trường nào.',
  jobs_on_wrong_kind:
    'Công đoạn {stage} là công đoạn biến đổi hoặc đóng gói nên không gồm công việc; chỉ công đoạn thường mới có công việc.',
  stage_with_jobs_settings:
    'Công đoạn {stage} gồm các công việc nên không dùng {setting, select, lotQuantityField {trường ghi số lượng của lô} bindsLabels {việc gắn tem} other {thời gian chờ riêng; hãy đặt thời gian chờ ở từng công việc}}; hãy bỏ thiết lập này.',
  waiting_unknown_job:
    '{owner, select, job {Công việc {job} của công đoạn {stage}} other {Công đoạn {stage}}} chờ sau một công việc không có trong quy trình (“{afterJobId}”).',
  waiting_field_not_number:
    '{owner, select, job {Công việc {job} của công đoạn {stage}} other {Công đoạn {stage}}} tính thời gian chờ theo trường “{fieldKey}” của công việc {afterJob}, nhưng đó không phải trường số ở cấp đầu của biểu mẫu.',
} as const satisfies Record<ProcessProblem['code'], string>;

const en: Record<keyof typeof vi, string> = {
  no_stages: 'The process has no stages yet.',
  no_start_stage: 'The process has no start stage. Mark at least one stage as a start stage.',
  too_many_stages: 'The process has {count, number} stages; the limit is {limit, number}.',
  too_many_edges: 'The process has {count, number} connections; the limit is {limit, number}.',
  duplicate_stage_id: 'Stage {stage} shares its internal id “{stageId}” with another stage.',
  invalid_stage_key:
    'Stage {stage} has an invalid key “{key}”: a key starts with a letter and holds only lower-case letters without accents, digits and underscores, at most 40 characters.',
  duplicate_stage_key: 'Stage {stage} has the key “{key}”, already used by stage {firstStage}.',
  missing_stage_name: 'Stage {stage} has no Vietnamese name.',
  stage_name_too_long:
    'The {nameLang, select, vi {Vietnamese} other {English}} name of stage {stage} is {length, number} characters long; the limit is {limit, number}.',
  unknown_business_step: 'Stage {stage} uses a business step that is not in the list: {businessStep}.',
  yield_range_invalid:
    'The yield range of stage {stage} is invalid: {fault, select, not_a_number {a bound must be a number} negative {a yield cannot be negative} too_high {a yield cannot exceed {limit, number} %} other {the minimum {minPercent, number} % is above the maximum {maxPercent, number} %}}.',
  yield_range_on_non_transformation:
    'Stage {stage} is not a transformation, so it cannot have a yield range.',
  lot_quantity_on_non_stage:
    'Stage {stage} is a transformation or packaging stage, so it cannot set the lot’s quantity; choose an ordinary stage.',
  lot_quantity_stage_twice:
    'Stages {stage} and {firstStage} both set the lot’s quantity; only one stage of a process may.',
  binds_labels_on_transformation:
    'Stage {stage} is a transformation, so it cannot bind labels; labels are bound at a packing stage of the lots it makes.',
  dangling_edge:
    '{end, select, source {A connection from stage {stage} points to a stage that does not exist.} target {A connection into stage {stage} starts at a stage that does not exist.} other {A connection joins two stages that do not exist.}}',
  duplicate_edge_id: 'Two connections share the internal id “{edgeId}”.',
  self_loop: 'Stage {stage} has a connection to itself.',
  duplicate_edge: 'The connection from stage {source} to {target} appears more than once.',
  unreachable_stage: 'Stage {stage} cannot be reached from any start stage.',
  cycle: 'These stages form a loop: {stages}.',
  duplicate_job_id: 'Job {job} of stage {stage} shares its internal id “{jobId}” with another job.',
  invalid_job_key:
    'Job {job} (stage {stage}) has an invalid key “{key}”: a key starts with a letter and holds only lower-case letters without accents, digits and underscores, at most 40 characters.',
  duplicate_job_key: 'Job {job} has the key “{key}”, already used by job {firstJob} in stage {stage}.',
  missing_job_name: 'Job {job} of stage {stage} has no Vietnamese name.',
  min_count_without_repeat: 'Job {job} of stage {stage} is recorded once, so it cannot have a minimum count.',
  empty_job_form: 'The form of job {job} (stage {stage}) has no fields yet.',
  jobs_on_wrong_kind:
    'Stage {stage} is a transformation or packaging stage, so it cannot be made of jobs; only ordinary stages can.',
  stage_with_jobs_settings:
    'Stage {stage} is made of jobs, so it does not use {setting, select, lotQuantityField {a field that sets the lot’s quantity} bindsLabels {label binding} other {waiting periods of its own; set them on its jobs}}; remove this setting.',
  waiting_unknown_job:
    '{owner, select, job {Job {job} of stage {stage}} other {Stage {stage}}} waits after a job that is not in the process (“{afterJobId}”).',
  waiting_field_not_number:
    '{owner, select, job {Job {job} of stage {stage}} other {Stage {stage}}} counts its wait from field “{fieldKey}” of job {afterJob}, which is not a top-level number field of its form.',
};

export const processProblemCatalogues = { vi, en };

const format = createMessageFormatter(processProblemCatalogues);

const shownNameLength = 40;

/** The stage as people know it: its name in the language, else its Vietnamese name, else its key; quoted, long names cut. */
export function stageDisplayName(stage: StageLabel, lang: Lang): string {
  const name = (lang === 'en' ? stage.name.en.trim() : '') || stage.name.vi.trim() || stage.key || stage.id;
  const letters = [...name];
  return `“${letters.length > shownNameLength ? `${letters.slice(0, shownNameLength - 1).join('')}…` : name}”`;
}

/** The values a problem's message names: stage names shown in the language, numbers left to the message. */
function valuesOf(problem: ProcessProblem, lang: Lang): MessageValues {
  const name = (stage: StageLabel) => stageDisplayName(stage, lang);
  switch (problem.code) {
    case 'no_stages':
    case 'no_start_stage':
      return {};
    case 'too_many_stages':
    case 'too_many_edges':
      return problem.params;
    case 'duplicate_stage_id':
      return { stage: name(problem.params.stage), stageId: problem.stageId };
    case 'invalid_stage_key':
    case 'missing_stage_name':
    case 'unreachable_stage':
    case 'yield_range_on_non_transformation':
    case 'lot_quantity_on_non_stage':
    case 'binds_labels_on_transformation':
    case 'self_loop':
      return { stage: name(problem.params.stage), key: problem.params.stage.key };
    case 'duplicate_stage_key':
    case 'lot_quantity_stage_twice':
      return {
        stage: name(problem.params.stage),
        key: problem.params.stage.key,
        firstStage: name(problem.params.firstStage),
      };
    case 'stage_name_too_long': {
      const { lang: nameLang, length, limit } = problem.params;
      return { stage: name(problem.params.stage), nameLang, length, limit };
    }
    case 'unknown_business_step':
      return { stage: name(problem.params.stage), businessStep: problem.params.businessStep };
    case 'yield_range_invalid': {
      const { fault, limit, minPercent, maxPercent } = problem.params;
      return {
        stage: name(problem.params.stage),
        fault,
        limit,
        minPercent: minPercent ?? '',
        maxPercent: maxPercent ?? '',
      };
    }
    case 'dangling_edge': {
      const { source, target } = problem.params;
      const end = source ? 'source' : target ? 'target' : 'none';
      const stage = source ?? target;
      return { end, stage: stage ? name(stage) : '' };
    }
    case 'duplicate_edge_id':
      return { edgeId: problem.edgeId };
    case 'duplicate_edge':
      return { source: name(problem.params.source), target: name(problem.params.target) };
    case 'cycle': {
      const names = problem.params.stages.map(name);
      return { stages: [...names, names[0]].join(' → ') };
    }
    default:
      return jobValuesOf(problem, lang);
  }
}

/** The values of a problem of a stage's jobs or waiting periods. */
function jobValuesOf(problem: JobProblem, lang: Lang): MessageValues {
  const stage = stageDisplayName(problem.params.stage, lang);
  switch (problem.code) {
    case 'jobs_on_wrong_kind':
      return { stage };
    case 'stage_with_jobs_settings':
      return { stage, setting: problem.params.setting };
    case 'waiting_unknown_job':
    case 'waiting_field_not_number': {
      const { job } = problem.params;
      const owner = { owner: job ? 'job' : 'stage', job: job ? stageDisplayName(job, lang) : '', stage };
      return problem.code === 'waiting_unknown_job'
        ? { ...owner, afterJobId: problem.params.afterJobId }
        : {
            ...owner,
            fieldKey: problem.params.fieldKey,
            afterJob: stageDisplayName(problem.params.afterJob, lang),
          };
    }
    case 'duplicate_job_key':
      return {
        stage,
        job: stageDisplayName(problem.params.job, lang),
        key: problem.params.job.key,
        firstJob: stageDisplayName(problem.params.firstJob, lang),
      };
    default:
      return {
        stage,
        job: stageDisplayName(problem.params.job, lang),
        key: problem.params.job.key,
        jobId: problem.jobId,
      };
  }
}

/** A message for a person, naming the stage concerned, in the language asked. */
export function processProblemMessage(problem: ProcessProblem, lang: Lang): string {
  return format(lang, problem.code, valuesOf(problem, lang));
}
