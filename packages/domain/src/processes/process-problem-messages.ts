import type { ProcessProblem, StageLabel, YieldRangeFault } from './process-problems';

export type ProblemMessageLang = 'vi' | 'en';

/** A message for a person, naming the stage concerned; Vietnamese first, English falls back to Vietnamese names. */
export function processProblemMessage(problem: ProcessProblem, lang: ProblemMessageLang): string {
  return lang === 'vi' ? messageVi(problem) : messageEn(problem);
}

const shownNameLength = 40;

/** The stage as people know it: its name, else its key; long names are shortened for a message. */
export function stageDisplayName(stage: StageLabel, lang: ProblemMessageLang): string {
  const name = (lang === 'en' ? stage.name.en.trim() : '') || stage.name.vi.trim() || stage.key || stage.id;
  const letters = [...name];
  return `“${letters.length > shownNameLength ? `${letters.slice(0, shownNameLength - 1).join('')}…` : name}”`;
}

function number(value: number | null, lang: ProblemMessageLang): string {
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function messageVi(problem: ProcessProblem): string {
  const name = (stage: StageLabel) => stageDisplayName(stage, 'vi');
  switch (problem.code) {
    case 'no_stages':
      return 'Quy trình chưa có công đoạn nào.';
    case 'no_start_stage':
      return 'Quy trình chưa có công đoạn bắt đầu. Hãy đánh dấu ít nhất một công đoạn là công đoạn bắt đầu.';
    case 'too_many_stages':
      return `Quy trình có ${problem.params.count} công đoạn, vượt quá giới hạn ${problem.params.limit}.`;
    case 'too_many_edges':
      return `Quy trình có ${problem.params.count} liên kết, vượt quá giới hạn ${problem.params.limit}.`;
    case 'duplicate_stage_id':
      return `Công đoạn ${name(problem.params.stage)} có mã nội bộ “${problem.stageId}” trùng với một công đoạn khác.`;
    case 'invalid_stage_key':
      return `Mã “${problem.params.stage.key}” của công đoạn ${name(problem.params.stage)} không hợp lệ: mã phải bắt đầu bằng chữ cái, chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 40 ký tự.`;
    case 'duplicate_stage_key':
      return `Mã “${problem.params.stage.key}” của công đoạn ${name(problem.params.stage)} trùng với mã của công đoạn ${name(problem.params.firstStage)}.`;
    case 'missing_stage_name':
      return `Công đoạn ${name(problem.params.stage)} chưa có tên tiếng Việt.`;
    case 'stage_name_too_long':
      return `Tên ${problem.params.lang === 'vi' ? 'tiếng Việt' : 'tiếng Anh'} của công đoạn ${name(problem.params.stage)} dài ${problem.params.length} ký tự, tối đa ${problem.params.limit} ký tự.`;
    case 'unknown_business_step':
      return `Công đoạn ${name(problem.params.stage)} dùng bước nghiệp vụ không có trong danh mục: ${problem.params.businessStep}.`;
    case 'yield_range_invalid':
      return `Tỷ lệ thu hồi của công đoạn ${name(problem.params.stage)} không hợp lệ: ${yieldFaultVi(problem.params)}.`;
    case 'yield_range_on_non_transformation':
      return `Công đoạn ${name(problem.params.stage)} không phải công đoạn biến đổi nên không được có tỷ lệ thu hồi.`;
    case 'dangling_edge':
      return danglingVi(problem.params.source, problem.params.target);
    case 'duplicate_edge_id':
      return `Hai liên kết có cùng mã nội bộ “${problem.edgeId}”.`;
    case 'self_loop':
      return `Công đoạn ${name(problem.params.stage)} có liên kết trỏ vào chính nó.`;
    case 'duplicate_edge':
      return `Liên kết từ công đoạn ${name(problem.params.source)} tới ${name(problem.params.target)} bị lặp lại.`;
    case 'unreachable_stage':
      return `Công đoạn ${name(problem.params.stage)} không nối được từ công đoạn bắt đầu nào.`;
    case 'cycle':
      return `Các công đoạn tạo thành vòng lặp: ${cycleText(problem.params.stages, 'vi')}.`;
  }
}

function messageEn(problem: ProcessProblem): string {
  const name = (stage: StageLabel) => stageDisplayName(stage, 'en');
  switch (problem.code) {
    case 'no_stages':
      return 'The process has no stages yet.';
    case 'no_start_stage':
      return 'The process has no start stage. Mark at least one stage as a start stage.';
    case 'too_many_stages':
      return `The process has ${problem.params.count} stages; the limit is ${problem.params.limit}.`;
    case 'too_many_edges':
      return `The process has ${problem.params.count} connections; the limit is ${problem.params.limit}.`;
    case 'duplicate_stage_id':
      return `Stage ${name(problem.params.stage)} shares its internal id “${problem.stageId}” with another stage.`;
    case 'invalid_stage_key':
      return `Stage ${name(problem.params.stage)} has an invalid key “${problem.params.stage.key}”: a key starts with a letter and holds only lower-case letters without accents, digits and underscores, at most 40 characters.`;
    case 'duplicate_stage_key':
      return `Stage ${name(problem.params.stage)} has the key “${problem.params.stage.key}”, already used by stage ${name(problem.params.firstStage)}.`;
    case 'missing_stage_name':
      return `Stage ${name(problem.params.stage)} has no Vietnamese name.`;
    case 'stage_name_too_long':
      return `The ${problem.params.lang === 'vi' ? 'Vietnamese' : 'English'} name of stage ${name(problem.params.stage)} is ${problem.params.length} characters long; the limit is ${problem.params.limit}.`;
    case 'unknown_business_step':
      return `Stage ${name(problem.params.stage)} uses a business step that is not in the list: ${problem.params.businessStep}.`;
    case 'yield_range_invalid':
      return `The yield range of stage ${name(problem.params.stage)} is invalid: ${yieldFaultEn(problem.params)}.`;
    case 'yield_range_on_non_transformation':
      return `Stage ${name(problem.params.stage)} is not a transformation, so it cannot have a yield range.`;
    case 'dangling_edge':
      return danglingEn(problem.params.source, problem.params.target);
    case 'duplicate_edge_id':
      return `Two connections share the internal id “${problem.edgeId}”.`;
    case 'self_loop':
      return `Stage ${name(problem.params.stage)} has a connection to itself.`;
    case 'duplicate_edge':
      return `The connection from stage ${name(problem.params.source)} to ${name(problem.params.target)} appears more than once.`;
    case 'unreachable_stage':
      return `Stage ${name(problem.params.stage)} cannot be reached from any start stage.`;
    case 'cycle':
      return `These stages form a loop: ${cycleText(problem.params.stages, 'en')}.`;
  }
}

function danglingVi(source: StageLabel | null, target: StageLabel | null): string {
  if (source)
    return `Một liên kết từ công đoạn ${stageDisplayName(source, 'vi')} trỏ tới công đoạn không tồn tại.`;
  if (target)
    return `Một liên kết tới công đoạn ${stageDisplayName(target, 'vi')} xuất phát từ công đoạn không tồn tại.`;
  return 'Một liên kết nối hai công đoạn không tồn tại.';
}

function danglingEn(source: StageLabel | null, target: StageLabel | null): string {
  if (source)
    return `A connection from stage ${stageDisplayName(source, 'en')} points to a stage that does not exist.`;
  if (target)
    return `A connection into stage ${stageDisplayName(target, 'en')} starts at a stage that does not exist.`;
  return 'A connection joins two stages that do not exist.';
}

function cycleText(stages: StageLabel[], lang: ProblemMessageLang): string {
  const names = stages.map((stage) => stageDisplayName(stage, lang));
  return [...names, names[0]].join(' → ');
}

interface YieldFaultParams {
  fault: YieldRangeFault;
  minPercent: number | null;
  maxPercent: number | null;
  limit: number;
}

function yieldFaultVi({ fault, minPercent, maxPercent, limit }: YieldFaultParams): string {
  switch (fault) {
    case 'not_a_number':
      return 'giới hạn phải là một số';
    case 'negative':
      return 'tỷ lệ không được âm';
    case 'too_high':
      return `tỷ lệ không được vượt quá ${limit} %`;
    case 'min_above_max':
      return `mức tối thiểu ${number(minPercent, 'vi')} % lớn hơn mức tối đa ${number(maxPercent, 'vi')} %`;
  }
}

function yieldFaultEn({ fault, minPercent, maxPercent, limit }: YieldFaultParams): string {
  switch (fault) {
    case 'not_a_number':
      return 'a bound must be a number';
    case 'negative':
      return 'a yield cannot be negative';
    case 'too_high':
      return `a yield cannot exceed ${limit} %`;
    case 'min_above_max':
      return `the minimum ${number(minPercent, 'en')} % is above the maximum ${number(maxPercent, 'en')} %`;
  }
}
